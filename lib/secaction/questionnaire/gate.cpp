#include "secaction/questionnaire/gate.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace secaction::questionnaire {

std::optional<GateFailure> fail_under(const Assessment& assessment, double threshold) {
  const auto method = assessment.instrument->scoring.method;
  const bool by_percent = method != ScoringMethod::sum;
  const double value = by_percent ? assessment.percent() : assessment.total;
  if (value >= threshold) return std::nullopt;
  const char* what = method == ScoringMethod::sum          ? "total score"
                     : method == ScoringMethod::completion ? "completion"
                     : method == ScoringMethod::maturity   ? "maturity"
                                                           : "criteria met";
  return GateFailure{fmt::format("{} {} is below --fail-under {}", what,
                                 by_percent ? fmt::format("{:.1f}%", value) : fmt::format("{}", value), threshold)};
}

} // namespace secaction::questionnaire

namespace secaction::questionnaire {

GateRange fail_under_range(const Instrument& instrument) {
  if (instrument.scoring.method == ScoringMethod::completion) return {0, 100, false, true, "completion"};
  double lowest = 0;
  double highest = 0;
  bool whole = true;
  bool first = true;
  for (const auto& option : instrument.scale) {
    lowest = first ? option.points : std::min(lowest, option.points);
    highest = first ? option.points : std::max(highest, option.points);
    whole = whole && option.points == std::floor(option.points);
    first = false;
  }
  const auto items = static_cast<double>(instrument.item_count());
  return {lowest * items, highest * items, whole, false, "the total score"};
}

} // namespace secaction::questionnaire
