#include "secaction/sheet/sheet_map.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "secaction/load/local_text.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/yaml_reader.hpp"
#include "secaction/sheet/xlsx_reader.hpp"

namespace secaction::sheet {
namespace {

using Json = nlohmann::json;
using Ordered = nlohmann::ordered_json;

Ordered text(const char* ja, const char* en) { return Ordered{{"ja", ja}, {"en", en}}; }

// Whole points are written as integers (1, not 1.0).
Ordered option(const std::string& id, Ordered label, double points) {
  const Ordered written = points == static_cast<double>(static_cast<long long>(points)) ? Ordered(static_cast<long long>(points))
                                                                                       : Ordered(points);
  return Ordered{{"id", id}, {"label", std::move(label)}, {"points", written}};
}

Ordered not_applicable() {
  Ordered na = option("na", text("該当しない", "Not applicable"), 0);
  na["counts_toward_max"] = false;
  na["flag"] = "not_applicable";
  return na;
}

// The preset scales: their labels are secaction's words (the official sheets name the answers in
// their own ways; an answer file may use the id, either label or an alias).
struct Preset {
  Ordered scale;
  Ordered scoring;
};

std::optional<Preset> preset(const std::string& name) {
  Preset result;
  if (name == "yes-partial-no") {
    Ordered yes = option("yes", text("実施している", "Done"), 1);
    yes["aliases"] = Ordered::array({"はい", "○"});
    Ordered no = option("no", text("実施していない", "Not done"), 0);
    no["aliases"] = Ordered::array({"いいえ", "×"});
    result.scale = Ordered::array({yes, option("partial", text("一部実施している", "Partly done"), 0.5), no, not_applicable()});
    result.scoring = {{"method", "completion"}, {"max_points_per_item", 1}, {"band_basis", "percent"}};
  } else if (name == "maturity-5") {
    result.scale = Ordered::array();
    for (int level = 1; level <= 5; ++level) {
      result.scale.push_back(option(std::to_string(level),
                                    Ordered{{"ja", fmt::format("レベル{}", level)}, {"en", fmt::format("Level {}", level)}}, level));
    }
    result.scale.push_back(not_applicable());
    result.scoring = {{"method", "maturity"}, {"max_points_per_item", 5}, {"band_basis", "percent"}};
  } else if (name == "met-not-met") {
    Ordered met = option("met", text("満たしている", "Met"), 1);
    met["aliases"] = Ordered::array({"はい", "○"});
    Ordered unmet = option("unmet", text("満たしていない", "Not met"), 0);
    unmet["aliases"] = Ordered::array({"いいえ", "×"});
    result.scale = Ordered::array({met, unmet, not_applicable()});
    result.scoring = {{"method", "all-met"}, {"max_points_per_item", 1}, {"band_basis", "percent"}};
  } else {
    return std::nullopt;
  }
  return result;
}

class Reader {
public:
  Reader(const load::JsonTree& tree, Diagnostics& diagnostics) : m_tree(tree), m_diagnostics(diagnostics) {}

  SheetMap read() {
    const Json& root = m_tree.root();
    SheetMap map;
    map.file = m_tree.file();
    map.sheet = root.at("sheet").get<std::string>();
    map.header_row = root.value("header_row", 0);
    map.first_data_row = root.value("first_data_row", map.header_row + 1);
    map.last_row = root.value("last_row", 0);
    if (map.header_row > 0 && map.first_data_row <= map.header_row) {
      m_diagnostics.error(m_tree.at("/first_data_row"), fmt::format("first_data_row {} must come after header_row {}", map.first_data_row,
                                                                   map.header_row));
    }
    if (map.last_row > 0 && map.last_row < map.first_data_row) {
      m_diagnostics.error(m_tree.at("/last_row"), fmt::format("last_row {} comes before the first data row {}", map.last_row,
                                                             map.first_data_row));
    }
    for (const auto& row : root.value("skip_rows", Json::array())) map.skip_rows.insert(row.get<int>());
    read_columns(root.at("columns"), map);
    read_scale(root, map);
    if (auto bands = root.find("bands"); bands != root.end()) map.bands = Ordered::parse(bands->dump());
    map.instrument = Ordered::parse(root.at("instrument").dump());
    // Texts ja first, as content writes them (the tree read from YAML keeps keys sorted).
    for (auto& [key, value] : map.instrument.items()) {
      if (value.is_object() && value.contains("ja") && value.contains("en") && value.size() == 2) {
        value = Ordered{{"ja", value.at("ja")}, {"en", value.at("en")}};
      }
    }
    map.sha256_at = m_tree.at("/instrument/sha256");
    return map;
  }

private:
  int column(const Json& columns, const char* key, std::vector<std::pair<int, std::string>>& used) {
    auto found = columns.find(key);
    if (found == columns.end()) return 0;
    return note_column(*found, fmt::format("columns.{}", key), load::child_pointer("/columns", key), used);
  }

