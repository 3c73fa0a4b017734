#pragma once
// The JSON Schemas compiled into the binary (schemas/*.schema.json). They are part of the
// program's contract with its users, so --content never replaces them.
#include <optional>
#include <string>
#include <string_view>

#include "secaction/load/schema.hpp"

namespace secaction::load {

/// A shipped schema by file name (e.g. "risk-register.schema.json"), compiled on first use and
/// kept for the process. Safe to call from several threads.
const Schema& shipped_schema(const std::string& name);

/// How a loader reads a content file: YAML checked against its schema (always, except for the
/// content embedded in the binary, which the build checked: content::EmbeddedCheck), or that
/// embedded content without the check, as YAML or as the packed tree the build wrote for it
/// (MessagePack of the JSON tree read_yaml makes; cmake: secaction-pack-content).
enum class SchemaCheck { run, prevalidated, prevalidated_packed };

/// shipped_schema(name).validate(tree), or true without compiling the schema when `check` is not `run`.
bool check_shipped_schema(const JsonTree& tree, const std::string& name, SchemaCheck check, Diagnostics& diagnostics);

/// The tree of a content file: read_yaml(text) and check_shipped_schema, or, for
/// prevalidated_packed, the packed tree `text` then holds (no marks: the build found no error in it).
std::optional<JsonTree> read_content(std::string_view text, const std::string& file, const std::string& schema_name, SchemaCheck check,
                                     Diagnostics& diagnostics);

/// The text of a shipped schema, or nullopt.
std::optional<std::string> embedded_schema(const std::string& name);

} // namespace secaction::load
