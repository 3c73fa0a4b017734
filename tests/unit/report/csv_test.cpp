#include <doctest/doctest.h>

#include "secaction/report/csv.hpp"

using namespace secaction::report;

TEST_CASE("RFC 4180 quoting") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("") == "");
}

TEST_CASE("cells that a spreadsheet would run as formulas are neutralised, numbers are not") {
  CHECK(csv_field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(csv_field("+1+2") == "'+1+2");
  CHECK(csv_field("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_field("-cmd") == "'-cmd");
  CHECK(csv_field("\tx") == "'\tx");
  CHECK(csv_field("-1") == "-1");
  CHECK(csv_field("-0.5") == "-0.5");
}

TEST_CASE("records end in CRLF and --excel adds a UTF-8 byte order mark") {
  Document doc;
  doc.records = {{"a", "b"}, {}, {{"1", "日本"}}};
  CHECK(render_csv(doc) == "a,b\r\n1,日本\r\n");
  CHECK(render_csv(doc, ExcelBom::yes) == "\xEF\xBB\xBF" "a,b\r\n1,日本\r\n");
}

TEST_CASE("control bytes and bidi overrides in a cell are shown as escapes") {
  CHECK(csv_field("\x1b[31mevil\x1b" "c") == "\\x1b[31mevil\\x1bc");
  CHECK(csv_field("\xe2\x80\xae" "evil") == "\\u202eevil");
  CHECK(csv_field(std::string("a\0b", 3)) == "a\\x00b");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
}
