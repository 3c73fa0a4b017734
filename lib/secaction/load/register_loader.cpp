#include "secaction/load/register_loader.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include <fmt/format.h>

#include "secaction/load/file_kind.hpp"
#include "secaction/core/text.hpp"
#include "secaction/load/json_tree.hpp"
#include "secaction/load/register_checks.hpp"
#include "secaction/load/register_csv.hpp"
#include "secaction/load/schema.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/yaml_reader.hpp"
#include "secaction/risk/register_columns.hpp"

namespace secaction::load {
namespace {

using Json = nlohmann::json;

// What english_keys did to the keys of one asset, by key as it stands in a pointer (escaped):
// renamed (`to`), dropped (a second spelling of a key already given, or a treatment field given
// again under another spelling, which the later one replaces) or, if absent, left alone.
struct KeyMove {
  bool dropped = false;
  std::string to;
  std::map<std::string, KeyMove> treatment_fields; // inside a treatment mapping
};
using AssetKeyMoves = std::map<std::string, KeyMove>;

std::string escaped(std::string_view key) { return child_pointer("", key).substr(1); }

// Moves a mark's pointer "/assets/<i>/<key>[/<field>]..." as the keys moved; false: dropped.
bool move_pointer(const std::vector<AssetKeyMoves>& moves, std::string& pointer) {
  constexpr std::string_view prefix = "/assets/";
  if (!pointer.starts_with(prefix)) return true;
  const std::size_t index_end = pointer.find('/', prefix.size());
  if (index_end == std::string::npos) return true;
  std::size_t index = 0;
  for (std::size_t i = prefix.size(); i < index_end; ++i) {
    if (pointer[i] < '0' || pointer[i] > '9') return true;
    index = index * 10 + static_cast<std::size_t>(pointer[i] - '0');
    if (index >= moves.size()) return true;
  }
  const auto moved_component = [&pointer](std::size_t from, const std::map<std::string, KeyMove>& table) -> const KeyMove* {
    const std::size_t to = std::min(pointer.find('/', from), pointer.size());
    const auto found = table.find(pointer.substr(from, to - from));
    return found == table.end() ? nullptr : &found->second;
  };
  const std::size_t key_from = index_end + 1;
  const KeyMove* key = moved_component(key_from, moves[index]);
  if (key == nullptr) return true;
  if (key->dropped) return false;
  const std::size_t key_to = std::min(pointer.find('/', key_from), pointer.size());
  std::string rest = pointer.substr(key_to);
  if (!rest.empty() && !key->treatment_fields.empty()) {
    if (const KeyMove* field = moved_component(key_to + 1, key->treatment_fields)) {
      if (field->dropped) return false;
      const std::size_t field_to = std::min(pointer.find('/', key_to + 1), pointer.size());
      rest = "/" + field->to + pointer.substr(field_to);
    }
  }
  pointer.replace(key_from, std::string::npos, key->to + rest);
  return true;
}

// Renames the Japanese keys of each asset (and of its treatment) to the schema's English keys, so
// one schema checks both spellings; marks move along so messages still point into the file.
JsonTree english_keys(JsonTree tree, Diagnostics& diagnostics) {
  if (!tree.root().is_object() || !tree.root().contains("assets") || !tree.root()["assets"].is_array()) return tree;
  Json root = tree.take_root();
  Json& assets = root["assets"];
  std::vector<AssetKeyMoves> moves(assets.size());
  for (std::size_t i = 0; i < assets.size(); ++i) {
    if (!assets[i].is_object()) continue;
    const std::string asset_pointer = child_pointer("/assets", i);
    Json renamed = Json::object();
    std::map<std::string, std::string> written_as;
    for (const auto& [key, value] : assets[i].items()) {
      const risk::RegisterColumn* column = risk::find_register_column(risk::register_columns(), key);
      const std::string new_key = column ? column->key : key;
      if (renamed.contains(new_key)) {
        diagnostics.error(tree.key_at(child_pointer(asset_pointer, key)),
                          fmt::format("'{}' is given twice in this asset (also as '{}')", key, written_as[new_key]));
        moves[i][escaped(key)].dropped = true;
        continue;
      }
      written_as[new_key] = key;
      KeyMove move;
      move.to = escaped(new_key);
      Json moved = value;
      if (new_key == "treatment" && moved.is_object()) {
        Json treatment = Json::object();
        std::map<std::string, std::string> field_written_as; // field -> escaped key it was written as
        for (const auto& [inner_key, inner_value] : value.items()) {
          const auto* field = risk::find_treatment_field(inner_key);
          const std::string name = field != nullptr ? field->key : inner_key;
          treatment[name] = inner_value; // a field given twice: the later spelling wins
          if (const auto earlier = field_written_as.find(name); earlier != field_written_as.end()) {
            move.treatment_fields[earlier->second] = KeyMove{true, {}, {}};
          }
          field_written_as[name] = escaped(inner_key);
          if (name != inner_key) move.treatment_fields[escaped(inner_key)] = KeyMove{false, escaped(name), {}};
        }
        moved = std::move(treatment);
      }
      if (new_key != key || !move.treatment_fields.empty()) moves[i][escaped(key)] = std::move(move);
      renamed[new_key] = std::move(moved);
    }
    assets[i] = std::move(renamed);
  }
  tree.set_root(std::move(root));
  // By value: marks read later (a file read without them) move when they are read.
  tree.move_marks([moves = std::move(moves)](std::string& pointer) { return move_pointer(moves, pointer); });
  return tree;
}

const Schema& register_schema() { return shipped_schema("risk-register.schema.json"); }

} // namespace

RegisterFormat register_format_for(const std::string& file_name) {
  std::string lowered = file_name;
  std::transform(lowered.begin(), lowered.end(), lowered.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lowered.ends_with(".csv") ? RegisterFormat::csv : RegisterFormat::yaml;
}

std::optional<risk::Register> load_register(std::string_view text, const std::string& file, RegisterFormat format,
                                            const risk::Edition& edition, const risk::Catalogue& catalogue,
                                            Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  std::optional<JsonTree> tree;
  if (format == RegisterFormat::csv) {
    if (const auto encoding = utf16_encoding(text)) {
      diagnostics.error({file, 1, 1}, fmt::format("file is {}, not UTF-8; save the CSV as UTF-8 (Excel: \"CSV UTF-8\")", *encoding));
      return std::nullopt;
    }
    // A spreadsheet file (.xlsx, .ods) saved under a .csv name: say so instead of reporting its bytes as bad values.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
      const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(nul), '\n');
      diagnostics.error({file, static_cast<int>(line), 1},
                        "file contains a NUL byte; it looks binary (an .xlsx?), not CSV text; save it as CSV UTF-8");
      return std::nullopt;
    }
    if (auto bad = find_invalid_utf8(text)) {
      diagnostics.error(
          {file, bad->line, bad->column},
          "invalid UTF-8; save the CSV as UTF-8 (Excel: \"CSV UTF-8\"), or read Shift_JIS (CP932) with --encoding cp932");
      return std::nullopt;
    }
    // Lines ending in CR alone (classic Mac OS) would read as one row with every cell in it.
    if (const auto end = text.find_first_of("\r\n"); end != std::string_view::npos && text[end] == '\r' &&
                                                      (end + 1 >= text.size() || text[end + 1] != '\n')) {
      const auto column = 1 + std::count_if(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(end),
                                            [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
      diagnostics.error({file, 1, static_cast<int>(column)},
                        "lines end with a carriage return (CR) alone, as old Mac files do; save the CSV with Windows (CRLF) or "
                        "Unix (LF) line endings");
      return std::nullopt;
    }
    tree = register_csv_tree(text, file, diagnostics);
  } else {
    auto read = read_yaml(text, file, diagnostics);
    if (read) {
      if (!read->root().is_object()) {
        diagnostics.error(read->at(""), "expected a register (a mapping with assets:); print one with `secaction risk --template`");
        return std::nullopt;
      }
      if (report_wrong_kind(*read, FileKind::register_file, diagnostics)) return std::nullopt;
      tree = english_keys(std::move(*read), diagnostics);
    }
  }
  if (!tree) return std::nullopt;
  if (const auto& assets = tree->root().find("assets"); assets != tree->root().end() && assets->is_array() &&
                                                          assets->size() > k_max_register_assets) {
    diagnostics.error(tree->at("/assets"), fmt::format("the register has {} assets; secaction reads at most {} per register: split "
                                                       "it into several files",
                                                       assets->size(), k_max_register_assets));
    return std::nullopt;
  }
  register_schema().validate(*tree, diagnostics);
  if (!tree->root().contains("assets")) {
    diagnostics.error(tree->at(""), "no assets: list; print a register with `secaction risk --template`");
  }
  auto reg = check_register(*tree, edition, catalogue, diagnostics);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return reg;
}

std::optional<risk::CountermeasureAnswers> load_countermeasure_answers(std::string_view text, const std::string& file,
                                                                      const risk::Catalogue& catalogue,
                                                                      Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  auto tree = read_yaml(text, file, diagnostics);
  if (!tree) return std::nullopt;
  if (const auto& assets = tree->root().find("assets"); assets != tree->root().end() && assets->is_array() &&
                                                          assets->size() > k_max_register_assets) {
    diagnostics.error(tree->at("/assets"), fmt::format("the register has {} assets; secaction reads at most {} per register: split "
                                                       "it into several files",
                                                       assets->size(), k_max_register_assets));
    return std::nullopt;
  }
  register_schema().validate(*tree, diagnostics);
  const Json& root = tree->root();
  if (!root.is_object() || !root.contains("countermeasures")) {
    diagnostics.error(tree->at(""), "expected countermeasures: (per medium, each countermeasure yes or no)");
    return std::nullopt;
  }
  if (root.contains("assets")) {
    diagnostics.error(tree->key_at("/assets"), "a --measures file holds countermeasures only; give the assets as the register FILE");
  }
  risk::CountermeasureAnswers answers;
  if (root.at("countermeasures").is_object()) answers = check_countermeasures(*tree, catalogue, diagnostics);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return answers;
}

} // namespace secaction::load
