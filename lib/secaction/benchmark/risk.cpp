#include "secaction/benchmark/risk.hpp"

#include <cmath>

namespace secaction::benchmark {

std::size_t group_for_index(const Rules& rules, double index) {
  for (std::size_t i = 0; i < rules.groups.size(); ++i) {
    if (index >= rules.groups[i].min_index) return i;
  }
  return rules.groups.empty() ? 0 : rules.groups.size() - 1;
}

RiskResult assess_risk(const Rules& rules, const Profile& profile) {
  RiskResult result;
  double weighted = 0;
  double weights = 0;
  for (const auto& question : rules.questions) {
    const ProfileOption* option = nullptr;
    if (auto answer = profile.find(question.id); answer != profile.end()) option = question.find_option(answer->second);
    result.answers.push_back({&question, option});
    weights += question.weight;
    const double highest = question.highest_points();
    if (option != nullptr && highest > 0) weighted += question.weight * option->points / highest;
  }
  // Rounded before the cut-offs are applied, so the index the report prints decides the group.
  result.index = weights > 0 ? std::round(1000.0 * weighted / weights) / 10.0 : 0.0;
  result.group = group_for_index(rules, result.index);
  return result;
}

} // namespace secaction::benchmark
