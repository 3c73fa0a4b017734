#pragma once
// The rules shipped as content (risk rules and threats, the benchmark's rules), read from the
// content in use (embedded or --content DIR) and checked by their loaders.
#include <optional>

#include "secaction/benchmark/model.hpp"
#include "secaction/content/library.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/risk/model.hpp"

namespace secaction::content {

inline constexpr const char* k_risk_rules_file = "risk/rules.yaml";
inline constexpr const char* k_risk_threats_file = "risk/threats.yaml";
inline constexpr const char* k_benchmark_rules_file = "benchmark/profile.yaml";

std::optional<risk::Rules> risk_rules(const Library& library, Diagnostics& diagnostics);
std::optional<risk::Catalogue> risk_catalogue(const Library& library, Diagnostics& diagnostics);

/// The benchmark instrument and its rules together.
struct BenchmarkContent {
  const questionnaire::Instrument* instrument = nullptr;
  benchmark::Rules rules;
};
std::optional<BenchmarkContent> benchmark_content(Library& library, Diagnostics& diagnostics);

} // namespace secaction::content
