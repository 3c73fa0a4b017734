#pragma once
// The portfolio summary of a batch run: one row per input, as CSV (RFC 4180, formula-safe, like
// every CSV report) or JSON Lines. Rows are rendered one at a time, so a summary of any length is
// written as it goes.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "secaction/report/csv.hpp"

namespace secaction::report {

/// Column name -> value (text, number or null), in column order.
using SummaryRow = nlohmann::ordered_json;

enum class SummaryFormat { csv, jsonl };

/// A number for a summary cell: integers stay integers, anything else is rounded to one decimal.
nlohmann::ordered_json summary_number(double value);

/// What comes before the first row: the CSV header (with --excel's BOM); nothing for JSON Lines.
std::string summary_header(SummaryFormat format, const std::vector<std::string>& columns, ExcelBom bom);

/// One row. CSV takes the cells in `columns` order (a missing or null cell is empty); JSON Lines
/// writes the row as one compact object.
std::string summary_line(SummaryFormat format, const std::vector<std::string>& columns, const SummaryRow& row);

} // namespace secaction::report
