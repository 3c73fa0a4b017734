#pragma once
// One worksheet + its MAP.yaml -> an instrument file (YAML text) whose every text is the sheet's,
// verbatim, tagged official and traced to the workbook by name and SHA-256. Values in, text out:
// the caller reads the files and writes the result (secaction import-sheet).
#include <optional>
#include <string>

#include "secaction/core/diagnostic.hpp"
#include "secaction/sheet/sheet_map.hpp"
#include "secaction/sheet/xlsx_reader.hpp"

namespace secaction::sheet {

struct Workbook {
  std::string display_name; // as given on the command line: messages say BOOK.xlsx:Sheet!C12
  std::string file_name;    // without directories: what the instrument records
  std::string sha256;
};

struct ImportedInstrument {
  std::string id;
  std::string yaml;
  std::size_t items = 0;
};

/// Problems (an empty or repeated id, an empty question, a merged-cell puzzle, a SHA-256 other
/// than the map's) are diagnostics at the cell (BOOK.xlsx:Sheet!C12) or in the map; nullopt
/// when there is any. The result still has to pass the instrument loader (the caller checks).
std::optional<ImportedInstrument> import_sheet(const Worksheet& sheet, const SheetMap& map, const Workbook& workbook,
                                               Diagnostics& diagnostics);

} // namespace secaction::sheet
