#include "secaction/questionnaire/gate.hpp"

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
