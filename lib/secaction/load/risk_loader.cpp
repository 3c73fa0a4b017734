#include "secaction/load/risk_loader.hpp"

#include <set>

#include <fmt/format.h>

#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/yaml_reader.hpp"

namespace secaction::load {
namespace {

using Json = nlohmann::json;
using risk::Origin;

LocalText text_of(const Json& value) { return {value.at("ja").get<std::string>(), value.at("en").get<std::string>()}; }

LocalText optional_text(const Json& parent, const char* key) {
  return parent.contains(key) ? text_of(parent.at(key)) : LocalText{};
}

risk::LevelTexts levels_of(const Json& value) {
  risk::LevelTexts levels;
  for (const auto& [key, text] : value.items()) levels.emplace(std::stoi(key), text_of(text));
  return levels;
}

Origin origin_of(const Json& value) { return value.get<std::string>() == "official" ? Origin::official : Origin::secaction; }

std::optional<JsonTree> read_checked(std::string_view text, const std::string& file, const char* schema_name,
                                     Diagnostics& diagnostics) {
  auto tree = read_yaml(text, file, diagnostics);
  if (!tree) return std::nullopt;
  if (!shipped_schema(schema_name).validate(*tree, diagnostics)) return std::nullopt;
  return tree;
}

void check_levels(const JsonTree& tree, const std::string& pointer, const risk::LevelTexts& levels, int min, int max,
                  Diagnostics& diagnostics) {
  for (int level = min; level <= max; ++level) {
    if (!levels.count(level)) {
      diagnostics.error(tree.at(pointer), fmt::format("{}: no text for level {} (the scale runs {}–{})", readable_path(pointer),
                                                      level, min, max));
    }
  }
  for (const auto& [level, text] : levels) {
    if (level < min || level > max) {
      diagnostics.error(tree.at(pointer), fmt::format("{}: level {} is outside the scale {}–{}", readable_path(pointer), level,
                                                      min, max));
    }
  }
}

risk::Edition edition_of(const JsonTree& tree, std::size_t index, Diagnostics& diagnostics) {
  const std::string pointer = child_pointer("/editions", index);
  const Json& e = tree.root().at("editions").at(index);
  risk::Edition edition;
  edition.id = e.at("id").get<std::string>();
  edition.title = text_of(e.at("title"));
  const Json& cia = e.at("cia");
  edition.cia_min = cia.at("min").get<int>();
  edition.cia_max = cia.at("max").get<int>();
  edition.confidentiality = levels_of(cia.at("confidentiality"));
  edition.integrity = levels_of(cia.at("integrity"));
  edition.availability = levels_of(cia.at("availability"));
  for (const char* name : {"confidentiality", "integrity", "availability"}) {
    check_levels(tree, pointer + "/cia/" + name, levels_of(cia.at(name)), edition.cia_min, edition.cia_max, diagnostics);
  }
  const Json& importance = e.at("importance");
  edition.importance_rule = text_of(importance.at("rule"));
  edition.forced_importance = importance.at("forced").get<int>();
  edition.importance_levels = levels_of(importance.at("levels"));
  check_levels(tree, pointer + "/importance/levels", edition.importance_levels, edition.cia_min, edition.cia_max, diagnostics);
  if (edition.forced_importance != edition.cia_max) {
    diagnostics.error(tree.at(pointer + "/importance/forced"),
                      fmt::format("importance.forced must be the top of the scale ({})", edition.cia_max));
  }
  edition.threat_levels = levels_of(e.at("threat_levels"));
  edition.vulnerability_levels = levels_of(e.at("vulnerability_levels"));
  check_levels(tree, pointer + "/threat_levels", edition.threat_levels, 1, 3, diagnostics);
  check_levels(tree, pointer + "/vulnerability_levels", edition.vulnerability_levels, 1, 3, diagnostics);
  std::set<std::pair<int, int>> seen;
  for (std::size_t i = 0; i < e.at("likelihood").size(); ++i) {
    const Json& cell = e.at("likelihood").at(i);
    risk::LikelihoodCell value{cell.at("threat").get<int>(), cell.at("vulnerability").get<int>(), cell.at("likelihood").get<int>()};
    if (!seen.emplace(value.threat, value.vulnerability).second) {
      diagnostics.error(tree.at(pointer + "/likelihood/" + std::to_string(i)),
                        fmt::format("likelihood: threat {} × vulnerability {} is given twice", value.threat, value.vulnerability));
    }
    edition.likelihood_table.push_back(value);
  }
  edition.band_importance_offset = e.at("band_importance_offset").get<int>();
  for (const auto& band : e.at("bands")) {
    edition.bands.push_back({band.at("id").get<std::string>(), band.at("min").get<int>(), band.at("max").get<int>(),
                             text_of(band.at("label")), text_of(band.at("meaning")), origin_of(band.at("origin"))});
  }
  if (e.contains("notes")) {
    for (const auto& note : e.at("notes")) edition.notes.push_back({origin_of(note.at("origin")), text_of(note.at("text"))});
  }
  return edition;
}

} // namespace

std::optional<risk::Rules> load_risk_rules(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  auto tree = read_checked(text, file, "risk-rules.schema.json", diagnostics);
  if (!tree) return std::nullopt;
  const Json& root = tree->root();
  risk::Rules rules;
  const Json& source = root.at("source");
  rules.source = {text_of(source.at("publisher")), text_of(source.at("document")), source.at("url").get<std::string>(),
                  optional_text(source, "secondary")};
  std::set<std::string> ids;
  for (std::size_t i = 0; i < root.at("editions").size(); ++i) {
    auto edition = edition_of(*tree, i, diagnostics);
    if (!ids.insert(edition.id).second) {
      diagnostics.error(tree->at(child_pointer("/editions", i) + "/id"), fmt::format("edition '{}' is defined twice", edition.id));
    }
    rules.editions.push_back(std::move(edition));
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return rules;
}

std::optional<risk::Catalogue> load_risk_catalogue(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  auto tree = read_checked(text, file, "risk-threats.schema.json", diagnostics);
  if (!tree) return std::nullopt;
  const Json& root = tree->root();
  risk::Catalogue catalogue;
  catalogue.notice = text_of(root.at("notice"));
  catalogue.threat_rule = text_of(root.at("threat_rule"));
  catalogue.vulnerability_rule = text_of(root.at("vulnerability_rule"));
  const Json& top = root.at("top_threats");
  catalogue.top10_source = text_of(top.at("source"));
  catalogue.top10_url = top.at("url").get<std::string>();
  for (const auto& entry : top.at("entries")) catalogue.top10.push_back({entry.at("rank").get<int>(), text_of(entry.at("name"))});

  std::set<std::string> ids;   // media, threat and countermeasure ids share one namespace
  std::set<std::string> names; // what a register may write as 媒体・保存先
  for (std::size_t m = 0; m < root.at("media").size(); ++m) {
    const std::string pointer = child_pointer("/media", m);
    const Json& value = root.at("media").at(m);
    risk::Medium medium;
    medium.id = value.at("id").get<std::string>();
    medium.name = text_of(value.at("name"));
    medium.avoidable = value.at("avoidable").get<bool>();
    if (value.contains("aliases")) medium.aliases = value.at("aliases").get<std::vector<std::string>>();
    if (!ids.insert(medium.id).second) diagnostics.error(tree->at(pointer + "/id"), fmt::format("id '{}' is used twice", medium.id));
    std::vector<std::string> spellings = medium.aliases;
    spellings.push_back(medium.id);
    spellings.push_back(medium.name.ja);
    spellings.push_back(medium.name.en);
    for (const auto& spelling : spellings) {
      if (!names.insert(spelling).second) {
        diagnostics.error(tree->at(pointer), fmt::format("medium name or alias '{}' is used by two media", spelling));
      }
    }
    for (std::size_t t = 0; t < value.at("threats").size(); ++t) {
      const Json& threat = value.at("threats").at(t);
      risk::Threat item{threat.at("id").get<std::string>(), text_of(threat.at("name")), threat.at("likelihood").get<int>(), {}};
      if (threat.contains("top10")) item.top10 = threat.at("top10").get<std::vector<int>>();
      const std::string threat_pointer = pointer + "/threats/" + std::to_string(t);
      if (!ids.insert(item.id).second) diagnostics.error(tree->at(threat_pointer + "/id"), fmt::format("id '{}' is used twice", item.id));
      for (int rank : item.top10) {
        if (catalogue.find_top10(rank) == nullptr) {
          diagnostics.error(tree->at(threat_pointer + "/top10"),
                            fmt::format("threat '{}': top10 rank {} is not in top_threats.entries", item.id, rank));
        }
      }
      medium.threats.push_back(std::move(item));
    }
    for (std::size_t c = 0; c < value.at("countermeasures").size(); ++c) {
      const Json& measure = value.at("countermeasures").at(c);
      risk::Countermeasure item{measure.at("id").get<std::string>(), text_of(measure.at("text"))};
      if (!ids.insert(item.id).second) {
        diagnostics.error(tree->at(pointer + "/countermeasures/" + std::to_string(c) + "/id"),
                          fmt::format("id '{}' is used twice", item.id));
      }
      medium.countermeasures.push_back(std::move(item));
    }
    catalogue.media.push_back(std::move(medium));
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return catalogue;
}

} // namespace secaction::load
