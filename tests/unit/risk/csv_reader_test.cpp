#include <doctest/doctest.h>

#include "secaction/core/csv_reader.hpp"

using namespace secaction;

namespace {

std::vector<std::vector<std::string>> texts(const std::vector<CsvRecord>& records) {
  std::vector<std::vector<std::string>> out;
  for (const auto& record : records) {
    std::vector<std::string> row;
    for (const auto& field : record.fields) row.push_back(field.text);
    out.push_back(row);
  }
  return out;
}

std::string first_error(const Diagnostics& diagnostics) {
  return diagnostics.empty() ? std::string() : format_diagnostic(diagnostics.all().front());
}

} // namespace

TEST_CASE("CSV: plain and quoted fields, doubled quotes, commas inside quotes") {
  Diagnostics d;
  auto records = read_csv("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\n", "t.csv", d);
  CHECK(d.empty());
  CHECK(texts(records) == std::vector<std::vector<std::string>>{{"a", "b", "c"}, {"x, y", "say \"hi\"", ""}});
}

TEST_CASE("CSV: embedded newlines, CRLF and a byte order mark") {
  Diagnostics d;
  auto records = read_csv("\xEF\xBB\xBFname,note\r\n資産,\"line 1\r\nline 2\"\r\nnext,x\r\n", "t.csv", d);
  CHECK(d.empty());
  CHECK(texts(records) == std::vector<std::vector<std::string>>{{"name", "note"}, {"資産", "line 1\nline 2"}, {"next", "x"}});
  CHECK(records[2].line == 4); // the quoted newline counts as a line
  CHECK(records[1].fields[1].column == 4); // columns count characters, not bytes
}

TEST_CASE("CSV: blank lines are skipped; a final line without newline is read") {
  Diagnostics d;
  auto records = read_csv("a\n\n\nb", "t.csv", d);
  CHECK(d.empty());
  CHECK(texts(records) == std::vector<std::vector<std::string>>{{"a"}, {"b"}});
  CHECK(records[1].line == 4);
}

TEST_CASE("CSV: a stray quote is an error with line and column, and later errors are reported too") {
  Diagnostics d;
  auto records = read_csv("a,b\nok,ab\"c\n\"x\"y,z\n", "reg.csv", d);
  CHECK(records.size() == 3); // the rest of the file is still read
  REQUIRE(d.error_count() == 2);
  CHECK(first_error(d).rfind("reg.csv:2:6: error: stray double quote", 0) == 0);
  CHECK(format_diagnostic(d.all()[1]).rfind("reg.csv:3:4: error: text after the closing double quote", 0) == 0);
}

TEST_CASE("CSV: an unclosed quote points at where the field starts") {
  Diagnostics d;
  read_csv("a,b\n1,\"never closed\n2,3\n", "reg.csv", d);
  CHECK(first_error(d) == "reg.csv:2:3: error: quoted field is never closed; add the closing double quote");
}

#include <random>

TEST_CASE("CSV: random inputs never crash, and positions stay inside the text (a small deterministic fuzz)") {
  const std::vector<std::string> pieces = {",", "\"", "\"\"", "\r", "\n", "\r\n", "a", "あ", " ", "\xEF\xBB\xBF"};
  std::mt19937 random(20261120U);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const auto length = random() % 24;
    for (unsigned i = 0; i < length; ++i) text += pieces[random() % pieces.size()];
    Diagnostics d;
    const auto records = read_csv(text, "fuzz.csv", d);
    int lines = 1;
    for (char c : text) lines += c == '\n' ? 1 : 0;
    for (const auto& record : records) {
      CHECK(record.line >= 1);
      CHECK(record.line <= lines);
      CHECK_FALSE(record.fields.empty());
    }
    for (const auto& diagnostic : d.all()) {
      CHECK(diagnostic.where.line >= 1);
      CHECK(diagnostic.where.line <= lines);
      CHECK(diagnostic.where.column >= 1);
    }
  }
}

TEST_CASE("CSV reader: one record at a time, blank lines skipped, lines and columns kept") {
  Diagnostics d;
  const std::string text = "\xEF\xBB\xBF" "a,b\r\n\r\n\"x\ny\",z\nlast,1";
  CsvReader reader(text, "t.csv", d);
  CsvRecord record;
  REQUIRE(reader.next(record));
  CHECK(record.line == 1);
  REQUIRE(reader.next(record));
  CHECK(record.line == 3);
  CHECK(record.fields.size() == 2);
  CHECK(record.fields[0].text == "x\ny");
  CHECK(record.fields[1].line == 4);
  CHECK(record.fields[1].column == 4);
  REQUIRE(reader.next(record));
  CHECK(record.line == 5);
  CHECK(record.fields[0].text == "last");
  CHECK_FALSE(reader.next(record));
  CHECK(d.empty());
}
