#pragma once
// Loads the incident guidance content: the laws an incident may involve (content/incident/laws.yaml,
// schemas/incident-laws.schema.json) and where to get help (content/incident/contacts.yaml,
// schemas/support-contacts.schema.json).
#include <optional>
#include <string>
#include <string_view>

#include "secaction/core/diagnostic.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/incident/guidance.hpp"

namespace secaction::load {

/// Beyond the schema: law, offence and kind ids are unique; a kind names only laws and offences the
/// file lists, and offences only with 刑法 (penal-code) among its laws.
std::optional<incident::IncidentLaws> load_incident_laws(std::string_view text, const std::string& file,
                                                         Diagnostics& diagnostics, SchemaCheck check = SchemaCheck::run);

/// Beyond the schema: source, group and entry ids are unique; an official entry names a source the
/// file lists; a secaction entry names none; teams come with their title; kinds have as many
/// English as Japanese names.
std::optional<incident::SupportContacts> load_support_contacts(std::string_view text, const std::string& file,
                                                               Diagnostics& diagnostics, SchemaCheck check = SchemaCheck::run);

} // namespace secaction::load
