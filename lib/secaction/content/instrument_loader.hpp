#pragma once
// Content YAML -> questionnaire::Instrument, with the rules the schema cannot express.
#include <optional>
#include <string>

#include "secaction/content/json_tree.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::content {

/// Converts a schema-valid instrument document. Checks unique ids and numbers, equal ja/en list
/// lengths, non-overlapping bands, a consistent scale, and (when `expected_id` is given) that the
/// id matches the file name. Returns nullopt when any error was reported.
std::optional<questionnaire::Instrument> load_instrument(const JsonTree& tree, Diagnostics& diagnostics,
                                                         const std::string& expected_id = {});

} // namespace secaction::content
