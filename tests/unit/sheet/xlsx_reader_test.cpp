// The .xlsx reader on workbooks written by independent writers (tests/sheets/make_workbooks.py:
// openpyxl, and Python's zipfile for the hand-made and hostile ones; copies in tests/fixtures/sheets).
#include <doctest/doctest.h>

#include "secaction/io/files.hpp"
#include "secaction/sheet/sha256.hpp"
#include "secaction/sheet/xlsx_reader.hpp"

using namespace secaction;
using sheet::CellRef;

namespace {

std::string fixture(const std::string& name) {
  return io::read_file(std::string(SECACTION_TEST_FIXTURES_DIR) + "/sheets/" + name, 128U * 1024U * 1024U);
}

std::string only_message(const Diagnostics& d) {
  REQUIRE(d.all().size() == 1);
  return format_diagnostic(d.all().front());
}

std::string text_at(const sheet::Worksheet& sheet, const char* cell) {
  const auto* text = sheet.at(*sheet::parse_cell(cell));
  return text != nullptr ? *text : "(empty)";
}

} // namespace

TEST_CASE("xlsx: cell names and columns") {
  CHECK(sheet::cell_name({12, 3}) == "C12");
  CHECK(sheet::cell_name({1, 27}) == "AA1");
  CHECK(sheet::column_name(16384) == "XFD");
  CHECK(*sheet::parse_cell("$AB$7") == CellRef{7, 28});
  CHECK(*sheet::parse_column("c") == 3);
  CHECK_FALSE(sheet::parse_cell("C0"));
  CHECK_FALSE(sheet::parse_cell("XFE1"));
  CHECK_FALSE(sheet::parse_cell("A1048577"));
  CHECK_FALSE(sheet::parse_column("1"));
}

TEST_CASE("xlsx: an openpyxl workbook: shared strings, numbers, merged ranges, a chosen sheet among several") {
  Diagnostics d;
  const auto sheet = sheet::read_worksheet(fixture("star3-2025.xlsx"), "star3-2025.xlsx", "評価基準", d);
  REQUIRE(sheet);
  CHECK(d.empty());
  CHECK(text_at(*sheet, "B3") == "要求事項ID");
  CHECK(text_at(*sheet, "A4") == "1 （試験用）ガバナンスの整備");
  CHECK(text_at(*sheet, "A5") == "(empty)"); // under the merged group cell
  CHECK(text_at(*sheet, "F4") == "（試験用）解説：文書の形式は問わない。\n（試験用）解説：経営者が承認している。");
  bool group_merged = false;
  for (const auto& range : sheet->merged) group_merged = group_merged || sheet::range_name(range) == "A4:A6";
  CHECK(group_merged);
  Diagnostics numbers;
  const auto maturity = sheet::read_worksheet(fixture("maturity.xlsx"), "maturity.xlsx", "可視化", numbers);
  REQUIRE(maturity);
  CHECK(text_at(*maturity, "B3") == "1");
  CHECK(text_at(*maturity, "I5") == "4");
}

TEST_CASE("xlsx: furigana runs are left out, inline strings read, a formula's cached value is used, never evaluated") {
  Diagnostics d;
  const auto sheet = sheet::read_worksheet(fixture("special.xlsx"), "special.xlsx", "Sheet1", d);
  REQUIRE(sheet);
  CHECK(text_at(*sheet, "B2") == "（試験用）漢字の設問");
  CHECK(text_at(*sheet, "B3") == "（試験用）インラインの設問");
  CHECK(text_at(*sheet, "A4") == "3");
  CHECK(text_at(*sheet, "B4") == "（試験用）式の結果の設問");
  CHECK(text_at(*sheet, "C4") == "TRUE");
  CHECK(text_at(*sheet, "D4") == "#N/A");
  CHECK(text_at(*sheet, "B5") == "（試験用）改行\nのある設問"); // _x000D_ and the line feed make one line break
}

