#include "secaction/core/gate.hpp"

#include <cmath>

#include <fmt/format.h>

#include "secaction/core/text.hpp"

namespace secaction {

std::optional<std::string> impossible_threshold(const std::string& option, double threshold, const GateRange& range) {
  const std::string unit = range.percent ? "%" : "";
  const std::string from_to = fmt::format("from {}{} to {}{}", format_number(range.min), unit, format_number(range.max), unit);
  const std::string valid = fmt::format("{} ranges {}", range.what, from_to);
  if (!std::isfinite(threshold)) return fmt::format("{} {} is not a number; {}", option, threshold, valid);
  if (threshold < range.min || threshold > range.max) {
    return fmt::format("{} {} is out of range: {}", option, format_number(threshold), valid);
  }
  if (range.percent && threshold > 0 && threshold < 1) {
    return fmt::format("{} {}: {} is a percentage {}; for {}%, write {}", option, format_number(threshold), range.what, from_to,
                       format_number(threshold * 100), format_number(threshold * 100));
  }
  if (range.whole_numbers && threshold != std::floor(threshold)) {
    return fmt::format("{} {}: {} is a whole number {}", option, format_number(threshold), range.what, from_to);
  }
  return std::nullopt;
}

} // namespace secaction
