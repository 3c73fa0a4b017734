#pragma once
// What a report on incident response shows beside the checklist: the laws an incident may involve
// (content/incident/laws.yaml: orientation, dated, not legal advice) and where to get help
// (content/incident/contacts.yaml: desks and schemes, each from a dated source). Values in,
// report::Document sections out; the content names the instruments whose reports show them.
#include <optional>
#include <string>
#include <vector>

#include "secaction/core/lang.hpp"
#include "secaction/core/provenance.hpp"
#include "secaction/report/document.hpp"

namespace secaction::incident {

struct Named {
  std::string id;
  LocalText name;
};

struct IncidentKind {
  std::string id;
  LocalText title;
  std::vector<std::string> laws;     // ids in IncidentLaws::laws
  std::vector<std::string> offences; // ids in IncidentLaws::offences
  std::vector<std::string> duties_ja;
  std::vector<std::string> duties_en;
};

struct IncidentLaws {
  std::string as_of; // YYYY-MM-DD: the law the duties summarise
  std::vector<std::string> shown_with;
  LocalText title;
  LocalText notice;
  LocalText names_source; // the law and offence names are this document's (official)
  std::vector<Named> laws;
  std::vector<Named> offences;
  std::vector<IncidentKind> kinds;

  [[nodiscard]] const Named* law(const std::string& id) const;
  [[nodiscard]] const Named* offence(const std::string& id) const;
};

struct ContactSource {
  std::string id;
  LocalText title;
  std::string as_of; // YYYY-MM or YYYY-MM-DD
};

struct Team {
  LocalText area;
  std::string lead;
};

struct Contact {
  std::string id;
  Origin origin = Origin::official; // whose words name, what, kinds and teams are
  std::string source;               // a ContactSource id (official entries)
  LocalText name;
  LocalText what;
  LocalText note; // secaction's remark
  std::string url;
  std::vector<std::string> kinds_ja;
  std::vector<std::string> kinds_en;
  LocalText teams_title;
  std::vector<Team> teams;
};

struct ContactGroup {
  std::string id;
  LocalText title;
  std::vector<Contact> entries;
};

struct SupportContacts {
  std::vector<std::string> shown_with;
  LocalText title;
  LocalText notice;
  std::vector<ContactSource> sources;
  std::vector<ContactGroup> groups;

  [[nodiscard]] const ContactSource* source(const std::string& id) const;
};

/// Both, as one run loads them; either may be absent from a --content directory.
struct Guidance {
  std::optional<IncidentLaws> laws;
  std::optional<SupportContacts> contacts;

  /// Whether the report of `instrument_id` shows any of it.
  [[nodiscard]] bool shown_with(const std::string& instrument_id) const;
};

/// Sections for the report of `instrument_id` (what its `shown_with` lists), each naming whose
/// words its texts are and crediting them in `doc`.
void add_guidance(report::Document& doc, Lang lang, const Guidance& guidance, const std::string& instrument_id);

void add_incident_laws(report::Document& doc, Lang lang, const IncidentLaws& laws);
void add_support_contacts(report::Document& doc, Lang lang, const SupportContacts& contacts);

/// The Japanese texts tagged official (law and offence names; official contacts' names, what,
/// kinds, teams), for the verbatim content test.
std::vector<std::string> official_texts(const IncidentLaws& laws);
std::vector<std::string> official_texts(const SupportContacts& contacts);

} // namespace secaction::incident
