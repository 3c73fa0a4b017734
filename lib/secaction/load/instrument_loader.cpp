#include "secaction/load/instrument_loader.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "secaction/load/local_text.hpp"
#include "secaction/load/yaml_reader.hpp"

namespace secaction::load {
namespace {

using Json = nlohmann::json;
using namespace secaction::questionnaire;

// An id, item number or edition as written: a string, or a number YAML read as one (3.1, 12).
std::string string_or_number_text(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  return value.dump();
}

class Reader {
public:
  Reader(const JsonTree& tree, Diagnostics& diagnostics) : m_tree(tree), m_diagnostics(diagnostics) {}

  static LocalText text(const Json& parent, const char* key) { return local_text(parent, key); }

  LocalList list(const Json& parent, const char* key, const std::string& pointer) const {
    LocalList result;
    auto found = parent.find(key);
    if (found == parent.end()) return result;
    result.ja = found->value("ja", std::vector<std::string>{});
    result.en = found->value("en", std::vector<std::string>{});
    if (result.ja.size() != result.en.size()) {
      m_diagnostics.error(m_tree.at(child_pointer(pointer, key)),
                          fmt::format("{}: ja has {} entries but en has {}; each entry needs its translation",
                                      readable_path(child_pointer(pointer, key)), result.ja.size(), result.en.size()));
    }
    return result;
  }

  static Origin origin(const Json& parent, const char* key, Origin fallback) {
    auto found = parent.find(key);
    if (found == parent.end()) return fallback;
    return parse_origin(found->get<std::string>()).value_or(fallback);
  }

  /// A text quoted through a secondary source must name it (`via`).
  LocalText via(const Json& parent, Origin origin, const std::string& pointer) const {
    LocalText result = text(parent, "via");
    if (origin == Origin::official_secondary && result.empty()) {
      m_diagnostics.error(m_tree.at(pointer), fmt::format("{}: origin official-secondary needs `via`, naming the secondary source",
                                                          readable_path(pointer)));
    }
    return result;
  }

  Preamble block(const Json& entry, const std::string& pointer) const {
    Preamble result;
    result.id = entry.value("id", "");
    result.title = text(entry, "title");
    result.intro = text(entry, "intro");
    result.origin = origin(entry, "origin", Origin::official);
    result.via = via(entry, result.origin, pointer);
    result.source_ref = text(entry, "source_ref");
    if (auto entries = entry.find("entries"); entries != entry.end()) {
      for (const auto& e : *entries) result.entries.push_back({text(e, "label"), text(e, "text"), text(e, "explanation")});
    }
    return result;
  }

  Instrument instrument(const std::string& expected_id) {
    const Json& root = m_tree.root();
    Instrument result;
    result.id = root.at("id").get<std::string>();
    if (!expected_id.empty() && result.id != expected_id) {
      m_diagnostics.error(m_tree.at("/id"), fmt::format("id '{}' must match the file name '{}.yaml'", result.id, expected_id));
    }
    result.command = root.at("command").get<std::string>();
    result.title = text(root, "title");
    result.summary = text(root, "summary");
    const Json& source = root.at("source");
    result.source.publisher = text(source, "publisher");
    result.source.document = text(source, "document");
    result.source.edition = text(source, "edition");
    result.source.item_numbering = text(source, "item_numbering");
    result.source.url = source.value("url", "");
    if (auto file = source.find("file"); file != source.end()) {
      result.source.file = {file->at("name").get<std::string>(), file->at("sha256").get<std::string>(), file->value("sheet", "")};
    }
    if (auto edition = root.find("edition"); edition != root.end()) result.edition = string_or_number_text(*edition);
    if (auto replaces = root.find("replaces"); replaces != root.end()) result.replaces_edition = replaces->at("edition").get<std::string>();
    result.question_origin = origin(root, "question_origin", Origin::official);
    result.classification_only = root.value("classification_only", false);
    read_scale(root, result);
    const Json& scoring = root.at("scoring");
    result.scoring.method = parse_method(scoring.at("method").get<std::string>());
    result.scoring.max_points_per_item = scoring.at("max_points_per_item").get<double>();
    result.scoring.band_basis = scoring.at("band_basis") == "percent" ? BandBasis::percent : BandBasis::total;
    if (auto target = scoring.find("target_level"); target != scoring.end())
      result.scoring.target_level = string_or_number_text(*target);
    check_scale_maximum(result);
    check_target_level(result);
    read_bands(root, result);
    if (auto notes = root.find("notes"); notes != root.end()) {
      for (std::size_t i = 0; i < notes->size(); ++i) {
        const Json& note = (*notes)[i];
        const Origin note_origin = origin(note, "origin", Origin::secaction);
        result.notes.push_back({note_origin, text(note, "text"), via(note, note_origin, child_pointer("/notes", i))});
      }
    }
    if (auto preamble = root.find("preamble"); preamble != root.end()) result.preamble = block(*preamble, "/preamble");
    if (auto context = root.find("context"); context != root.end()) {
      std::set<std::string> ids;
      for (std::size_t i = 0; i < context->size(); ++i) {
        const std::string pointer = child_pointer("/context", i);
        result.context.push_back(block((*context)[i], pointer));
        if (!ids.insert(result.context.back().id).second) {
          m_diagnostics.error(m_tree.at(pointer + "/id"), fmt::format("context id '{}' is used twice", result.context.back().id));
        }
      }
    }
    read_requirements(root, result);
    read_parts(root, result);
    check_item_rules(result);
    read_maps_from(root, result);
    return result;
  }

private:
  static ScoringMethod parse_method(const std::string& text) {
    if (text == "completion") return ScoringMethod::completion;
    if (text == "maturity") return ScoringMethod::maturity;
    if (text == "all-met") return ScoringMethod::all_met;
    return ScoringMethod::sum;
  }

