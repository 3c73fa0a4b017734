#include <doctest/doctest.h>

#include "secaction/questionnaire/catalog.hpp"
#include "secaction/report/csv.hpp"
#include "test_support.hpp"

using namespace secaction;

TEST_CASE("catalog: one row per entry, with item counts and the source edition") {
  Diagnostics diagnostics;
  const auto* cloud = test::embedded_library().get("cloud", diagnostics);
  REQUIRE(cloud != nullptr);
  std::vector<questionnaire::CatalogEntry> entries{questionnaire::catalog_entry(*cloud),
                                                   {"security-action", {"準備", "Readiness"}, std::nullopt, {"IPA", "IPA"}, {}}};
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
