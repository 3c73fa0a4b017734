#include <doctest/doctest.h>

#include "secaction/content/library.hpp"
#include "secaction/load/instrument_loader.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "test_support.hpp"

using namespace secaction;

TEST_CASE("every shipped instrument loads, validates and cross-references correctly") {
  auto& library = test::embedded_library();
  Diagnostics d;
  library.check_all(d);
  for (const auto& diagnostic : d.all()) INFO(format_diagnostic(diagnostic));
  CHECK(d.empty());
  CHECK(library.ids().size() >= 8);
}

TEST_CASE("the self-diagnosis has IPA's 25 items in three parts of 5, 13 and 7") {
  Diagnostics d;
  const auto* sd = test::embedded_library().get("self-diagnosis", d);
  REQUIRE(sd);
  REQUIRE(sd->parts.size() == 3);
  CHECK(sd->parts[0].items.size() == 5);
  CHECK(sd->parts[1].items.size() == 13);
  CHECK(sd->parts[2].items.size() == 7);
  int expected = 1;
  for (const auto& part : sd->parts) {
    for (const auto& item : part.items) CHECK(item.number == std::to_string(expected++));
  }
  // The official scale: 4 / 2 / 0 / -1, and na scored 4 (secaction's documented rule).
  CHECK(sd->match_answer("実施している")->points == 4);
  CHECK(sd->match_answer("一部実施している")->points == 2);
  CHECK(sd->match_answer("実施していない")->points == 0);
  CHECK(sd->match_answer("わからない")->points == -1);
  CHECK(sd->match_answer("該当しない")->points == 4);
}

TEST_CASE("content rules beyond the schema are enforced") {
  const load::Schema& schema = load::shipped_schema("instrument.schema.json");
  const std::string base = R"(schema: secaction.instrument/v1
id: demo
command: checklist
title: {ja: デモ, en: Demo}
summary: {ja: デモ, en: Demo}
source: {publisher: {ja: 私, en: me}, document: {ja: 文書, en: doc}, edition: {ja: '1', en: '1'}}
scale:
  - {id: "yes", label: {ja: はい, en: Yes}, points: 1}
  - {id: "no", label: {ja: はい, en: No}, points: 0}
scoring: {method: completion, max_points_per_item: 2, band_basis: percent}
bands:
  - {id: a, min: 0, max: 60, status: {ja: a, en: a}}
  - {id: b, min: 50, max: 100, status: {ja: b, en: b}}
parts:
  - id: p
    title: {ja: p, en: p}
    items:
      - {number: 1, id: demo.1, question: {ja: q, en: q}, measures: {ja: [a, b], en: [a]}}
      - {number: 1, id: demo.1, question: {ja: q, en: q}}
)";
  Diagnostics d;
  CHECK_FALSE(load::load_instrument_text(base, "demo.yaml", schema, d, "other"));
  std::vector<std::string> lines;
  for (const auto& diagnostic : d.in_reading_order()) lines.push_back(format_diagnostic(diagnostic));
  REQUIRE(lines.size() == 7);
  CHECK(lines[0] == "demo.yaml:2:5: error: id 'demo' must match the file name 'other.yaml'");
  CHECK(lines[1] == "demo.yaml:9:5: error: scale: 'はい' is used by more than one answer choice");
  CHECK(lines[2] == "demo.yaml:10:52: error: scoring.max_points_per_item is 2 but the best answer choice scores 1");
  CHECK(lines[3] == "demo.yaml:13:5: error: band 'b' overlaps band 'a'");
  CHECK(lines[4] == "demo.yaml:18:69: error: parts.0.items.0.measures: ja has 2 entries but en has 1; each entry needs its translation");
  CHECK(lines[5] == "demo.yaml:19:18: error: item number 1 is used twice");
  CHECK(lines[6] == "demo.yaml:19:25: error: item id 'demo.1' is used twice");

  Diagnostics schema_errors;
  std::string broken = base;
  broken.replace(broken.find("edition: {ja: '1'"), 17, "edition: {ja: 1");
  CHECK_FALSE(load::load_instrument_text(broken, "demo.yaml", schema, schema_errors));
  REQUIRE(schema_errors.error_count() == 1);
  CHECK(format_diagnostic(schema_errors.all()[0]) == "demo.yaml:6:81: error: source.edition.ja: expected text, found a whole number");
}