  void check_target_level(const Instrument& result) {
    if (result.scoring.target_level.empty()) return;
    if (result.scoring.method != ScoringMethod::maturity) {
      m_diagnostics.error(m_tree.at("/scoring/target_level"), "scoring.target_level goes with method maturity");
    } else if (result.find_option_by_id(result.scoring.target_level) == nullptr) {
      m_diagnostics.error(m_tree.at("/scoring/target_level"),
                          fmt::format("scoring.target_level '{}' is not an answer choice of the scale", result.scoring.target_level));
    }
  }

  void read_requirements(const Json& root, Instrument& result) {
    auto requirements = root.find("requirements");
    if (requirements == root.end()) return;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < requirements->size(); ++i) {
      const Json& entry = (*requirements)[i];
      Requirement requirement{string_or_number_text(entry.at("id")), text(entry, "text"),
                              origin(entry, "origin", Origin::official)};
      if (!ids.insert(requirement.id).second) {
        m_diagnostics.error(m_tree.at(child_pointer("/requirements", i) + "/id"),
                            fmt::format("requirement id '{}' is used twice", requirement.id));
      }
      result.requirements.push_back(std::move(requirement));
    }
  }

  // Targets (maturity) and requirements (all-met): each names something that exists, and goes with
  // its scoring method.
  void check_item_rules(const Instrument& result) {
    for (std::size_t p = 0; p < result.parts.size(); ++p) {
      const auto& items = result.parts[p].items;
      for (std::size_t i = 0; i < items.size(); ++i) {
        const Item& item = items[i];
        const std::string pointer = child_pointer(child_pointer("/parts", p) + "/items", i);
        if (!item.target.empty()) {
          if (result.scoring.method != ScoringMethod::maturity) {
            m_diagnostics.error(m_tree.at(pointer + "/target"), fmt::format("item {}: target goes with scoring method maturity", item.number));
          } else if (result.find_option_by_id(item.target) == nullptr) {
            m_diagnostics.error(m_tree.at(pointer + "/target"),
                                fmt::format("item {}: target '{}' is not an answer choice of the scale", item.number, item.target));
          }
        }
        if (!item.requirement.empty() && result.find_requirement(item.requirement) == nullptr) {
          m_diagnostics.error(m_tree.at(pointer + "/requirement"),
                              fmt::format("item {}: requirement '{}' is not listed under requirements", item.number, item.requirement));
        }
      }
    }
  }

