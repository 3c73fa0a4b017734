#pragma once
// Loads the company profile of `secaction policy` and the diagnose result it may take (--from).
#include <optional>
#include <string>
#include <string_view>

#include "secaction/core/diagnostic.hpp"
#include "secaction/policy/profile.hpp"

namespace secaction::load {

/// Reads, schema-checks (policy-profile.schema.json) and converts a profile; every problem goes
/// to `diagnostics` as file:line:col, and the result is nullopt when there is any.
std::optional<policy::Profile> load_policy_profile(std::string_view text, const std::string& file, Diagnostics& diagnostics);

/// Reads a `secaction diagnose --format json` result (result.schema.json) of the self-diagnosis.
std::optional<policy::Diagnosis> load_diagnosis(std::string_view text, const std::string& file, Diagnostics& diagnostics);

} // namespace secaction::load
