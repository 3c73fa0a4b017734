#include "secaction/report/summary.hpp"

#include <iterator>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/core/text.hpp"

namespace secaction::report {
namespace {

// An object cell (a checklist's groups) as "id=score/max; …": readable in a spreadsheet, while
// JSON Lines keeps the object.
std::string object_text(const nlohmann::ordered_json& value) {
  std::vector<std::string> parts;
  for (const auto& [key, member] : value.items()) {
    std::string text;
    if (member.is_object() && member.contains("score") && member.contains("max")) {
      text = format_number(member.at("score").get<double>()) + "/" + format_number(member.at("max").get<double>());
    } else if (member.is_string()) {
      text = member.get<std::string>();
    } else {
      text = member.dump();
    }
    parts.push_back(key + "=" + text);
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

std::string csv_cell(const nlohmann::ordered_json& value) {
  if (value.is_null()) return "";
  if (value.is_object()) return csv_field(object_text(value));
  if (value.is_string()) return csv_field(value.get<std::string>());
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  if (value.is_number()) return format_number(value.get<double>());
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  return csv_field(value.dump());
}

void append_record(std::string& out, const std::vector<std::string>& cells) {
  fmt::format_to(std::back_inserter(out), "{}\r\n", fmt::join(cells, ","));
}

} // namespace

std::string summary_header(SummaryFormat format, const std::vector<std::string>& columns, ExcelBom bom) {
  if (format == SummaryFormat::jsonl) return "";
  std::string out = bom == ExcelBom::yes ? "\xEF\xBB\xBF" : "";
  std::vector<std::string> cells;
  cells.reserve(columns.size());
  for (const auto& column : columns) cells.push_back(csv_field(column));
  append_record(out, cells);
  return out;
}

std::string summary_line(SummaryFormat format, const std::vector<std::string>& columns, const SummaryRow& row) {
  if (format == SummaryFormat::jsonl) return row.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  std::vector<std::string> cells;
  cells.reserve(columns.size());
  for (const auto& column : columns) {
    const auto found = row.find(column);
    cells.push_back(found == row.end() ? std::string() : csv_cell(*found));
  }
  std::string out;
  append_record(out, cells);
  return out;
}

} // namespace secaction::report
