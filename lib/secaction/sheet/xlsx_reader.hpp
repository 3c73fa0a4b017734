#pragma once
// Reading one worksheet of an .xlsx workbook (Office Open XML: a zip of XML parts) held in memory:
// the cells' values as text (shared strings, inline strings, numbers, booleans, and the cached value
// of a formula, never evaluated) and the merged cell ranges. The only user of libzip (through sheet/libzip_library) and expat.
//
// A workbook comes from outside, so the reader is defensive: it refuses an .xls, a CSV or a
// password-protected (encrypted, OLE2) file with "not an .xlsx workbook"; a zip whose entries would
// expand past the limits below (judged from their declared sizes and compression ratios before
// anything is inflated, and checked again while inflating); entry names that climb out of the
// archive; any DTD (so no entity can expand); and shared-string tables, sheets or cell addresses
// past the limits.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "secaction/core/diagnostic.hpp"

namespace secaction::sheet {

struct CellRef {
  int row = 0;    // 1-based
  int column = 0; // 1-based: A = 1
  auto operator<=>(const CellRef&) const = default;
};

struct CellRange {
  CellRef first; // top left
  CellRef last;  // bottom right
  [[nodiscard]] bool contains(CellRef cell) const {
    return cell.row >= first.row && cell.row <= last.row && cell.column >= first.column && cell.column <= last.column;
  }
};

/// "C12"; "C" for a column alone.
std::string cell_name(CellRef cell);
std::string column_name(int column);
std::string range_name(const CellRange& range);
/// "C12" -> {12, 3}; nullopt when it is not a cell address within Excel's 1048576 rows × 16384 columns.
std::optional<CellRef> parse_cell(std::string_view text);
/// "C" -> 3; nullopt when it is not a column (A..XFD).
std::optional<int> parse_column(std::string_view text);

struct Worksheet {
  std::string name;
  std::map<CellRef, std::string> cells; // non-empty cells only, by row then column
  std::vector<CellRange> merged;        // as the sheet lists them
  [[nodiscard]] const std::string* at(CellRef cell) const;
  [[nodiscard]] int last_row() const { return cells.empty() ? 0 : cells.rbegin()->first.row; }
};

struct XlsxLimits {
  std::size_t max_entries = 10000;                       // zip entries
  std::uint64_t max_entry_bytes = 64ULL * 1024 * 1024;   // one entry, inflated
  std::uint64_t max_total_bytes = 256ULL * 1024 * 1024;  // all entries, inflated (as declared)
  std::uint64_t ratio_floor_bytes = 1024ULL * 1024;      // entries at most this large may have any ratio
  double max_ratio = 200;                                // inflated / compressed, above the floor
  std::size_t max_shared_strings = 1000000;
  std::size_t max_cells = 2000000;
};

/// The sheet named `sheet` of the workbook `bytes`; `display_name` names the file in messages.
/// nullopt with diagnostics when the file is not a readable .xlsx workbook, breaks a limit, or has
/// no such sheet (the message lists the sheets it has).
std::optional<Worksheet> read_worksheet(std::string_view bytes, const std::string& display_name, const std::string& sheet,
                                        Diagnostics& diagnostics, const XlsxLimits& limits = {});

/// Loads libzip now (it is opened on first use: sheet/libzip_library). Throws MissingLibrary naming
/// `needed_by` ("import-sheet") when it cannot be loaded.
void require_libzip(std::string_view needed_by);

} // namespace secaction::sheet
