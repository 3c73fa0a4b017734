#include "secaction/risk/gate.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace secaction::risk {

std::vector<GateFailure> gate_failures(const RiskAssessment& assessment, const Gates& gates) {
  std::vector<GateFailure> failures;
  if (!gates.fail_on.empty()) {
    const auto& bands = assessment.edition->bands;
    std::size_t threshold = bands.size();
    for (std::size_t i = 0; i < bands.size(); ++i) {
      if (bands[i].id == gates.fail_on) threshold = i;
    }
    std::size_t untreated = 0;
    for (const auto& r : assessment.prioritised) {
      if (r.band == nullptr || r.asset->treatment) continue;
      const auto index = static_cast<std::size_t>(r.band - bands.data());
      if (index <= threshold) ++untreated;
    }
    if (untreated > 0) {
      failures.push_back({fmt::format("{} asset(s) at or above band '{}' have no treatment decided (--fail-on {})", untreated,
                                      gates.fail_on, gates.fail_on)});
    }
  }
  if (gates.fail_over) {
    const auto over = std::count_if(assessment.prioritised.begin(), assessment.prioritised.end(),
                                    [&](const AssetRisk& r) { return r.risk >= *gates.fail_over; });
    if (over > 0) failures.push_back({fmt::format("{} asset(s) have a risk value of {} or more (--fail-over)", over, *gates.fail_over)});
  }
  return failures;
}

void apply_measures(Register& register_, const CountermeasureAnswers& measures) {
  for (const auto& [medium, answers] : measures) {
    for (const auto& [id, in_place] : answers) register_.countermeasures[medium][id] = in_place;
  }
}

} // namespace secaction::risk

namespace secaction::risk {

GateRange risk_value_range(const Edition& edition) {
  int lowest_likelihood = 1;
  int highest_likelihood = 1;
  if (!edition.likelihood_levels.empty()) {
    lowest_likelihood = edition.likelihood_levels.begin()->first;
    highest_likelihood = edition.likelihood_levels.rbegin()->first;
  }
  const int highest_importance = std::max(edition.cia_max, edition.forced_importance);
  return {static_cast<double>(edition.cia_min * lowest_likelihood), static_cast<double>(highest_importance * highest_likelihood), true,
          false, "the risk value (importance × likelihood)"};
}

} // namespace secaction::risk
