#pragma once
// Statistics for the peer comparison. Pure functions.
#include <optional>
#include <vector>

namespace secaction::benchmark {

struct MeanSd {
  double mean = 0;
  double sd = 0; // population standard deviation (divides by n)
};

/// Mean and population SD (÷ n, not n − 1): the peers are the whole comparison group, not a
/// sample standing for a larger one (as Excel's STDEV.P and the usual school 偏差値).
/// nullopt for an empty list.
std::optional<MeanSd> population_mean_sd(const std::vector<double>& values);

/// IPA's published formula: (total − mean) ÷ sd × 10 + 50. nullopt when sd is not positive.
std::optional<double> deviation_score(double total, double mean, double sd);

/// Percentile rank among peers: 100 × (peers below + ½ × peers equal) ÷ n.
double percentile_rank(const std::vector<double>& values, double total);

/// Percentile under the normal distribution IPA assumes for 偏差値: 100 × Φ((total − mean) ÷ sd).
double normal_percentile(double total, double mean, double sd);

/// Rounds to one decimal (what reports print and JSON carries), without producing -0.
double round1(double value);

} // namespace secaction::benchmark
