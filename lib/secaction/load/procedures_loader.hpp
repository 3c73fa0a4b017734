#pragma once
// Loads the procedure documents `secaction policy` drafts (content/policy/procedures.yaml), checked
// against schemas/policy-procedures.schema.json and the rules below.
#include <optional>
#include <string>
#include <string_view>

#include "secaction/core/diagnostic.hpp"
#include "secaction/policy/procedures.hpp"

namespace secaction::load {

/// Beyond the schema: audience, area and document ids are unique; a document names an area and
/// audiences the file lists; every audience receives at least one document.
std::optional<policy::ProcedureCatalogue> load_procedures(std::string_view text, const std::string& file, Diagnostics& diagnostics);

} // namespace secaction::load