  void read_maps_from(const Json& root, Instrument& result) {
    auto maps_from = root.find("maps_from");
    if (maps_from == root.end()) return;
    EditionMapSpec spec;
    spec.edition = string_or_number_text(maps_from->at("edition"));
    if (!result.edition.empty() && spec.edition == result.edition) {
      m_diagnostics.error(m_tree.at("/maps_from/edition"), fmt::format("maps_from names this instrument's own edition '{}'", spec.edition));
    }
    if (result.edition.empty()) {
      m_diagnostics.error(m_tree.at("/maps_from"), "maps_from needs the instrument's own `edition`");
    }
    if (auto items = maps_from->find("items"); items != maps_from->end()) {
      std::map<std::string, std::string> old_numbers; // old number -> the new number that maps to it
      for (const auto& [number, old] : items->items()) {
        const std::string pointer = child_pointer("/maps_from/items", number);
        if (result.find_item(number) == nullptr) {
          m_diagnostics.error(m_tree.key_at(pointer), fmt::format("maps_from.items: '{}' is not an item of this edition", number));
          continue;
        }
        if (old.is_null()) {
          spec.items.emplace(number, std::nullopt);
          continue;
        }
        const std::string old_number = string_or_number_text(old);
        if (auto [at, inserted] = old_numbers.emplace(old_number, number); !inserted) {
          m_diagnostics.error(m_tree.at(pointer), fmt::format("maps_from.items: old item {} is mapped to both {} and {}", old_number,
                                                              at->second, number));
        }
        spec.items.emplace(number, old_number);
      }
    }
    result.maps_from = std::move(spec);
  }

  void read_scale(const Json& root, Instrument& result) {
    std::set<std::string> spellings;
    const auto& scale = root.at("scale");
    for (std::size_t i = 0; i < scale.size(); ++i) {
      const Json& entry = scale[i];
      const std::string pointer = child_pointer("/scale", i);
      ScaleOption option;
      option.id = entry.at("id").get<std::string>();
      option.label = text(entry, "label");
      option.points = entry.at("points").get<double>();
      option.counts_toward_max = entry.value("counts_toward_max", true);
      const std::string flag = entry.value("flag", "");
      option.flag = flag == "unknown" ? AnswerFlag::unknown : flag == "not_applicable" ? AnswerFlag::not_applicable : AnswerFlag::none;
      option.aliases = entry.value("aliases", std::vector<std::string>{});
      std::vector<std::string> names = {option.id, option.label.ja};
      names.insert(names.end(), option.aliases.begin(), option.aliases.end());
      for (const auto& name : names) {
        if (!spellings.insert(name).second) {
          m_diagnostics.error(m_tree.at(pointer), fmt::format("scale: '{}' is used by more than one answer choice", name));
        }
      }
      result.scale.push_back(std::move(option));
    }
    if (std::count_if(result.scale.begin(), result.scale.end(), [](const auto& o) { return o.flag == AnswerFlag::unknown; }) > 1) {
      m_diagnostics.error(m_tree.at("/scale"), "scale: at most one answer choice may have flag 'unknown'");
    }
  }

  void check_scale_maximum(const Instrument& result) {
    double best = 0;
    bool any = false;
    for (const auto& option : result.scale) {
      if (option.counts_toward_max && (!any || option.points > best)) best = option.points;
      any = any || option.counts_toward_max;
    }
    if (any && best != result.scoring.max_points_per_item) {
      m_diagnostics.error(m_tree.at("/scoring/max_points_per_item"),
                          fmt::format("scoring.max_points_per_item is {} but the best answer choice scores {}",
                                      result.scoring.max_points_per_item, best));
    }
  }

  void read_bands(const Json& root, Instrument& result) {
    auto bands = root.find("bands");
    if (bands == root.end()) return;
    for (std::size_t i = 0; i < bands->size(); ++i) {
      const Json& entry = (*bands)[i];
      const std::string pointer = child_pointer("/bands", i);
      Band band;
      band.id = entry.at("id").get<std::string>();
      band.min = entry.at("min").get<double>();
      band.max = entry.at("max").get<double>();
      band.status = text(entry, "status");
      band.next = text(entry, "next");
      band.origin = origin(entry, "origin", Origin::official);
      band.via = via(entry, band.origin, pointer);
      band.advice = text(entry, "advice");
      if (band.min > band.max) {
        m_diagnostics.error(m_tree.at(pointer), fmt::format("band '{}': min {} is above max {}", band.id, band.min, band.max));
      }
      for (const auto& other : result.bands) {
        if (band.min <= other.max && other.min <= band.max) {
          m_diagnostics.error(m_tree.at(pointer), fmt::format("band '{}' overlaps band '{}'", band.id, other.id));
        }
      }
      result.bands.push_back(std::move(band));
    }
  }

