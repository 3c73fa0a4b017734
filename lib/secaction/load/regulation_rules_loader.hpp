#pragma once
// Loads the rule book of the regulations draft (content/policy/regulations-rules.<lang>.yaml).
#include <optional>
#include <string>
#include <string_view>

#include "secaction/core/diagnostic.hpp"
#include "secaction/policy/rules.hpp"

namespace secaction::load {

/// Reads and schema-checks (regulation-rules.schema.json) a rule book; a rule id used twice or
/// a chapter listed twice is an error. Every problem goes to `diagnostics` as file:line:col.
std::optional<policy::RuleBook> load_regulation_rules(std::string_view text, const std::string& file, Diagnostics& diagnostics);

} // namespace secaction::load
