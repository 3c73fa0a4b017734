#include "secaction/load/incident_loader.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/load/local_text.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/yaml_reader.hpp"

namespace secaction::load {
namespace {

using Json = nlohmann::json;

std::vector<std::string> strings(const Json& parent, const char* key) {
  std::vector<std::string> out;
  if (auto found = parent.find(key); found != parent.end()) {
    for (const auto& value : *found) out.push_back(value.get<std::string>());
  }
  return out;
}

std::vector<incident::Named> named_list(const JsonTree& tree, const char* key, Diagnostics& diagnostics) {
  std::vector<incident::Named> out;
  const Json& root = tree.root();
  if (!root.contains(key)) return out;
  std::set<std::string> ids;
  for (std::size_t i = 0; i < root.at(key).size(); ++i) {
    const Json& value = root.at(key).at(i);
    incident::Named named{value.at("id").get<std::string>(), local_text(value, "name")};
    if (!ids.insert(named.id).second) {
      diagnostics.error(tree.at(child_pointer(std::string("/") + key, i) + "/id"), fmt::format("'{}' is given twice", named.id));
    }
    out.push_back(std::move(named));
  }
  return out;
}

} // namespace

std::optional<incident::IncidentLaws> load_incident_laws(std::string_view text, const std::string& file,
                                                         Diagnostics& diagnostics, SchemaCheck check) {
  auto tree = read_content(text, file, "incident-laws.schema.json", check, diagnostics);
  if (!tree) return std::nullopt;
  const std::size_t errors_before = diagnostics.error_count();
  const Json& root = tree->root();
  incident::IncidentLaws laws;
  laws.as_of = root.at("as_of").get<std::string>();
  laws.shown_with = strings(root, "shown_with");
  laws.title = local_text(root, "title");
  laws.notice = local_text(root, "notice");
  laws.names_source = local_text(root, "names_source");
  laws.laws = named_list(*tree, "laws", diagnostics);
  laws.offences = named_list(*tree, "penal_code_offences", diagnostics);
  std::set<std::string> kind_ids;
  for (std::size_t k = 0; k < root.at("kinds").size(); ++k) {
    const std::string pointer = child_pointer("/kinds", k);
    const Json& value = root.at("kinds").at(k);
    incident::IncidentKind kind;
    kind.id = value.at("id").get<std::string>();
    kind.title = local_text(value, "title");
    kind.laws = strings(value, "laws");
    kind.offences = strings(value, "offences");
    kind.duties_ja = strings(value.at("duties"), "ja");
    kind.duties_en = strings(value.at("duties"), "en");
    if (!kind_ids.insert(kind.id).second)
      diagnostics.error(tree->at(pointer + "/id"), fmt::format("kind '{}' is given twice", kind.id));
    for (std::size_t l = 0; l < kind.laws.size(); ++l) {
      if (laws.law(kind.laws[l]) == nullptr) {
        diagnostics.error(tree->at(child_pointer(pointer + "/laws", l)),
                          fmt::format("kind '{}': unknown law '{}'", kind.id, kind.laws[l]));
      }
    }
    for (std::size_t o = 0; o < kind.offences.size(); ++o) {
      if (laws.offence(kind.offences[o]) == nullptr) {
        diagnostics.error(tree->at(child_pointer(pointer + "/offences", o)),
                          fmt::format("kind '{}': unknown offence '{}'", kind.id, kind.offences[o]));
      }
    }
    if (!kind.offences.empty() && std::find(kind.laws.begin(), kind.laws.end(), "penal-code") == kind.laws.end()) {
      diagnostics.error(tree->at(pointer + "/offences"),
                        fmt::format("kind '{}': offences need penal-code among its laws", kind.id));
    }
    if (kind.duties_ja.size() != kind.duties_en.size()) {
      diagnostics.error(tree->at(pointer + "/duties"),
                        fmt::format("kind '{}': {} Japanese and {} English duties; give each in both languages", kind.id,
                                    kind.duties_ja.size(), kind.duties_en.size()));
    }
    laws.kinds.push_back(std::move(kind));
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return laws;
}

std::optional<incident::SupportContacts> load_support_contacts(std::string_view text, const std::string& file,
                                                               Diagnostics& diagnostics, SchemaCheck check) {
  auto tree = read_content(text, file, "support-contacts.schema.json", check, diagnostics);
  if (!tree) return std::nullopt;
  const std::size_t errors_before = diagnostics.error_count();
  const Json& root = tree->root();
  incident::SupportContacts contacts;
  contacts.shown_with = strings(root, "shown_with");
  contacts.title = local_text(root, "title");
  contacts.notice = local_text(root, "notice");
  std::set<std::string> source_ids;
  for (std::size_t s = 0; s < root.at("sources").size(); ++s) {
    const Json& value = root.at("sources").at(s);
    incident::ContactSource source{value.at("id").get<std::string>(), local_text(value, "title"),
                                   value.at("as_of").get<std::string>()};
    if (!source_ids.insert(source.id).second) {
      diagnostics.error(tree->at(child_pointer("/sources", s) + "/id"), fmt::format("source '{}' is given twice", source.id));
    }
    contacts.sources.push_back(std::move(source));
  }
  std::set<std::string> ids;
  for (std::size_t g = 0; g < root.at("groups").size(); ++g) {
    const std::string group_pointer = child_pointer("/groups", g);
    const Json& group_value = root.at("groups").at(g);
    incident::ContactGroup group{group_value.at("id").get<std::string>(), local_text(group_value, "title"), {}};
    if (!ids.insert(group.id).second)
      diagnostics.error(tree->at(group_pointer + "/id"), fmt::format("'{}' is given twice", group.id));
    for (std::size_t e = 0; e < group_value.at("entries").size(); ++e) {
      const std::string pointer = child_pointer(group_pointer + "/entries", e);
      const Json& value = group_value.at("entries").at(e);
      incident::Contact entry;
      entry.id = value.at("id").get<std::string>();
      entry.origin = parse_origin(value.at("origin").get<std::string>()).value_or(Origin::secaction);
      entry.source = value.value("source", "");
      entry.name = local_text(value, "name");
      entry.what = local_text(value, "what");
      entry.note = local_text(value, "note");
      entry.url = value.value("url", "");
      if (value.contains("kinds")) {
        entry.kinds_ja = strings(value.at("kinds"), "ja");
        entry.kinds_en = strings(value.at("kinds"), "en");
        if (entry.kinds_ja.size() != entry.kinds_en.size()) {
          diagnostics.error(tree->at(pointer + "/kinds"),
                            fmt::format("'{}': {} Japanese and {} English kinds; give each in both languages", entry.id,
                                        entry.kinds_ja.size(), entry.kinds_en.size()));
        }
      }
      entry.teams_title = local_text(value, "teams_title");
      if (value.contains("teams")) {
        for (const auto& team : value.at("teams"))
          entry.teams.push_back({local_text(team, "area"), team.at("lead").get<std::string>()});
        if (entry.teams_title.ja.empty())
          diagnostics.error(tree->at(pointer + "/teams"), fmt::format("'{}': teams need teams_title", entry.id));
      }
      if (!ids.insert(entry.id).second)
        diagnostics.error(tree->at(pointer + "/id"), fmt::format("'{}' is given twice", entry.id));
      if (entry.origin == Origin::official && entry.source.empty()) {
        diagnostics.error(tree->at(pointer + "/origin"), fmt::format("'{}': an official entry names its source", entry.id));
      } else if (entry.origin == Origin::official && contacts.source(entry.source) == nullptr) {
        diagnostics.error(tree->at(pointer + "/source"), fmt::format("'{}': unknown source '{}' (the file's sources: {})",
                                                                     entry.id, entry.source, fmt::join(source_ids, ", ")));
      } else if (entry.origin == Origin::secaction && !entry.source.empty()) {
        diagnostics.error(tree->at(pointer + "/source"), fmt::format("'{}': secaction's own entry names no source", entry.id));
      }
      group.entries.push_back(std::move(entry));
    }
    contacts.groups.push_back(std::move(group));
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return contacts;
}

} // namespace secaction::load
