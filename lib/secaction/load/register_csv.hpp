#pragma once
// A register saved from a spreadsheet as CSV (Japanese or English headers) -> the same JSON tree a
// YAML register gives, with the keys of risk/register_columns and a mark at every cell, so one
// schema and one set of checks read both.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "secaction/core/diagnostic.hpp"
#include "secaction/load/json_tree.hpp"

namespace secaction::load {

std::optional<JsonTree> register_csv_tree(std::string_view text, const std::string& file, Diagnostics& diagnostics);

/// Spreadsheets in Japan often hold full-width digits and spaces: "３" means 3. The text with them
/// made ASCII, trimmed.
std::string ascii_digits_trimmed(std::string_view text);

/// A list written in one cell or string: split at newlines, ';', ',', '、' and '；', entries trimmed.
std::vector<std::string> split_list(const std::string& text);

} // namespace secaction::load
