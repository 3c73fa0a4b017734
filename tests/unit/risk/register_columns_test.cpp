#include <doctest/doctest.h>

#include <stdexcept>

#include "risk/risk_support.hpp"
#include "secaction/risk/register_columns.hpp"
#include "secaction/risk/register_template.hpp"

using namespace secaction;
using namespace secaction::risk;

TEST_CASE("register columns are found by any of their names, however a spreadsheet spells them") {
  for (const char* written : {"情報資産名称", "情報資産", "Asset Name", "asset_name", " asset-name ", "NAME"}) {
    const auto* column = find_register_column(register_columns(), written);
    REQUIRE_MESSAGE(column != nullptr, written);
    CHECK(std::string(column->key) == "name");
  }
  CHECK(find_register_column(register_columns(), "対策内容") == nullptr); // CSV only
  CHECK(std::string(find_register_column(csv_only_columns(), "Treatment_Measures")->key) == "treatment_measures");
  CHECK(find_register_column(register_columns(), "重要度") == nullptr); // computed, not read
  CHECK(normalise_register_name(" Risk_Value\t") == "risk value");
}

TEST_CASE("a name matches what it normalises to, without normalising it first") {
  for (const char* name : {" Risk_Value\t", "risk value", "RISK-VALUE", "_risk value-", "riskvalue", "risk  value", "", " ", "資産 名",
                           "資産-名", "A_b-C d"}) {
    for (const char* other : {"risk value", "riskvalue", "", "資産 名", "a b c d", "a b c"}) {
      const std::string wanted = normalise_register_name(other);
      CAPTURE(name);
      CAPTURE(other);
      CHECK(register_name_matches(name, wanted) == (normalise_register_name(name) == wanted));
    }
  }
}

TEST_CASE("treatment fields are their exact Japanese names; a column is labelled Japanese first") {
  CHECK(std::string(find_treatment_field("種類")->key) == "option");
  CHECK(std::string(find_treatment_field("内容")->key) == "measures");
  CHECK(find_treatment_field("option") == nullptr);
  CHECK(column_label(register_column("medium")) == "媒体・保存先 (medium)");
  CHECK(register_column("reason").japanese() == "理由");
  CHECK_THROWS_AS(register_column("no-such-column"), std::logic_error);
}

TEST_CASE("the register template writes every column and treatment field the loader reads") {
  const auto& edition = test::edition("3.1");
  const auto ja = render_register_template(edition, test::shipped_rules().source, test::shipped_catalogue(), Lang::ja);
  const auto en = render_register_template(edition, test::shipped_rules().source, test::shipped_catalogue(), Lang::en);
  for (const auto* table : {&register_columns(), &treatment_fields()}) {
    for (const auto& column : *table) {
      CHECK_MESSAGE(ja.find(" " + column.japanese() + ":") != std::string::npos, column.japanese());
      CHECK_MESSAGE(en.find(" " + std::string(column.key) + ":") != std::string::npos, column.key);
    }
  }
}
