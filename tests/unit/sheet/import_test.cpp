// A worksheet and its map -> an instrument: merged group cells, requirement ids, criteria and
// guidance blocks, and every puzzle reported at its cell.
#include <doctest/doctest.h>

#include "secaction/load/instrument_loader.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/sheet/import.hpp"
#include "secaction/sheet/sheet_map.hpp"

using namespace secaction;

namespace {

const std::string k_map = R"(schema: secaction.sheet-map/v1
sheet: 評価基準
header_row: 1
columns: {group: A, requirement_id: B, requirement: C, id: D, question: E, criteria: [F], guidance: [{column: G, title: {ja: 補足, en: Notes}}]}
scale: met-not-met
instrument:
  id: demo
  title: {ja: デモ, en: Demo}
  publisher: {ja: 私, en: me}
  document: {ja: 文書, en: doc}
  edition: 2025
)";

sheet::SheetMap map_of(const std::string& text) {
  Diagnostics d;
  auto map = sheet::load_sheet_map(text, "MAP.yaml", d);
  for (const auto& diagnostic : d.all()) INFO(format_diagnostic(diagnostic));
  REQUIRE(map);
  return *map;
}

sheet::Worksheet base_sheet() {
  sheet::Worksheet ws;
  ws.name = "評価基準";
  auto set = [&](const char* cell, const char* text) { ws.cells[*sheet::parse_cell(cell)] = text; };
  set("A1", "分類");
  set("B1", "要求事項ID");
  set("C1", "要求事項");
  set("D1", "評価基準ID");
  set("E1", "評価基準");
  set("F1", "確認の観点");
  set("A2", "1 統治");
  set("B2", "1-1");
  set("C2", "方針");
  set("D2", "1-1-1");
  set("E2", "方針がある。");
  set("F2", "観点一\n\n観点二");
  set("D3", "1-1-2");
  set("E3", "方針を周知した。");
  set("G3", "補足の文");
  set("A4", "2 取引");
  set("B4", "2-1");
  set("C4", "委託");
  set("D4", "２－１－１"); // full-width: the same number
  set("E4", "委託先一覧がある。");
  ws.merged = {{{2, 1}, {3, 1}}, {{2, 2}, {3, 2}}, {{2, 3}, {3, 3}}};
  return ws;
}

const sheet::Workbook k_book{"dir/BOOK.xlsx", "BOOK.xlsx", std::string(64, 'a')};

std::string messages(const Diagnostics& d) {
  std::string all;
  for (const auto& diagnostic : d.all()) all += format_diagnostic(diagnostic) + "\n";
  return all;
}

} // namespace

TEST_CASE("import: merged group and requirement cells apply to every row they span; the result is a valid instrument") {
  Diagnostics d;
  const auto imported = sheet::import_sheet(base_sheet(), map_of(k_map), k_book, d);
  INFO(messages(d));
  REQUIRE(imported);
  CHECK(imported->items == 3);
  auto instrument = load::load_instrument_text(imported->yaml, "demo.yaml", load::shipped_schema("instrument.schema.json"), d, "demo");
  INFO(messages(d));
  REQUIRE(instrument);
  REQUIRE(instrument->parts.size() == 2);
  CHECK(instrument->parts[0].title.ja == "1 統治");
  REQUIRE(instrument->parts[0].items.size() == 2);
  const auto& second = instrument->parts[0].items[1];
  CHECK(second.requirement == "1-1");
  CHECK(second.question.ja == "方針を周知した。");
  CHECK(second.question.en == "方針を周知した。"); // no translation: the official text stands in both
  CHECK(instrument->parts[1].items[0].number == "2-1-1");
  CHECK(instrument->parts[1].items[0].id == "demo.2-1-1");
  const auto& first = instrument->parts[0].items[0];
  REQUIRE(first.criteria.size() == 1);
  CHECK(first.criteria[0].title.ja == "確認の観点"); // the header cell names the block
  CHECK(first.criteria[0].points.ja == std::vector<std::string>{"観点一", "観点二"});
  CHECK(first.criteria[0].origin == Origin::official);
  REQUIRE(second.criteria.size() == 1);
  CHECK(second.criteria[0].title.ja == "補足"); // the map's title
  REQUIRE(instrument->requirements.size() == 2);
  CHECK(instrument->requirements[0].text.ja == "方針");
  CHECK(instrument->edition == "2025");
  CHECK(instrument->scoring.method == questionnaire::ScoringMethod::all_met);
  CHECK(instrument->source.file.name == "BOOK.xlsx");
  CHECK(instrument->source.file.sha256 == std::string(64, 'a'));
  CHECK(instrument->source.file.sheet == "評価基準");
  CHECK(instrument->question_origin == Origin::official);
}

TEST_CASE("import: empty, repeated and impossible ids, and empty questions, are errors at their cells") {
  auto ws = base_sheet();
  ws.cells[*sheet::parse_cell("D3")] = "1-1-1";
  ws.cells[*sheet::parse_cell("D5")] = "2-1-2";
  ws.cells[*sheet::parse_cell("E6")] = "番号のない基準";
  ws.cells[*sheet::parse_cell("D7")] = "(7)";
  ws.cells[*sheet::parse_cell("E7")] = "基準";
  ws.cells[*sheet::parse_cell("G8")] = "どの項目でもない文";
  ws.cells[*sheet::parse_cell("A5")] = "2 取引";
  ws.cells[*sheet::parse_cell("B5")] = "2-1";
  ws.cells[*sheet::parse_cell("C5")] = "委託";
  Diagnostics d;
  CHECK_FALSE(sheet::import_sheet(ws, map_of(k_map), k_book, d));
  const std::string all = messages(d);
  CHECK(all.find("dir/BOOK.xlsx:評価基準!D3: error: item id 1-1-1 is used twice (first at D2)") != std::string::npos);
  CHECK(all.find("dir/BOOK.xlsx:評価基準!E5: error: item 2-1-2 has no question text") != std::string::npos);
  CHECK(all.find("dir/BOOK.xlsx:評価基準!D6: error: the item has a question but no id") != std::string::npos);
  CHECK(all.find("dir/BOOK.xlsx:評価基準!D7: error: '(7)' cannot be an item number") != std::string::npos);
  CHECK(all.find("dir/BOOK.xlsx:評価基準!G8: error: has text (guidance) in a row with no item id or question; list row 8 under "
                 "skip_rows") != std::string::npos);
}

