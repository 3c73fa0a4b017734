#include "secaction/load/risk_loader.hpp"

#include <set>

#include <fmt/format.h>

#include "secaction/load/local_text.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/yaml_reader.hpp"

namespace secaction::load {
namespace {

using Json = nlohmann::json;
using risk::Origin;

LocalText optional_text(const Json& parent, const char* key) {
  return parent.contains(key) ? required_local_text(parent.at(key)) : LocalText{};
}

Origin origin_of(const Json& value) { return parse_origin(value.get<std::string>()).value_or(Origin::secaction); }

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : std::string(separator)) + part;
  return out;
}

/// Collects every quoted text of the rules with its provenance while the texts are read.
class Quotes {
public:
  explicit Quotes(std::vector<risk::Quote>& out) : m_out(out) {}

  /// A {ja, en[, origin]} text; `origin` defaults to `fallback`.
  LocalText text(const Json& value, Origin fallback, const std::string& where) {
    const Origin origin = value.contains("origin") ? origin_of(value.at("origin")) : fallback;
    m_out.push_back({value.at("ja").get<std::string>(), origin, where});
    return required_local_text(value);
  }

  /// A level: a text, or grouped criteria with examples, composed into one text for reports:
  /// 「A／B（例：x、y）／C」.
  LocalText level(const Json& value, Origin fallback, const std::string& where) {
    if (!value.contains("groups")) return text(value, fallback, where);
    std::vector<std::string> ja_groups;
    std::vector<std::string> en_groups;
    for (const auto& group : value.at("groups")) {
      const auto criteria_ja = group.at("criteria").at("ja").get<std::vector<std::string>>();
      const auto criteria_en = group.at("criteria").at("en").get<std::vector<std::string>>();
      for (const auto& criterion : criteria_ja) m_out.push_back({criterion, fallback, where});
      std::string ja = joined(criteria_ja, "／");
      std::string en = joined(criteria_en, "; ");
      if (group.contains("examples")) {
        const auto examples_ja = group.at("examples").at("ja").get<std::vector<std::string>>();
        for (const auto& example : examples_ja) m_out.push_back({example, fallback, where});
        ja += "（例：" + joined(examples_ja, "、") + "）";
        en += " (e.g. " + joined(group.at("examples").at("en").get<std::vector<std::string>>(), "; ") + ")";
      }
      ja_groups.push_back(std::move(ja));
      en_groups.push_back(std::move(en));
    }
    return {joined(ja_groups, "／"), joined(en_groups, "; or ")};
  }

  risk::LevelTexts levels(const Json& value, Origin fallback, const std::string& where) {
    risk::LevelTexts result;
    for (const auto& [key, entry] : value.items()) result.emplace(std::stoi(key), level(entry, fallback, where + "/" + key));
    return result;
  }

private:
  std::vector<risk::Quote>& m_out;
};