  int note_column(const Json& value, const std::string& what, const std::string& pointer, std::vector<std::pair<int, std::string>>& used) {
    const auto parsed = parse_column(value.get<std::string>());
    if (!parsed) {
      m_diagnostics.error(m_tree.at(pointer), fmt::format("{}: '{}' is not a column (A to XFD)", what, value.get<std::string>()));
      return 0;
    }
    for (const auto& [other, other_what] : used) {
      if (other == *parsed) {
        m_diagnostics.error(m_tree.at(pointer), fmt::format("{}: column {} is already {}; each column has one role", what,
                                                           column_name(*parsed), other_what));
      }
    }
    used.emplace_back(*parsed, what);
    return *parsed;
  }

  std::vector<TextColumn> text_columns(const Json& columns, const char* key, std::vector<std::pair<int, std::string>>& used) {
    std::vector<TextColumn> result;
    auto found = columns.find(key);
    if (found == columns.end()) return result;
    for (std::size_t i = 0; i < found->size(); ++i) {
      const Json& entry = (*found)[i];
      const std::string pointer = load::child_pointer(load::child_pointer("/columns", key), i);
      TextColumn text_column;
      if (entry.is_string()) {
        text_column.column = note_column(entry, fmt::format("columns.{}", key), pointer, used);
      } else {
        text_column.column = note_column(entry.at("column"), fmt::format("columns.{}", key), pointer + "/column", used);
        text_column.title = load::local_text(entry, "title");
      }
      result.push_back(std::move(text_column));
    }
    return result;
  }

  void read_columns(const Json& columns, SheetMap& map) {
    std::vector<std::pair<int, std::string>> used;
    map.id = column(columns, "id", used);
    map.question = column(columns, "question", used);
    map.group = column(columns, "group", used);
    map.requirement_id = column(columns, "requirement_id", used);
    map.requirement = column(columns, "requirement", used);
    map.target = column(columns, "target", used);
    map.criteria = text_columns(columns, "criteria", used);
    map.guidance = text_columns(columns, "guidance", used);
    if (auto levels = columns.find("levels"); levels != columns.end()) {
      for (const auto& [level, value] : levels->items()) {
        map.levels.emplace_back(level, note_column(value, "columns.levels." + level,
                                                   load::child_pointer("/columns/levels", level), used));
      }
      std::sort(map.levels.begin(), map.levels.end(), [](const auto& a, const auto& b) { return std::stoi(a.first) < std::stoi(b.first); });
    }
    if ((map.requirement != 0) && map.requirement_id == 0) {
      m_diagnostics.error(m_tree.at("/columns/requirement"), "columns.requirement needs columns.requirement_id");
    }
  }

  void read_scale(const Json& root, SheetMap& map) {
    const Json& scale = root.at("scale");
    Ordered scoring;
    if (scale.is_string()) {
      auto chosen = preset(scale.get<std::string>());
      map.scale = std::move(chosen->scale); // the schema admits only the presets' names
      scoring = std::move(chosen->scoring);
    } else {
      map.scale = Ordered::parse(scale.dump());
      if (!root.contains("scoring") || !root.at("scoring").contains("method") || !root.at("scoring").contains("max_points_per_item")) {
        m_diagnostics.error(m_tree.at("/scale"), "a scale of your own needs scoring.method and scoring.max_points_per_item");
      }
      scoring = {{"band_basis", "percent"}};
    }
    if (auto given = root.find("scoring"); given != root.end()) {
      for (const auto& [key, value] : given->items()) scoring[key] = Ordered::parse(value.dump());
    }
    if (scoring.contains("target_level") && scoring.at("target_level").is_number_integer()) {
      scoring["target_level"] = std::to_string(scoring.at("target_level").get<long long>());
    }
    const bool maturity = scoring.value("method", "") == "maturity";
    if (!maturity && (map.target != 0 || scoring.contains("target_level"))) {
      m_diagnostics.error(m_tree.at("/scale"), "target levels (columns.target, scoring.target_level) go with the maturity scale");
    }
    if (!map.levels.empty() && !maturity) {
      m_diagnostics.error(m_tree.at("/columns/levels"), "columns.levels goes with the maturity scale");
    }
    map.scoring = std::move(scoring);
  }

  const load::JsonTree& m_tree;
  Diagnostics& m_diagnostics;
};

} // namespace

std::optional<SheetMap> load_sheet_map(const std::string& text, const std::string& display_name, Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  auto tree = load::read_yaml(text, display_name, diagnostics);
  if (!tree || diagnostics.error_count() != errors_before) return std::nullopt;
  if (!tree->root().is_object()) {
    diagnostics.error(tree->at(""), "expected a sheet map (a mapping with schema: secaction.sheet-map/v1); see docs/CONTENT.md");
    return std::nullopt;
  }
  if (!load::shipped_schema("sheet-map.schema.json").validate(*tree, diagnostics)) return std::nullopt;
  Reader reader(*tree, diagnostics);
  auto map = reader.read();
  if (diagnostics.error_count() != errors_before) return std::nullopt;
  return map;
}

} // namespace secaction::sheet
