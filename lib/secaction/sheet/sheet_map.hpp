#pragma once
// MAP.yaml: how one sheet of an official .xlsx check sheet becomes an instrument (which rows, which
// column holds what, the answer scale, and the instrument's id, title, source and edition).
// schemas/sheet-map.schema.json; docs/CONTENT.md "Importing an official check sheet".
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "secaction/core/diagnostic.hpp"
#include "secaction/core/lang.hpp"

namespace secaction::sheet {

struct TextColumn {
  int column = 0;
  LocalText title; // empty: the header cell's text, else a default title
};

struct SheetMap {
  std::string file; // the map's name, for messages
  std::string sheet;
  int header_row = 0; // 0: none
  int first_data_row = 0;
  int last_row = 0;   // 0: the sheet's last row
  std::set<int> skip_rows;
  // Columns (1-based); 0 when not mapped.
  int id = 0;
  int question = 0;
  int group = 0;
  int requirement_id = 0;
  int requirement = 0;
  int target = 0;
  std::vector<TextColumn> criteria;
  std::vector<TextColumn> guidance;
  std::vector<std::pair<std::string, int>> levels; // level id -> column, in level order
  /// The instrument's scale, scoring and bands as content writes them (a preset resolved to its
  /// choices), and the map's `instrument` block.
  nlohmann::ordered_json scale;
  nlohmann::ordered_json scoring;
  nlohmann::ordered_json bands;
  nlohmann::ordered_json instrument;
  SourceLocation sha256_at; // where the map gives the workbook's SHA-256
};

/// Reads and checks MAP.yaml; nullopt with diagnostics (MAP.yaml:line:col) when it is invalid.
std::optional<SheetMap> load_sheet_map(const std::string& text, const std::string& display_name, Diagnostics& diagnostics);

} // namespace secaction::sheet
