#pragma once
// The rules shipped as content (risk rules and threats, the benchmark's rules), read from the
// content in use (embedded or --content DIR) and checked by their loaders.
#include <optional>

#include "secaction/benchmark/model.hpp"
#include "secaction/content/library.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/incident/guidance.hpp"
#include "secaction/risk/model.hpp"

namespace secaction::content {

inline constexpr const char* k_risk_rules_file = "risk/rules.yaml";
inline constexpr const char* k_risk_threats_file = "risk/threats.yaml";
inline constexpr const char* k_benchmark_rules_file = "benchmark/profile.yaml";
inline constexpr const char* k_incident_laws_file = "incident/laws.yaml";
inline constexpr const char* k_support_contacts_file = "incident/contacts.yaml";

std::optional<risk::Rules> risk_rules(const Library& library, Diagnostics& diagnostics);
/// With the 10大脅威 lists of the year its top_threats names (content/threats/top10-<year>.yaml).
std::optional<risk::Catalogue> risk_catalogue(const Library& library, Diagnostics& diagnostics);
/// IPA's 10大脅威 lists of `year`; nullopt without diagnostics when the content has no file for it.
std::optional<risk::TopThreatLists> top_threats(const Library& library, int year, Diagnostics& diagnostics);

/// The laws an incident may involve and where to get help; each part is absent (without
/// diagnostics) when the content has no file for it, and absent with diagnostics when its file is invalid.
incident::Guidance incident_guidance(const Library& library, Diagnostics& diagnostics);

/// The benchmark instrument and its rules together.
struct BenchmarkContent {
  const questionnaire::Instrument* instrument = nullptr;
  benchmark::Rules rules;
};
std::optional<BenchmarkContent> benchmark_content(Library& library, Diagnostics& diagnostics);

} // namespace secaction::content
