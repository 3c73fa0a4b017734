#pragma once
// The risk index (secaction's rule, documented in man secaction-benchmark):
//   index = 100 × Σ(weight × points ÷ highest points of the question) ÷ Σ weight, rounded to 0.1
// and the group: the first group, from the top, whose min_index ≤ index.
#include <vector>

#include "secaction/benchmark/model.hpp"

namespace secaction::benchmark {

struct ProfileContribution {
  const ProfileQuestion* question = nullptr;
  const ProfileOption* option = nullptr;
};

struct RiskResult {
  double index = 0; // 0-100, one decimal
  std::size_t group = 0; // index into Rules::groups
  std::vector<ProfileContribution> answers; // in the order of Rules::questions
};

/// `profile` must answer every question of `rules` with a valid option (the loader checks).
RiskResult assess_risk(const Rules& rules, const Profile& profile);

/// The group for an index: the first group whose min_index ≤ index (the last group otherwise).
std::size_t group_for_index(const Rules& rules, double index);

} // namespace secaction::benchmark
