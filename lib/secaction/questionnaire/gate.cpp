#include "secaction/questionnaire/gate.hpp"

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
