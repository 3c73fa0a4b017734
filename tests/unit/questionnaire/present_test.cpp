#include <doctest/doctest.h>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "secaction/load/shipped_schema.hpp"
#include "secaction/content/source.hpp"
#include "secaction/questionnaire/present.hpp"
#include "secaction/report/markdown.hpp"
#include "test_support.hpp"

using namespace secaction;
using namespace secaction::questionnaire;

namespace {

Assessment sample() {
  Diagnostics d;
  const auto* sd = test::embedded_library().get("self-diagnosis", d);
  REQUIRE(sd);
  AnswerSet set;
  set.instrument = "self-diagnosis";
  set.organization.name = "Acme | <b>Co</b>";
  for (int i = 1; i <= 25; ++i) set.answers[std::to_string(i)] = {"yes", {}, {}};
  set.answers["4"] = {"unknown", {}, {}};
  set.answers["21"] = {"na", "no BYOD", {}};
  set.answers["5"] = {"no", "# not yet", {}};
  return assess(*sd, set, Date{2026, 11, 20});
}

} // namespace

TEST_CASE("the JSON result validates against the published schema and has the documented fields") {
  const auto result = sample();
  const nlohmann::json json = nlohmann::json::parse(to_json(result, Lang::ja).dump());
  const auto schema_text = load::embedded_schema("result.schema.json");
  REQUIRE(schema_text);
  const auto schema_json = nlohmann::json::parse(*schema_text);
  valijson::Schema schema;
  valijson::SchemaParser parser;
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_json);
  parser.populateSchema(schema_adapter, schema);
  valijson::Validator validator;
  valijson::adapters::NlohmannJsonAdapter adapter(json);
  CHECK(validator.validate(schema, adapter, nullptr));

  CHECK(json["instrument"] == "self-diagnosis");
  CHECK(json["score"]["total"] == 91); // 22 x 4 + na 4 + unknown -1 + no 0
  CHECK(json["score"]["max"] == 100);
  CHECK(json["band"]["id"] == "mostly");
  CHECK(json["assessed_on"] == "2026-11-20");
  CHECK(json["unknown"] == nlohmann::json::array({4}));
  CHECK(json["not_applicable"] == nlohmann::json::array({21}));
  CHECK(json["open_items"] == nlohmann::json::array({4, 5}));
  CHECK(json["parts"][0]["items"][3]["points"] == -1);
}

TEST_CASE("the Markdown report escapes input data and carries the official verdict") {
  const auto result = sample();
  const auto ja = report::render_markdown(to_document(result, Lang::ja));
  CHECK(ja.find("Acme \\| \\<b\\>Co\\</b\\>") != std::string::npos);
  CHECK(ja.find("<b>") == std::string::npos);
  CHECK(ja.find("\\# not yet") != std::string::npos);
  CHECK(ja.find("91点 / 100点") != std::string::npos);
  CHECK(ja.find("部分的な対策が不十分") != std::string::npos);
  CHECK(ja.find("100点満点への挑戦") != std::string::npos);

  const auto en = report::render_markdown(to_document(result, Lang::en));
  CHECK(en.find("91 / 100 points") != std::string::npos);
  CHECK(en.find("Items answered “Don't know” (1)") != std::string::npos);
}

TEST_CASE("the CSV records hold one row per item, then the total and band") {
  const auto doc = to_document(sample(), Lang::en);
  REQUIRE(doc.records.rows.size() == 26);
  CHECK(doc.records.header.front() == "instrument");
  const auto& total = doc.records.rows.back();
  CHECK(total[3] == "Total");
  CHECK(total[4].empty()); // no item number: a tool summing the items skips it
  CHECK(total[8] == "91");
  CHECK(total[9] == "100");
  CHECK(!total[6].empty()); // the band id
  CHECK(to_document(sample(), Lang::ja).records.rows.back()[3] == "合計");
}
