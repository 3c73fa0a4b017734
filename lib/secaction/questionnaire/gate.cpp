#include "secaction/questionnaire/gate.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace secaction::questionnaire {

std::optional<GateFailure> fail_under(const Assessment& assessment, double threshold) {
  const bool by_percent = assessment.instrument->scoring.method == ScoringMethod::completion;
  const double value = by_percent ? assessment.percent() : assessment.total;
  if (value >= threshold) return std::nullopt;
  return GateFailure{fmt::format("{} {} is below --fail-under {}", by_percent ? "completion" : "total score",
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
