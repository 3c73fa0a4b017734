#pragma once
// Loads the risk rules (content/risk/rules.yaml) and secaction's threat catalogue
// (content/risk/threats.yaml), each checked against its schema and the rules below.
#include <optional>
#include <string>
#include <string_view>

#include "secaction/core/diagnostic.hpp"
#include "secaction/risk/model.hpp"

namespace secaction::load {

/// Beyond the schema: edition ids are unique; every C/I/A, importance, threat and vulnerability
/// level of the scale has a text; the likelihood table covers every threat × vulnerability pair once.
std::optional<risk::Rules> load_risk_rules(std::string_view text, const std::string& file, Diagnostics& diagnostics);

/// Beyond the schema: media, threat and countermeasure ids are unique; names and aliases do not
/// clash; every 10大脅威 rank a threat names exists.
std::optional<risk::Catalogue> load_risk_catalogue(std::string_view text, const std::string& file, Diagnostics& diagnostics);

} // namespace secaction::load
