#include "secaction/benchmark/gate.hpp"

#include <fmt/format.h>

#include "secaction/core/text.hpp"

namespace secaction::benchmark {

std::optional<GateFailure> fail_under(const BenchmarkResult& result, double threshold) {
  if (result.assessment.total >= threshold) return std::nullopt;
  return GateFailure{fmt::format("total score {} is below --fail-under {}", format_number(result.assessment.total), threshold)};
}

} // namespace secaction::benchmark
