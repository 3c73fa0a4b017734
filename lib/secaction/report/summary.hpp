#pragma once
// The portfolio summary of a batch run: one row per input, as CSV (RFC 4180, formula-safe, like
// every CSV report) or JSON Lines. Rows are rendered one at a time, so a summary of any length is
// written as it goes.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "secaction/report/csv.hpp"

namespace secaction::report {

/// Column name -> value (text, number or null), in column order. Numbers follow report::json_number
/// with one decimal, as the reports print them.
using SummaryRow = nlohmann::ordered_json;

enum class SummaryFormat { csv, jsonl };

/// What comes before the first row: the CSV header (with --excel's BOM); nothing for JSON Lines.
std::string summary_header(SummaryFormat format, const std::vector<std::string>& columns, ExcelBom bom);

/// One row. CSV takes the cells in `columns` order (a missing or null cell is empty); JSON Lines
/// writes the row as one compact object.
std::string summary_line(SummaryFormat format, const std::vector<std::string>& columns, const SummaryRow& row);

} // namespace secaction::report
