#pragma once
// The JSON Schemas compiled into the binary (schemas/*.schema.json). They are part of the
// program's contract with its users, so --content never replaces them.
#include <optional>
#include <string>

#include "secaction/load/schema.hpp"

namespace secaction::load {

/// A shipped schema by file name (e.g. "risk-register.schema.json"), compiled on first use and
/// kept for the process. Safe to call from several threads.
const Schema& shipped_schema(const std::string& name);

/// The text of a shipped schema, or nullopt.
std::optional<std::string> embedded_schema(const std::string& name);

} // namespace secaction::load