  void read_parts(const Json& root, Instrument& result) {
    std::set<std::string> part_ids;
    std::set<std::string> numbers;
    std::set<std::string> item_ids;
    const auto& parts = root.at("parts");
    for (std::size_t p = 0; p < parts.size(); ++p) {
      const Json& entry = parts[p];
      const std::string part_pointer = child_pointer("/parts", p);
      Part part;
      part.id = entry.at("id").get<std::string>();
      if (!part_ids.insert(part.id).second) {
        m_diagnostics.error(m_tree.at(part_pointer + "/id"), fmt::format("part id '{}' is used twice", part.id));
      }
      part.title = text(entry, "title");
      part.description = text(entry, "description");
      const auto& items = entry.at("items");
      for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string pointer = child_pointer(part_pointer + "/items", i);
        Item item = read_item(items[i], pointer, result.question_origin);
        if (!numbers.insert(item.number).second) {
          m_diagnostics.error(m_tree.at(pointer + "/number"), fmt::format("item number {} is used twice", item.number));
        }
        if (!item_ids.insert(item.id).second) {
          m_diagnostics.error(m_tree.at(pointer + "/id"), fmt::format("item id '{}' is used twice", item.id));
        }
        part.items.push_back(std::move(item));
      }
      result.parts.push_back(std::move(part));
    }
  }

  Item read_item(const Json& entry, const std::string& pointer, Origin default_origin) {
    Item item;
    item.number = string_or_number_text(entry.at("number"));
    item.id = entry.at("id").get<std::string>();
    item.question = text(entry, "question");
    item.question_origin = origin(entry, "question_origin", default_origin);
    item.source_ref = text(entry, "source_ref");
    item.why = text(entry, "why");
    item.measures = list(entry, "measures", pointer);
    if (auto criteria = entry.find("criteria"); criteria != entry.end()) {
      for (std::size_t c = 0; c < criteria->size(); ++c) {
        const Json& block = (*criteria)[c];
        const std::string block_pointer = child_pointer(pointer + "/criteria", c);
        const Origin block_origin = origin(block, "origin", Origin::official);
        item.criteria.push_back({text(block, "title"), block_origin, via(block, block_origin, block_pointer),
                                 list(block, "points", block_pointer)});
      }
    }
    item.if_neglected = text(entry, "if_neglected");
    if (auto levels = entry.find("levels"); levels != entry.end()) {
      for (const auto& [level, unused] : levels->items()) item.levels[level] = text(*levels, level.c_str());
    }
    if (auto refs = entry.find("refs"); refs != entry.end()) {
      for (const auto& ref : *refs)
        item.refs.push_back({ref.at("instrument").get<std::string>(), string_or_number_text(ref.at("item"))});
    }
    if (auto requirement = entry.find("requirement"); requirement != entry.end())
      item.requirement = string_or_number_text(*requirement);
    if (auto target = entry.find("target"); target != entry.end()) item.target = string_or_number_text(*target);
    return item;
  }

  const JsonTree& m_tree;
  Diagnostics& m_diagnostics;
};

} // namespace

std::optional<questionnaire::Instrument> load_instrument(const JsonTree& tree, Diagnostics& diagnostics,
                                                         const std::string& expected_id) {
  const std::size_t errors_before = diagnostics.error_count();
  Reader reader(tree, diagnostics);
  auto instrument = reader.instrument(expected_id);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return instrument;
}

std::unique_ptr<questionnaire::Instrument> load_instrument_text(const std::string& text, const std::string& display_name,
                                                                 const Schema& schema, Diagnostics& diagnostics,
                                                                 const std::string& expected_id) {
  auto tree = read_yaml(text, display_name, diagnostics);
  if (!tree) return nullptr;
  return load_instrument_tree(*tree, schema, diagnostics, expected_id);
}

std::unique_ptr<questionnaire::Instrument> load_prevalidated_instrument_text(std::string_view text, const std::string& display_name,
                                                                              SchemaCheck form, Diagnostics& diagnostics,
                                                                              const std::string& expected_id) {
  auto tree = read_content(text, display_name, "instrument.schema.json", form, diagnostics);
  if (!tree) return nullptr;
  auto instrument = load_instrument(*tree, diagnostics, expected_id);
  if (!instrument) return nullptr;
  return std::make_unique<questionnaire::Instrument>(std::move(*instrument));
}

std::unique_ptr<questionnaire::Instrument> load_instrument_tree(const JsonTree& tree, const Schema& schema,
                                                                 Diagnostics& diagnostics, const std::string& expected_id) {
  if (!schema.validate(tree, diagnostics)) return nullptr;
  auto instrument = load_instrument(tree, diagnostics, expected_id);
  if (!instrument) return nullptr;
  return std::make_unique<questionnaire::Instrument>(std::move(*instrument));
}

} // namespace secaction::load
