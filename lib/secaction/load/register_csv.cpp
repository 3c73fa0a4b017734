#include "secaction/load/register_csv.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/core/csv_reader.hpp"
#include "secaction/risk/register_columns.hpp"

namespace secaction::load {
namespace {

using Json = nlohmann::json;
using risk::column_label;
using risk::computed_columns;
using risk::csv_only_columns;
using risk::find_register_column;
using risk::register_columns;
using risk::register_name_matches;
using risk::RegisterColumn;

bool is_level_column(const std::string& key) {
  return key == "confidentiality" || key == "integrity" || key == "availability" || key == "threat" || key == "vulnerability";
}

bool is_rating_column(const std::string& key) { return key == "confidentiality" || key == "integrity" || key == "availability"; }

} // namespace

std::string ascii_digits_trimmed(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    // U+FF10..U+FF19 are EF BC 90..99 in UTF-8; U+3000 (ideographic space) is E3 80 80.
    if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xEF && static_cast<unsigned char>(text[i + 1]) == 0xBC &&
        static_cast<unsigned char>(text[i + 2]) >= 0x90 && static_cast<unsigned char>(text[i + 2]) <= 0x99) {
      out += static_cast<char>('0' + (static_cast<unsigned char>(text[i + 2]) - 0x90));
      i += 2;
    } else if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE3 &&
               static_cast<unsigned char>(text[i + 1]) == 0x80 && static_cast<unsigned char>(text[i + 2]) == 0x80) {
      out += ' ';
      i += 2;
    } else {
      out += text[i];
    }
  }
  const auto first = out.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return out.substr(first, out.find_last_not_of(" \t\r\n") - first + 1);
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> items;
  std::string current;
  auto flush = [&] {
    auto trimmed = ascii_digits_trimmed(current);
    if (!trimmed.empty()) items.push_back(trimmed);
    current.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Separators: newline, ';', ',', and the Japanese 、 (E3 80 81) and ； (EF BC 9B).
    if (text[i] == '\n' || text[i] == ';' || text[i] == ',') {
      flush();
    } else if (text.compare(i, 3, "\xE3\x80\x81") == 0 || text.compare(i, 3, "\xEF\xBC\x9B") == 0) {
      flush();
      i += 2;
    } else {
      current += text[i];
    }
  }
  flush();
  return items;
}

namespace {

// Where every cell of the accepted rows is, kept compactly (8 bytes a cell) and looked up by JSON
// pointer ("/assets/12/confidentiality"), instead of two map entries a cell.
struct CsvPositions {
  int header_line = 1;
  std::size_t columns = 0;
  std::vector<int> row_lines;                  // asset index -> line of its record
  std::vector<Mark> cells;                     // asset index * columns + column -> where the cell starts
  std::unordered_map<std::string, std::size_t> column_of; // "confidentiality", "treatment/option", "treatment" -> column

  std::optional<Mark> lookup(const std::string& pointer) const {
    if (pointer.empty()) return Mark{1, 1};
    static constexpr std::string_view k_assets = "/assets";
    if (pointer == k_assets) return Mark{header_line, 1};
    if (pointer.compare(0, k_assets.size() + 1, "/assets/") != 0) return std::nullopt;
    std::size_t at = k_assets.size() + 1;
    std::size_t index = 0;
    const std::size_t digits_start = at;
    while (at < pointer.size() && pointer[at] >= '0' && pointer[at] <= '9') index = index * 10 + static_cast<std::size_t>(pointer[at++] - '0');
    if (at == digits_start || index >= row_lines.size()) return std::nullopt;
    if (at == pointer.size()) return Mark{row_lines[index], 1};
    const std::string member = pointer.substr(at + 1); // "confidentiality", "treatment/option", "personal_information/0"
    auto column = column_of.find(member);
    if (column == column_of.end()) return std::nullopt; // the lookup walks up to the cell
    return cells[index * columns + column->second];
  }
};

} // namespace

