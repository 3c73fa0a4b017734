#pragma once
// --fail-under for the benchmark: its total score (27-135).
#include <optional>

#include "secaction/benchmark/assess.hpp"
#include "secaction/core/gate.hpp"

namespace secaction::benchmark {

/// nullopt when the total score is at least `threshold`.
std::optional<GateFailure> fail_under(const BenchmarkResult& result, double threshold);

} // namespace secaction::benchmark
