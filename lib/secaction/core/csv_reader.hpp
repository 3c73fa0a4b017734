#pragma once
// A small RFC 4180 CSV reader that remembers where every field starts, so problems in a register
// exported from a spreadsheet can be reported as file:line:col. Hand-written rather than taken from
// Debian's libcsv because libcsv reports neither the line nor the column of a malformed field.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "secaction/core/diagnostic.hpp"

namespace secaction {

struct CsvField {
  std::string text;
  int line = 0;   // 1-based line where the field starts
  int column = 0; // 1-based column (in characters) where the field starts
};

struct CsvRecord {
  std::vector<CsvField> fields;
  int line = 0; // 1-based line where the record starts
};

/// Parses `text` as CSV: fields separated by commas, records by LF or CRLF, fields optionally
/// enclosed in double quotes (a quote inside is written twice; quoted fields may hold commas and
/// newlines). A leading UTF-8 byte order mark (Excel's "CSV UTF-8") is skipped; blank lines are
/// skipped. A quote inside an unquoted field, text after a closing quote and an unclosed quote are
/// errors; every one is reported to `diagnostics` with `file`, line and column. The records are
/// returned even then (a bad field is cut short where the error is), so callers can go on to
/// report problems in other rows; check `diagnostics` to know whether the text was valid.
std::vector<CsvRecord> read_csv(std::string_view text, const std::string& file, Diagnostics& diagnostics);

/// The same parsing one record at a time, so a caller can turn each record into its model and
/// stop early (at a row limit) without ever holding every record.
class CsvReader {
public:
  /// `text` and `file` must outlive the reader.
  CsvReader(std::string_view text, const std::string& file, Diagnostics& diagnostics);
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;
  /// Fills `record` with the next record; false at the end of the text.
  bool next(CsvRecord& record);

private:
  class Parser;
  std::unique_ptr<Parser> m_parser;
};

} // namespace secaction
