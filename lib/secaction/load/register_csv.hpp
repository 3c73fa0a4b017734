#pragma once
// A register saved from a spreadsheet as CSV (Japanese or English headers) -> the same JSON tree a
// YAML register gives, with the keys of risk/register_columns and a mark at every cell, so one
// schema and one set of checks read both.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "secaction/core/diagnostic.hpp"
#include "secaction/load/json_tree.hpp"

namespace secaction::load {

/// The most assets a register may hold, in CSV or YAML (docs/RELIABILITY.md: what fits in the time
/// and memory bounds on a small machine; an SME's register has tens to hundreds).
inline constexpr std::size_t k_max_register_assets = 20'000;

/// Reads the CSV one record at a time into the tree (never holding every record), with the
/// positions of its cells kept compactly; a register over k_max_register_assets rows is refused
/// at the first row past the limit.
std::optional<JsonTree> register_csv_tree(std::string_view text, const std::string& file, Diagnostics& diagnostics);

/// Spreadsheets in Japan often hold full-width digits and spaces: "３" means 3. The text with them
/// made ASCII, trimmed.
std::string ascii_digits_trimmed(std::string_view text);

/// A list written in one cell or string: split at newlines, ';', ',', '、' and '；', entries trimmed.
std::vector<std::string> split_list(const std::string& text);

} // namespace secaction::load