TEST_CASE("xlsx: a missing sheet is named with the sheets there are") {
  Diagnostics d;
  CHECK_FALSE(sheet::read_worksheet(fixture("star3-2025.xlsx"), "b.xlsx", "Sheet9", d));
  CHECK(only_message(d) == "b.xlsx: error: no sheet 'Sheet9'; the workbook's sheets are '説明', '評価基準'");
}

TEST_CASE("xlsx: files that are not .xlsx workbooks") {
  for (const auto& [file, expected] : std::vector<std::pair<std::string, std::string>>{
           {"legacy.xls", "not an .xlsx workbook: it is an OLE2 compound file: an .xls workbook (Excel 97-2003) or a password-protected"},
           {"sheet.csv", "not an .xlsx workbook: it is not a zip archive (a .csv, or another kind of file?)"},
           {"not-a-workbook.zip", "not an .xlsx workbook: the zip archive has no _rels/.rels"},
       }) {
    Diagnostics d;
    CHECK_FALSE(sheet::read_worksheet(fixture(file), file, "Sheet1", d));
    CHECK(only_message(d).find(file + ": error: " + expected) == 0);
  }
  Diagnostics truncated;
  CHECK_FALSE(sheet::read_worksheet(fixture("special.xlsx").substr(0, 600), "t.xlsx", "Sheet1", truncated));
  CHECK(only_message(truncated).find("t.xlsx: error: not an .xlsx workbook: the zip archive is damaged") == 0);
}

TEST_CASE("xlsx: hostile workbooks are refused before anything is inflated past the limits") {
  // Not a structured binding: CAPTURE takes it into a lambda, which clang 14 (the asan-ubsan build) refuses.
  for (const auto& row : std::vector<std::pair<std::string, std::string>>{
           {"bomb-size.xlsx", "zip entry 'xl/media/padding.bin' would inflate to 73400320 bytes, more than the limit of 67108864"},
           {"bomb-ratio.xlsx", "zip entry 'xl/worksheets/sheet1.xml' would inflate"},
           {"traversal.xlsx", "zip entry '../../evil.txt' has a name that climbs out of the archive"},
           {"traversal-target.xlsx", "relationship target '../../../etc/passwd' climbs out of the archive"},
           {"doctype.xlsx", "xl/sharedStrings.xml: has a DOCTYPE or entity declaration, which no workbook part needs"},
           {"encrypted-entry.xlsx", "zip entry 'xl/sharedStrings.xml' is encrypted; remove the password"},
           {"bad-index.xlsx", "xl/worksheets/sheet1.xml: cell B2 names shared string '99', which does not exist"},
       }) {
    const std::string& file = row.first;
    const std::string& expected = row.second;
    CAPTURE(file);
    Diagnostics d;
    CHECK_FALSE(sheet::read_worksheet(fixture(file), file, "Sheet1", d));
    CHECK(only_message(d).find(expected) != std::string::npos);
  }
}

TEST_CASE("xlsx: the shared-string and cell limits") {
  sheet::XlsxLimits few_strings;
  few_strings.max_shared_strings = 3;
  Diagnostics d;
  CHECK_FALSE(sheet::read_worksheet(fixture("special.xlsx"), "s.xlsx", "Sheet1", d, few_strings));
  CHECK(only_message(d) == "s.xlsx: error: xl/sharedStrings.xml: more than 3 shared strings; refusing the workbook");
  sheet::XlsxLimits few_cells;
  few_cells.max_cells = 5;
  Diagnostics cells;
  CHECK_FALSE(sheet::read_worksheet(fixture("special.xlsx"), "s.xlsx", "Sheet1", cells, few_cells));
  CHECK(only_message(cells) == "s.xlsx: error: xl/worksheets/sheet1.xml: more than 5 cells; refusing the workbook");
}

TEST_CASE("sha256 of known bytes") {
  CHECK(sheet::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sheet::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
