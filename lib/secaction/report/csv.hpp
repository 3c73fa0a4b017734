#pragma once
#include <string>
#include <string_view>

#include "secaction/report/document.hpp"

namespace secaction::report {

enum class ExcelBom { no, yes };

/// RFC 4180 CSV of the document's records: CRLF line ends, fields quoted when they hold a comma,
/// quote, CR or LF. Cells that a spreadsheet would run as a formula (starting with =, +, -, @,
/// tab or CR, and not a plain number) get a leading apostrophe. With ExcelBom::yes the output
/// starts with a UTF-8 byte order mark, which Excel on Japanese Windows needs to read UTF-8.
std::string render_csv(const Document& document, ExcelBom bom = ExcelBom::no);

std::string csv_field(std::string_view text);

} // namespace secaction::report