std::optional<JsonTree> read_checked(std::string_view text, const std::string& file, const char* schema_name, SchemaCheck check,
                                     Diagnostics& diagnostics) {
  return read_content(text, file, schema_name, check, diagnostics);
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

void check_via(const JsonTree& tree, const std::string& pointer, Origin origin, const LocalText& via, Diagnostics& diagnostics) {
  if (origin == Origin::official_secondary && via.empty()) {
    diagnostics.error(tree.at(pointer), fmt::format("{}: origin official-secondary needs `via`, naming the secondary source",
                                                    readable_path(pointer)));
  }
}

risk::Edition edition_of(const JsonTree& tree, std::size_t index, Quotes& quotes, Diagnostics& diagnostics) {
  const std::string pointer = child_pointer("/editions", index);
  const Json& e = tree.root().at("editions").at(index);
  risk::Edition edition;
  edition.id = e.at("id").get<std::string>();
  edition.title = required_local_text(e.at("title"));
  edition.criteria_origin = e.contains("criteria_origin") ? origin_of(e.at("criteria_origin")) : Origin::official;
  edition.criteria_via = optional_text(e, "criteria_via");
  check_via(tree, pointer, edition.criteria_origin, edition.criteria_via, diagnostics);
  const Origin criteria = edition.criteria_origin;
  const std::string where = "editions/" + edition.id;
  const Json& cia = e.at("cia");
  edition.cia_min = cia.at("min").get<int>();
  edition.cia_max = cia.at("max").get<int>();
  edition.confidentiality = quotes.levels(cia.at("confidentiality"), criteria, where + "/cia/confidentiality");
  edition.integrity = quotes.levels(cia.at("integrity"), criteria, where + "/cia/integrity");
  edition.availability = quotes.levels(cia.at("availability"), criteria, where + "/cia/availability");
  check_levels(tree, pointer + "/cia/confidentiality", edition.confidentiality, edition.cia_min, edition.cia_max, diagnostics);
  check_levels(tree, pointer + "/cia/integrity", edition.integrity, edition.cia_min, edition.cia_max, diagnostics);
  check_levels(tree, pointer + "/cia/availability", edition.availability, edition.cia_min, edition.cia_max, diagnostics);
  const Json& importance = e.at("importance");
  edition.importance_rule = quotes.text(importance.at("rule"), criteria, where + "/importance/rule");
  edition.importance_rule_origin =
      importance.at("rule").contains("origin") ? origin_of(importance.at("rule").at("origin")) : criteria;
  edition.forced_importance = importance.at("forced").get<int>();
  edition.importance_levels = quotes.levels(importance.at("levels"), criteria, where + "/importance/levels");
  check_levels(tree, pointer + "/importance/levels", edition.importance_levels, edition.cia_min, edition.cia_max, diagnostics);
  if (edition.forced_importance != edition.cia_max) {
    diagnostics.error(tree.at(pointer + "/importance/forced"),
                      fmt::format("importance.forced must be the top of the scale ({})", edition.cia_max));
  }
  edition.threat_levels = quotes.levels(e.at("threat_levels"), criteria, where + "/threat_levels");
  edition.vulnerability_levels = quotes.levels(e.at("vulnerability_levels"), criteria, where + "/vulnerability_levels");
  edition.likelihood_levels = quotes.levels(e.at("likelihood_levels"), criteria, where + "/likelihood_levels");
  check_levels(tree, pointer + "/threat_levels", edition.threat_levels, 1, 3, diagnostics);
  check_levels(tree, pointer + "/vulnerability_levels", edition.vulnerability_levels, 1, 3, diagnostics);
  check_levels(tree, pointer + "/likelihood_levels", edition.likelihood_levels, 1, 3, diagnostics);
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
  for (std::size_t i = 0; i < e.at("bands").size(); ++i) {
    const Json& band = e.at("bands").at(i);
    const Origin origin = origin_of(band.at("origin"));
    const std::string id = band.at("id").get<std::string>();
    edition.bands.push_back({id, band.at("min").get<int>(), band.at("max").get<int>(), required_local_text(band.at("label")),
                             quotes.text(band.at("meaning"), origin, where + "/bands/" + id), origin,
                             optional_text(band, "via")});
    check_via(tree, child_pointer(pointer + "/bands", i), origin, edition.bands.back().via, diagnostics);
  }
  if (e.contains("notes")) {
    for (std::size_t i = 0; i < e.at("notes").size(); ++i) {
      const Json& note = e.at("notes").at(i);
      const Origin origin = origin_of(note.at("origin"));
      edition.notes.push_back({origin, quotes.text(note.at("text"), origin, where + "/notes"), optional_text(note, "via")});
      check_via(tree, child_pointer(pointer + "/notes", i), origin, edition.notes.back().via, diagnostics);
    }
  }
  return edition;
}

} // namespace

