#pragma once
// Content YAML -> questionnaire::Instrument, with the rules the schema cannot express.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "secaction/load/json_tree.hpp"
#include "secaction/load/schema.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::load {

/// Converts a schema-valid instrument document. Checks unique ids and numbers, equal ja/en list
/// lengths, non-overlapping bands, a consistent scale, and (when `expected_id` is given) that the
/// id matches the file name. Returns nullopt when any error was reported.
std::optional<questionnaire::Instrument> load_instrument(const JsonTree& tree, Diagnostics& diagnostics,
                                                         const std::string& expected_id = {});

/// Schema-checks and converts an instrument file already read with read_yaml.
std::unique_ptr<questionnaire::Instrument> load_instrument_tree(const JsonTree& tree, const Schema& schema,
                                                                 Diagnostics& diagnostics, const std::string& expected_id = {});

/// Reads and converts an instrument the build already schema-checked (content embedded in the
/// binary: `secaction validate` checks it as a build step), so the run skips the schema: `text` is
/// its YAML (SchemaCheck::prevalidated) or its packed tree (prevalidated_packed).
std::unique_ptr<questionnaire::Instrument> load_prevalidated_instrument_text(std::string_view text, const std::string& display_name,
                                                                              SchemaCheck form, Diagnostics& diagnostics,
                                                                              const std::string& expected_id = {});

/// Reads, schema-checks and converts one instrument file.
std::unique_ptr<questionnaire::Instrument> load_instrument_text(const std::string& text, const std::string& display_name,
                                                                 const Schema& schema, Diagnostics& diagnostics,
                                                                 const std::string& expected_id = {});

} // namespace secaction::load