TEST_CASE("import: skip_rows and last_row leave rows out") {
  auto ws = base_sheet();
  ws.cells[*sheet::parse_cell("G8")] = "注記";
  ws.cells[*sheet::parse_cell("D9")] = "9-9-9";
  ws.cells[*sheet::parse_cell("E9")] = "読まない";
  std::string text = k_map;
  text.replace(text.find("header_row: 1"), 13, "header_row: 1\nskip_rows: [8]\nlast_row: 8");
  Diagnostics d;
  const auto imported = sheet::import_sheet(ws, map_of(text), k_book, d);
  INFO(messages(d));
  REQUIRE(imported);
  CHECK(imported->items == 3);
}

TEST_CASE("import: merged-cell puzzles") {
  SUBCASE("an id merged over two rows") {
    auto ws = base_sheet();
    ws.merged.push_back({{2, 4}, {3, 4}});
    ws.cells.erase(*sheet::parse_cell("D3"));
    Diagnostics d;
    CHECK_FALSE(sheet::import_sheet(ws, map_of(k_map), k_book, d));
    CHECK(messages(d).find("dir/BOOK.xlsx:評価基準!D2: error: the item ids D2:D3 are merged cells; each item needs a row and an id of "
                           "its own") != std::string::npos);
  }
  SUBCASE("a merged range across two mapped columns") {
    auto ws = base_sheet();
    ws.merged.push_back({{4, 5}, {4, 6}});
    Diagnostics d;
    CHECK_FALSE(sheet::import_sheet(ws, map_of(k_map), k_book, d));
    CHECK(messages(d).find("評価基準!E4: error: the merged cells E4:F4 span column E (question) and column F (criteria)") !=
          std::string::npos);
  }
  SUBCASE("a value hidden inside a merged group cell") {
    auto ws = base_sheet();
    ws.cells[*sheet::parse_cell("A3")] = "隠れた分類";
    Diagnostics d;
    CHECK_FALSE(sheet::import_sheet(ws, map_of(k_map), k_book, d));
    CHECK(messages(d).find("評価基準!A3: error: has a value, but lies inside the merged cells A2:A3, which show only A2") !=
          std::string::npos);
  }
  SUBCASE("a merged cell running from the header into the items") {
    auto ws = base_sheet();
    ws.merged.push_back({{1, 7}, {2, 7}});
    Diagnostics d;
    CHECK_FALSE(sheet::import_sheet(ws, map_of(k_map), k_book, d));
    CHECK(messages(d).find("評価基準!G1: error: the merged cells G1:G2 run from above the first item row (2) into the items") !=
          std::string::npos);
  }
  SUBCASE("overlapping merged ranges") {
    auto ws = base_sheet();
    ws.merged.push_back({{3, 1}, {4, 1}});
    Diagnostics d;
    CHECK_FALSE(sheet::import_sheet(ws, map_of(k_map), k_book, d));
    CHECK(messages(d).find("error: the merged cells A2:A3 and A3:A4 overlap") != std::string::npos);
  }
}

TEST_CASE("import: a requirement with two texts, and the SHA-256 the map expects") {
  auto ws = base_sheet();
  ws.cells[*sheet::parse_cell("B4")] = "1-1";
  ws.cells[*sheet::parse_cell("C4")] = "別の方針";
  Diagnostics d;
  CHECK_FALSE(sheet::import_sheet(ws, map_of(k_map), k_book, d));
  CHECK(messages(d).find("評価基準!C4: error: requirement 1-1 has another text here than at C2") != std::string::npos);

  std::string text = k_map + "  sha256: " + std::string(64, 'B') + "\n";
  Diagnostics sha;
  CHECK_FALSE(sheet::import_sheet(base_sheet(), map_of(text), k_book, sha));
  INFO(messages(sha));
  CHECK(messages(sha).find("MAP.yaml:12:11: error: the map is for the workbook with SHA-256 bbbb") != std::string::npos);
}

TEST_CASE("sheet map: rules beyond the schema") {
  auto errors = [](const std::string& text) {
    Diagnostics d;
    sheet::load_sheet_map(text, "MAP.yaml", d);
    return messages(d);
  };
  std::string twice = k_map;
  twice.replace(twice.find("question: E"), 11, "question: D");
  CHECK(errors(twice).find("columns.question: column D is already columns.id; each column has one role") != std::string::npos);
  std::string levels = k_map;
  levels.replace(levels.find("criteria: [F]"), 13, "levels: {\"1\": F}");
  CHECK(errors(levels).find("columns.levels goes with the maturity scale") != std::string::npos);
  std::string rows = k_map;
  rows.replace(rows.find("header_row: 1"), 13, "header_row: 3\nfirst_data_row: 2");
  CHECK(errors(rows).find("first_data_row 2 must come after header_row 3") != std::string::npos);
  INFO(errors("schema: secaction.sheet-map/v1\nsheet: x\n"));
  CHECK(errors("schema: secaction.sheet-map/v1\nsheet: x\n").find("(top level): missing required keys columns, scale, instrument") != std::string::npos);
}