std::optional<risk::Rules> load_risk_rules(std::string_view text, const std::string& file, Diagnostics& diagnostics,
                                           SchemaCheck check) {
  const std::size_t errors_before = diagnostics.error_count();
  auto tree = read_checked(text, file, "risk-rules.schema.json", check, diagnostics);
  if (!tree) return std::nullopt;
  const Json& root = tree->root();
  risk::Rules rules;
  const Json& source = root.at("source");
  rules.source = {required_local_text(source.at("publisher")), required_local_text(source.at("document")),
                  source.at("url").get<std::string>(), optional_text(source, "secondary")};
  Quotes quotes(rules.quotes);
  const std::pair<const char*, risk::TreatmentOption> options[] = {{"reduce", risk::TreatmentOption::reduce},
                                                                   {"retain", risk::TreatmentOption::retain},
                                                                   {"avoid", risk::TreatmentOption::avoid},
                                                                   {"transfer", risk::TreatmentOption::transfer}};
  std::set<std::string> treatment_ids;
  std::vector<risk::TreatmentText> treatments;
  for (std::size_t i = 0; i < root.at("treatments").size(); ++i) {
    const Json& entry = root.at("treatments").at(i);
    const std::string id = entry.at("id").get<std::string>();
    const std::string pointer = child_pointer("/treatments", i);
    if (!treatment_ids.insert(id).second) diagnostics.error(tree->at(pointer + "/id"), fmt::format("treatment '{}' is defined twice", id));
    risk::TreatmentText treatment;
    for (const auto& [name, option] : options) {
      if (id == name) treatment.option = option;
    }
    treatment.title = quotes.text(entry.at("title"), Origin::official, "treatments/" + id + "/title");
    treatment.origin = origin_of(entry.at("origin"));
    treatment.definition = quotes.text(entry.at("definition"), treatment.origin, "treatments/" + id + "/definition");
    treatment.via = optional_text(entry, "via");
    check_via(*tree, pointer, treatment.origin, treatment.via, diagnostics);
    treatments.push_back(std::move(treatment));
  }
  std::set<std::string> ids;
  for (std::size_t i = 0; i < root.at("editions").size(); ++i) {
    auto edition = edition_of(*tree, i, quotes, diagnostics);
    edition.treatments = treatments;
    if (!ids.insert(edition.id).second) {
      diagnostics.error(tree->at(child_pointer("/editions", i) + "/id"), fmt::format("edition '{}' is defined twice", edition.id));
    }
    rules.editions.push_back(std::move(edition));
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return rules;
}

std::optional<risk::Catalogue> load_risk_catalogue(std::string_view text, const std::string& file,
                                                   const TopThreatsReader& read_top_threats, Diagnostics& diagnostics,
                                                   SchemaCheck check) {
  const std::size_t errors_before = diagnostics.error_count();
  auto tree = read_checked(text, file, "risk-threats.schema.json", check, diagnostics);
  if (!tree) return std::nullopt;
  const Json& root = tree->root();
  risk::Catalogue catalogue;
  catalogue.notice = required_local_text(root.at("notice"));
  catalogue.threat_rule = required_local_text(root.at("threat_rule"));
  catalogue.vulnerability_rule = required_local_text(root.at("vulnerability_rule"));
  const Json& top = root.at("top_threats");
  catalogue.top10_year = top.at("year").get<int>();
  catalogue.top10_list = top.at("list").get<std::string>();
  const std::size_t errors_before_lists = diagnostics.error_count();
  catalogue.top10_lists = read_top_threats(catalogue.top10_year, diagnostics);
  const risk::TopThreatList* referenced = catalogue.top10_lists ? catalogue.top10_lists->find(catalogue.top10_list) : nullptr;
  if (!catalogue.top10_lists && diagnostics.error_count() > errors_before_lists) {
    // the list file is there but broken: its own diagnostics say why
  } else if (!catalogue.top10_lists) {
    diagnostics.error(tree->at("/top_threats/year"),
                      fmt::format("top_threats: no 10大脅威 lists for {} ({})", catalogue.top10_year,
                                  risk::top_threats_path(catalogue.top10_year)));
  } else if (referenced == nullptr) {
    diagnostics.error(
        tree->at("/top_threats/list"),
        fmt::format("top_threats: {} has no list '{}'", risk::top_threats_path(catalogue.top10_year), catalogue.top10_list));
  } else {
    catalogue.top10_source = catalogue.top10_lists->source;
    catalogue.top10_url = catalogue.top10_lists->url;
    for (const auto& entry : referenced->entries) catalogue.top10.push_back({entry.rank, entry.name});
  }

  std::set<std::string> ids;   // media, threat and countermeasure ids share one namespace
  std::set<std::string> names; // what a register may write as 媒体・保存先
  for (std::size_t m = 0; m < root.at("media").size(); ++m) {
    const std::string pointer = child_pointer("/media", m);
    const Json& value = root.at("media").at(m);
    risk::Medium medium;
    medium.id = value.at("id").get<std::string>();
    medium.name = required_local_text(value.at("name"));
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
      risk::Threat item{
          threat.at("id").get<std::string>(), required_local_text(threat.at("name")), threat.at("likelihood").get<int>(), {}};
      if (threat.contains("top10")) item.top10 = threat.at("top10").get<std::vector<int>>();
      const std::string threat_pointer = pointer + "/threats/" + std::to_string(t);
      if (!ids.insert(item.id).second) diagnostics.error(tree->at(threat_pointer + "/id"), fmt::format("id '{}' is used twice", item.id));
      for (int rank : item.top10) {
        if (referenced != nullptr && catalogue.find_top10(rank) == nullptr) {
          diagnostics.error(tree->at(threat_pointer + "/top10"),
                            fmt::format("threat '{}': top10 rank {} is not in the {} list of {}", item.id, rank,
                                        catalogue.top10_list, risk::top_threats_path(catalogue.top10_year)));
        }
      }
      medium.threats.push_back(std::move(item));
    }
    for (std::size_t c = 0; c < value.at("countermeasures").size(); ++c) {
      const Json& measure = value.at("countermeasures").at(c);
      risk::Countermeasure item{measure.at("id").get<std::string>(), required_local_text(measure.at("text"))};
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