std::optional<JsonTree> register_csv_tree(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  CsvReader reader(text, file, diagnostics);
  CsvRecord header;
  if (!reader.next(header)) {
    if (diagnostics.error_count() > errors_before) return std::nullopt;
    diagnostics.error({file, 1, 1}, "file is empty; the first row must be the header (情報資産名称, 媒体・保存先, 機密性, …)");
    return std::nullopt;
  }
  std::vector<const RegisterColumn*> by_index;
  std::vector<std::string> valid;
  for (const auto& column : register_columns()) valid.push_back(column.japanese());
  for (const auto& column : csv_only_columns()) valid.push_back(column.japanese());
  bool header_ok = true;
  std::map<std::string, const CsvField*> seen;
  for (const auto& field : header.fields) {
    const RegisterColumn* column = find_register_column(register_columns(), field.text);
    if (column == nullptr) column = find_register_column(csv_only_columns(), field.text);
    const std::string written = ascii_digits_trimmed(field.text);
    const bool computed = std::any_of(computed_columns().begin(), computed_columns().end(),
                                      [&](const std::string& name) { return register_name_matches(written, name); });
    if (column == nullptr && !computed) {
      diagnostics.error({file, field.line, field.column},
                        fmt::format("unknown column '{}'; valid columns: {} (or their English names)", written, fmt::join(valid, ", ")));
      header_ok = false;
    } else if (column != nullptr) {
      if (auto previous = seen.find(column->key); previous != seen.end()) {
        diagnostics.error({file, field.line, field.column},
                          fmt::format("column {} is given twice (first at column {})", column_label(*column), previous->second->column));
        header_ok = false;
        column = nullptr;
      } else {
        seen.emplace(column->key, &field);
      }
    }
    by_index.push_back(column);
  }
  for (const auto& column : register_columns()) {
    if (column.required && !seen.count(column.key)) {
      diagnostics.error({file, header.line, 1}, fmt::format("missing column {}; a register needs 情報資産名称, 媒体・保存先, 機密性, "
                                                            "完全性 and 可用性", column_label(column)));
      header_ok = false;
    }
  }
  if (!header_ok) {
    // Still read the rows (keeping none), so a quote never closed below is reported with the header.
    CsvRecord skipped;
    while (reader.next(skipped)) {}
    return std::nullopt;
  }

  auto positions = std::make_shared<CsvPositions>();
  positions->header_line = header.line;
  positions->columns = header.fields.size();
  for (std::size_t c = 0; c < by_index.size(); ++c) {
    if (by_index[c] == nullptr) continue;
    const std::string& key = by_index[c]->key;
    if (key == "treatment" || key == "treatment_reason" || key == "treatment_measures") {
      positions->column_of.emplace("treatment/" + std::string(key == "treatment" ? "option" : key == "treatment_reason" ? "reason" : "measures"), c);
      positions->column_of.emplace("treatment", c); // the first treatment column stands for the whole
    } else {
      positions->column_of.emplace(key, c);
    }
  }

  Json assets = Json::array();
  bool rows_ok = true;
  CsvRecord record;
  std::size_t rows = 0;
  // Each record becomes an asset as it is read: the records are never all held at once, and a
  // register over the row limit is refused at the first row past it.
  while (reader.next(record)) {
    if (++rows > k_max_register_assets) {
      diagnostics.error({file, record.line, 1}, fmt::format("the register has more than {} rows; secaction reads at most {} assets "
                                                            "per register: split it into several files",
                                                            k_max_register_assets, k_max_register_assets));
      return std::nullopt;
    }
    if (record.fields.size() != header.fields.size()) {
      const CsvField& last = record.fields.back();
      diagnostics.error({file, record.line, record.fields.size() < header.fields.size() ? last.column : record.fields[header.fields.size()].column},
                        fmt::format("row has {} fields but the header has {}; a column is {} (check for a missing or extra comma)",
                                    record.fields.size(), header.fields.size(),
                                    record.fields.size() < header.fields.size() ? "missing" : "extra"));
      rows_ok = false;
      continue;
    }
    positions->row_lines.push_back(record.line);
    Json asset = Json::object();
    Json treatment = Json::object();
    for (std::size_t c = 0; c < record.fields.size(); ++c) {
      const CsvField& field = record.fields[c];
      positions->cells.push_back({field.line, field.column});
      if (by_index[c] == nullptr) continue;
      const std::string& key = by_index[c]->key;
      const std::string value = ascii_digits_trimmed(field.text);
      if (value.empty() && is_rating_column(key)) {
        // A blank 機密性/完全性/可用性 stays as null, so the register check names the asset and the column
        // (its position comes from the cell table, like every other cell's).
        asset[key] = nullptr;
        continue;
      }
      if (value.empty()) continue;
      if (key == "treatment" || key == "treatment_reason" || key == "treatment_measures") {
        const std::string inner = key == "treatment" ? "option" : key == "treatment_reason" ? "reason" : "measures";
        treatment[inner] = inner == "measures" ? Json(split_list(field.text)) : Json(value);
        continue;
      }
      if (is_level_column(key) && std::all_of(value.begin(), value.end(), [](unsigned char ch) { return std::isdigit(ch) != 0; }) &&
          value.size() < 4) {
        asset[key] = std::stoi(value);
      } else if (key == "personal_information") {
        asset[key] = split_list(value);
      } else {
        asset[key] = value;
      }
    }
    if (!treatment.empty()) asset["treatment"] = std::move(treatment);
    assets.push_back(std::move(asset));
  }
  // A malformed quote leaves a field cut short: report the row problems, not the cell values.
  if (!rows_ok || diagnostics.error_count() > errors_before) return std::nullopt;
  JsonTree tree(file, Json{{"assets", std::move(assets)}});
  tree.set_mark_lookup([positions](const std::string& pointer) { return positions->lookup(pointer); });
  return tree;
}

} // namespace secaction::load
