#include <doctest/doctest.h>

#include "secaction/questionnaire/catalog.hpp"
#include "secaction/report/csv.hpp"
#include "secaction/report/markdown.hpp"
#include "test_support.hpp"

using namespace secaction;

TEST_CASE("catalog: one row per entry, with item counts and the source edition") {
  Diagnostics diagnostics;
  const auto* cloud = test::embedded_library().get("cloud", diagnostics);
  REQUIRE(cloud != nullptr);
  std::vector<questionnaire::CatalogEntry> entries{questionnaire::catalog_entry(*cloud),
                                                   {"security-action", {"準備", "Readiness"}, std::nullopt, {"IPA", "IPA"}, {}, false, {}, {}}};
  const auto doc = questionnaire::catalog_document(entries, Lang::en);
  REQUIRE(doc.records.rows.size() == 2);
  CHECK(doc.records.rows[0][0] == "cloud");
  CHECK(doc.records.rows[0][2] == "15");
  CHECK(doc.records.rows[0][4] == "3.1 (April 2023)");
  CHECK(doc.records.rows[1][2] == "");
  const auto json = questionnaire::catalog_json(entries, Lang::ja);
  CHECK(json["checklists"][0]["items"] == 15);
  CHECK(json["checklists"][1]["items"].is_null());
  CHECK(json["checklists"][1]["edition"].is_null());
}

TEST_CASE("catalog: a checklist whose items are secaction's says so in the source column, CSV and JSON") {
  Diagnostics diagnostics;
  const auto* telework = test::embedded_library().get("telework", diagnostics);
  const auto* cloud = test::embedded_library().get("cloud", diagnostics);
  REQUIRE(telework != nullptr);
  REQUIRE(cloud != nullptr);
  const std::vector<questionnaire::CatalogEntry> entries{questionnaire::catalog_entry(*telework), questionnaire::catalog_entry(*cloud)};
  const auto ja = questionnaire::catalog_document(entries, Lang::ja);
  const auto en = questionnaire::catalog_document(entries, Lang::en);
  REQUIRE(ja.blocks.size() >= 1);
  CHECK(ja.records.rows[0][5] == "secaction");
  CHECK(ja.records.rows[1][5] == "official");
  const auto json = questionnaire::catalog_json(entries, Lang::en);
  CHECK(json["checklists"][0]["items_origin"] == "secaction");
  // The table shown to people names the items as secaction's, in both languages.
  const auto source_cell = [](const report::Document& doc) {
    for (const auto& block : doc.blocks) {
      if (const auto* table = std::get_if<report::Table>(&block)) return table->rows.at(0).at(3);
    }
    return std::string();
  };
  CHECK(source_cell(ja).rfind("secaction 独自の設問（テレワークセキュリティガイドライン", 0) == 0);
  CHECK(source_cell(en).rfind("secaction's own items, following", 0) == 0);
}

TEST_CASE("catalog: an instrument of a pack is listed as id@edition with its pack; built-in ones say so") {
  Diagnostics diagnostics;
  const auto* cloud = test::embedded_library().get("cloud", diagnostics);
  REQUIRE(cloud != nullptr);
  questionnaire::Instrument packed = *cloud;
  packed.id = "star";
  packed.edition = "2026";
  const std::vector<questionnaire::CatalogEntry> entries{questionnaire::catalog_entry(*cloud),
                                                         questionnaire::catalog_entry(packed, "supply-chain")};
  const auto doc = questionnaire::catalog_document(entries, Lang::en);
  CHECK(doc.records.rows[1][6] == "2026");
  CHECK(doc.records.rows[1][7] == "supply-chain");
  const auto markdown = report::render_markdown(doc);
  CHECK(markdown.find("| star@2026 |") != std::string::npos);
  CHECK(markdown.find("| built-in |") != std::string::npos);
  const auto json = questionnaire::catalog_json(entries, Lang::en);
  CHECK(json["checklists"][0]["pack"].is_null());
  CHECK(json["checklists"][1]["pack"] == "supply-chain");
  CHECK(json["checklists"][1]["edition_id"] == "2026");
}
