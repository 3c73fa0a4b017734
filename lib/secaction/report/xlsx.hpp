#pragma once
// A report as an Excel workbook (--format xlsx), written with libxlsxwriter (a Debian package):
//   a summary sheet: the title, the band (coloured, with its label), every field of the report's
//     field lists that are not about one item, and its tables (subtotals by part, …), each under
//     its heading;
//   an items sheet: the report's records (the rows the CSV format writes) with a frozen header
//     row and an autofilter.
// Numbers are numbers, dates are dates, percentages are percentages; every other cell is written
// as a string, so no text (a note "=HYPERLINK(…)") can become a formula.
#include <string>
#include <string_view>

#include "secaction/report/document.hpp"

namespace secaction::report {

struct XlsxOptions {
  std::string lang = "ja";            // the sheets' names
  long long created_unix = 315532800; // the creation time in the file's properties (default 1980-01-01)
  std::string temp_dir;               // where libxlsxwriter may put its own temporary files
};

/// Writes the workbook of `document` to `path` (libxlsxwriter writes files, not memory). The same
/// document and options give the same bytes. Throws std::runtime_error when it cannot be written.
void write_xlsx(const Document& document, const XlsxOptions& options, const std::string& path);

/// Loads libxlsxwriter now (it is opened on first use): a command asked for a workbook checks it
/// before anything is read or written. Throws MissingLibrary naming `needed_by` ("--format xlsx").
void require_xlsxwriter(std::string_view needed_by);

} // namespace secaction::report
