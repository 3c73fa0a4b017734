#pragma once
// Fields that several input files share, read one way everywhere: the organisation an input is
// about and calendar dates.
#include <optional>
#include <string>

#include "secaction/core/date.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/core/organization.hpp"
#include "secaction/load/json_tree.hpp"

namespace secaction::load {

/// The mapping at `pointer` (name, industry, employees); a member that is absent, null or of the
/// wrong type (which the file's schema reports) is left empty.
Organization read_organization(const JsonTree& tree, const std::string& pointer = "/organization");

/// The date at `pointer` when it is a string. A value shaped YYYY-MM-DD that is no calendar date
/// (2026-02-30) is an error here ("assessed_on: '2026-02-30' is not a calendar date; write
/// YYYY-MM-DD"); any other shape is the schema's to report. nullopt unless a date was read.
std::optional<Date> read_date(const JsonTree& tree, const std::string& pointer, Diagnostics& diagnostics);

} // namespace secaction::load
