#pragma once
// Loads the company profile of `secaction policy` (its --from result is read by result_reader).
#include <optional>
#include <string>
#include <string_view>

#include "secaction/core/diagnostic.hpp"
#include "secaction/policy/profile.hpp"

namespace secaction::load {

/// Reads, schema-checks (policy-profile.schema.json) and converts a profile; every problem goes
/// to `diagnostics` as file:line:col, and the result is nullopt when there is any.
std::optional<policy::Profile> load_policy_profile(std::string_view text, const std::string& file, Diagnostics& diagnostics);

} // namespace secaction::load
