#include "secaction/report/summary.hpp"

#include <iterator>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/core/text.hpp"

namespace secaction::report {
namespace {

std::string csv_cell(const nlohmann::ordered_json& value) {
  if (value.is_null()) return "";
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
