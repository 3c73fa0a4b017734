#include "secaction/core/csv_reader.hpp"

#include <memory>

namespace secaction {
namespace {

// Columns count characters, not bytes, as an editor shows them: UTF-8 continuation bytes do not
// start a new column.
bool starts_character(char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }

} // namespace

class CsvReader::Parser {
public:
  Parser(std::string_view text, const std::string& file, Diagnostics& diagnostics)
      : m_text(text), m_file(file), m_diagnostics(diagnostics) {}

  // The next record (blank lines skipped); false at the end of the text.
  bool next(CsvRecord& record) {
    while (m_pos < m_text.size() && at_line_end()) skip_line_end(); // blank lines
    if (m_pos >= m_text.size()) return false;
    record.fields.clear();
    record.line = m_line;
    bool more = true;
    while (more) {
      record.fields.push_back(parse_field());
      if (m_pos < m_text.size() && m_text[m_pos] == ',') {
        advance();
      } else {
        more = false;
      }
    }
    if (at_line_end()) skip_line_end();
    return true;
  }


private:
  [[nodiscard]] bool at_line_end() const {
    return m_pos < m_text.size() && (m_text[m_pos] == '\n' || (m_text[m_pos] == '\r' && peek_is('\n')));
  }
  [[nodiscard]] bool peek_is(char c) const { return m_pos + 1 < m_text.size() && m_text[m_pos + 1] == c; }

  void skip_line_end() {
    if (m_text[m_pos] == '\r') ++m_pos;
    ++m_pos;
    ++m_line;
    m_column = 1;
  }

  void advance() {
    const char c = m_text[m_pos++];
    if (c == '\n') {
      ++m_line;
      m_column = 1;
    } else if (m_pos >= m_text.size() || starts_character(m_text[m_pos])) {
      ++m_column;
    }
  }

  void error(int line, int column, std::string message) {
    m_diagnostics.error({m_file, line, column}, std::move(message));
  }

  CsvField parse_field() {
    CsvField field{{}, m_line, m_column};
    if (m_pos < m_text.size() && m_text[m_pos] == '"') return parse_quoted(field);
    while (m_pos < m_text.size() && m_text[m_pos] != ',' && !at_line_end()) {
      if (m_text[m_pos] == '"') {
        error(m_line, m_column, "stray double quote inside an unquoted field; enclose the whole field in quotes "
                                "and write a quote inside it as \"\"");
        skip_to_field_end();
        return field;
      }
      field.text += m_text[m_pos];
      advance();
    }
    return field;
  }

  CsvField parse_quoted(CsvField field) {
    advance(); // the opening quote
    while (true) {
      if (m_pos >= m_text.size()) {
        error(field.line, field.column, "quoted field is never closed; add the closing double quote");
        return field;
      }
      const char c = m_text[m_pos];
      if (c == '"') {
        if (peek_is('"')) {
          field.text += '"';
          advance();
          advance();
          continue;
        }
        advance(); // the closing quote
        break;
      }
      if (c == '\r' && peek_is('\n')) { // CRLF inside a field is one line break
        ++m_pos;
        continue;
      }
      field.text += c;
      advance();
    }
    if (m_pos < m_text.size() && m_text[m_pos] != ',' && !at_line_end()) {
      error(m_line, m_column, "text after the closing double quote; a quote inside a quoted field is written as \"\"");
      skip_to_field_end();
    }
    return field;
  }

  // After an error, go on at the next field so the rest of the file is still checked.
  void skip_to_field_end() {
    while (m_pos < m_text.size() && m_text[m_pos] != ',' && !at_line_end()) advance();
  }

  std::string_view m_text;
  const std::string& m_file;
  Diagnostics& m_diagnostics;
  std::size_t m_pos = 0;
  int m_line = 1;
  int m_column = 1;
};


CsvReader::CsvReader(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  m_parser = std::make_unique<Parser>(text, file, diagnostics);
}

CsvReader::~CsvReader() = default;

bool CsvReader::next(CsvRecord& record) { return m_parser->next(record); }

std::vector<CsvRecord> read_csv(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  CsvReader reader(text, file, diagnostics);
  std::vector<CsvRecord> records;
  CsvRecord record;
  while (reader.next(record)) records.push_back(std::move(record));
  return records;
}

} // namespace secaction
