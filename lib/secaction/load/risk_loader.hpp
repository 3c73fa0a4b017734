#pragma once
// Loads the risk rules (content/risk/rules.yaml) and secaction's threat catalogue
// (content/risk/threats.yaml), each checked against its schema and the rules below.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "secaction/core/diagnostic.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/risk/model.hpp"

namespace secaction::load {

/// Beyond the schema: edition ids are unique; every C/I/A, importance, threat and vulnerability
/// level of the scale has a text; the likelihood table covers every threat × vulnerability pair once.
std::optional<risk::Rules> load_risk_rules(std::string_view text, const std::string& file, Diagnostics& diagnostics,
                                           SchemaCheck check = SchemaCheck::run);

/// Reads the 10大脅威 lists of a year (content/threats/top10-<year>.yaml); nullopt when there are
/// none (with diagnostics when the file is there but broken).
using TopThreatsReader = std::function<std::optional<risk::TopThreatLists>(int year, Diagnostics& diagnostics)>;

/// Beyond the schema: media, threat and countermeasure ids are unique; names and aliases do not
/// clash; the 10大脅威 list that top_threats names exists (read through `read_top_threats`) and
/// has every rank a threat names.
std::optional<risk::Catalogue> load_risk_catalogue(std::string_view text, const std::string& file,
                                                   const TopThreatsReader& read_top_threats, Diagnostics& diagnostics,
                                                   SchemaCheck check = SchemaCheck::run);

} // namespace secaction::load
