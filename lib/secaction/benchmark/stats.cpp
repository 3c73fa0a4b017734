#include "secaction/benchmark/stats.hpp"

#include <cmath>

namespace secaction::benchmark {

std::optional<MeanSd> population_mean_sd(const std::vector<double>& values) {
  if (values.empty()) return std::nullopt;
  double sum = 0;
  for (double value : values) sum += value;
  const double mean = sum / static_cast<double>(values.size());
  double squares = 0;
  for (double value : values) squares += (value - mean) * (value - mean);
  return MeanSd{mean, std::sqrt(squares / static_cast<double>(values.size()))};
}

std::optional<double> deviation_score(double total, double mean, double sd) {
  if (!(sd > 0)) return std::nullopt;
  return (total - mean) / sd * 10.0 + 50.0;
}

double percentile_rank(const std::vector<double>& values, double total) {
  if (values.empty()) return 0;
  double below = 0;
  double equal = 0;
  for (double value : values) {
    if (value < total) below += 1;
    else if (value == total) equal += 1;
  }
  return 100.0 * (below + 0.5 * equal) / static_cast<double>(values.size());
}

double normal_percentile(double total, double mean, double sd) {
  const double z = (total - mean) / sd;
  return 100.0 * 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double round1(double value) {
  const double rounded = std::round(value * 10.0) / 10.0;
  return rounded == 0.0 ? 0.0 : rounded; // no "-0"
}

} // namespace secaction::benchmark
