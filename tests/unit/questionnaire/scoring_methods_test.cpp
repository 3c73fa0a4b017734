// The scoring methods packs bring: maturity levels against a target per item, and "every criterion
// must be met" with the unmet list by requirement.
#include <doctest/doctest.h>

#include "secaction/load/instrument_loader.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/plan/plan.hpp"
#include "secaction/questionnaire/assess.hpp"
#include "secaction/questionnaire/gate.hpp"
#include "secaction/questionnaire/present.hpp"
#include "secaction/report/markdown.hpp"

using namespace secaction;
using questionnaire::Answer;
using questionnaire::AnswerSet;

namespace {

std::unique_ptr<questionnaire::Instrument> instrument_of(const std::string& text) {
  Diagnostics d;
  auto instrument = load::load_instrument_text(text, "test.yaml", load::shipped_schema("instrument.schema.json"), d);
  for (const auto& diagnostic : d.all()) INFO(format_diagnostic(diagnostic));
  REQUIRE(instrument);
  return instrument;
}

const std::string k_head = R"(schema: secaction.instrument/v1
id: demo
command: checklist
title: {ja: デモ, en: Demo}
summary: {ja: デモ, en: Demo}
source: {publisher: {ja: 私, en: me}, document: {ja: 文書, en: doc}, edition: {ja: '1', en: '1'}}
)";

const std::string k_maturity = k_head + R"(scale:
  - {id: "1", label: {ja: レベル1, en: Level 1}, points: 1}
  - {id: "2", label: {ja: レベル2, en: Level 2}, points: 2}
  - {id: "3", label: {ja: レベル3, en: Level 3}, points: 3}
  - {id: "4", label: {ja: レベル4, en: Level 4}, points: 4}
  - {id: na, label: {ja: 該当しない, en: N/A}, points: 0, counts_toward_max: false, flag: not_applicable}
scoring: {method: maturity, max_points_per_item: 4, band_basis: percent, target_level: 3}
parts:
  - id: p
    title: {ja: p, en: p}
    items:
      - {number: 1, id: demo.1, question: {ja: 一, en: one}}
      - {number: 2, id: demo.2, question: {ja: 二, en: two}, target: 4, levels: {"3": {ja: 三の説明, en: three}, "4": {ja: 四の説明, en: four}}}
      - {number: 3, id: demo.3, question: {ja: 三, en: three}, target: 2}
      - {number: 4, id: demo.4, question: {ja: 四, en: four}}
)";

const std::string k_all_met = k_head + R"(scale:
  - {id: met, label: {ja: 満たしている, en: Met}, points: 1}
  - {id: unmet, label: {ja: 満たしていない, en: Not met}, points: 0}
  - {id: na, label: {ja: 該当しない, en: N/A}, points: 0, counts_toward_max: false, flag: not_applicable}
scoring: {method: all-met, max_points_per_item: 1, band_basis: percent}
requirements:
  - {id: 1-1, text: {ja: 要求一, en: req one}}
  - {id: 1-2, text: {ja: 要求二, en: req two}}
parts:
  - id: p
    title: {ja: p, en: p}
    items:
      - {number: 1-1-1, id: demo.1-1-1, question: {ja: 基準一, en: c1}, requirement: 1-1}
      - {number: 1-1-2, id: demo.1-1-2, question: {ja: 基準二, en: c2}, requirement: 1-1}
      - {number: 1-2-1, id: demo.1-2-1, question: {ja: 基準三, en: c3}, requirement: 1-2}
)";

AnswerSet answers(std::initializer_list<std::pair<const char*, const char*>> given) {
  AnswerSet set;
  for (const auto& [number, option] : given) set.answers[number] = Answer{option, {}, {}};
  return set;
}

} // namespace

TEST_CASE("maturity: an item's goal is its own target, else the instrument's target level") {
  const auto instrument = instrument_of(k_maturity);
  CHECK(instrument->scoring.method == questionnaire::ScoringMethod::maturity);
  CHECK(instrument->goal_points(instrument->parts[0].items[0]) == 3);
  CHECK(instrument->goal_points(instrument->parts[0].items[1]) == 4);
  CHECK(instrument->goal_points(instrument->parts[0].items[2]) == 2);
}

TEST_CASE("maturity: items below their target are open, largest gap first; na is left out") {
  const auto instrument = instrument_of(k_maturity);
  const auto a = questionnaire::assess(*instrument, answers({{"1", "2"}, {"2", "1"}, {"3", "2"}, {"4", "na"}}));
  CHECK(a.total == 5);
  CHECK(a.max == 12);
  CHECK(a.goals_counted == 3);
  CHECK(a.goals_met == 1); // item 3 reaches its target 2
  REQUIRE(a.open_items.size() == 2);
  CHECK(a.open_items[0]->item->number == "2"); // gap 3
  CHECK(a.open_items[1]->item->number == "1"); // gap 1
  CHECK_FALSE(a.all_goals_met());
  // An item at its target is not open though below the maximum.
  const auto at_target = questionnaire::assess(*instrument, answers({{"1", "3"}, {"2", "4"}, {"3", "2"}, {"4", "3"}}));
  CHECK(at_target.open_items.empty());
  CHECK(at_target.all_goals_met());
  CHECK(at_target.percent() < 100);
}

TEST_CASE("maturity: the report shows target levels and the level texts up to the target; JSON has targets") {
  const auto instrument = instrument_of(k_maturity);
  const auto a = questionnaire::assess(*instrument, answers({{"1", "2"}, {"2", "2"}, {"3", "2"}, {"4", "3"}}));
  const auto markdown = report::render_markdown(questionnaire::to_document(a, Lang::ja));
  CHECK(markdown.find("目標レベルに達した項目**: 2件 / 4件") != std::string::npos);
  CHECK(markdown.find("目標レベルに達していない項目（2件、差の大きい順）") != std::string::npos);
  CHECK(markdown.find("- レベル3: 三の説明") != std::string::npos);
  CHECK(markdown.find("- レベル4: 四の説明") != std::string::npos);
  const auto json = questionnaire::to_json(a, Lang::en);
  CHECK(json["score"]["method"] == "maturity");
  CHECK(json["score"]["goals_met"] == 2);
  CHECK(json["score"]["all_met"] == false);
  CHECK(json["parts"][0]["items"][1]["target"] == 4);
}

TEST_CASE("maturity: --fail-under judges the percentage of the levels") {
  const auto instrument = instrument_of(k_maturity);
  const auto a = questionnaire::assess(*instrument, answers({{"1", "2"}, {"2", "2"}, {"3", "2"}, {"4", "2"}}));
  const auto failure = questionnaire::fail_under(a, 60);
  REQUIRE(failure);
  CHECK(failure->message == "maturity 50.0% is below --fail-under 60");
}

TEST_CASE("maturity: a plan counts what is lost against the item's target, not the maximum") {
  const auto instrument = instrument_of(k_maturity);
  const auto& item = instrument->parts[0].items[2]; // target 2
  CHECK_FALSE(plan::assess_finding(*instrument, item, "2").open);
  CHECK(plan::assess_finding(*instrument, item, "1").points_lost == 1);
}

TEST_CASE("all-met: one unmet criterion fails the verdict and names its requirement") {
  const auto instrument = instrument_of(k_all_met);
  const auto a = questionnaire::assess(*instrument, answers({{"1-1-1", "met"}, {"1-1-2", "unmet"}, {"1-2-1", "met"}}));
  CHECK_FALSE(a.all_goals_met());
  CHECK(a.goals_met == 2);
  REQUIRE(a.unmet_requirements.size() == 1);
  CHECK(a.unmet_requirements[0]->id == "1-1");
  REQUIRE(a.open_items.size() == 1);
  CHECK(a.open_items[0]->item->number == "1-1-2");
  const auto markdown = report::render_markdown(questionnaire::to_document(a, Lang::ja));
  INFO(markdown);
  CHECK(markdown.find("満たしていない評価基準が1件あります") != std::string::npos);
  CHECK(markdown.find("### 1-1 要求一") != std::string::npos);
  CHECK(markdown.find("#### No.1-1-2 基準二") != std::string::npos);
  const auto json = questionnaire::to_json(a, Lang::en);
  CHECK(json["score"]["method"] == "all-met");
  CHECK(json["unmet_requirements"] == nlohmann::ordered_json::array({"1-1"}));
}

TEST_CASE("all-met: every criterion met (or not applicable) passes") {
  const auto instrument = instrument_of(k_all_met);
  const auto a = questionnaire::assess(*instrument, answers({{"1-1-1", "met"}, {"1-1-2", "na"}, {"1-2-1", "met"}}));
  CHECK(a.all_goals_met());
  CHECK(a.unmet_requirements.empty());
  CHECK(a.percent() == 100);
  const auto markdown = report::render_markdown(questionnaire::to_document(a, Lang::en));
  CHECK(markdown.find("Every criterion is met") != std::string::npos);
  CHECK(questionnaire::to_json(a, Lang::en)["score"]["all_met"] == true);
}

TEST_CASE("scoring rules beyond the schema: targets and requirements must name what exists") {
  const load::Schema& schema = load::shipped_schema("instrument.schema.json");
  auto errors = [&](const std::string& text) {
    Diagnostics d;
    load::load_instrument_text(text, "t.yaml", schema, d);
    std::string all;
    for (const auto& diagnostic : d.all()) all += diagnostic.message + "\n";
    return all;
  };
  std::string bad_target = k_maturity;
  bad_target.replace(bad_target.find("target: 2}"), 10, "target: 9}");
  CHECK(errors(bad_target).find("item 3: target '9' is not an answer choice of the scale") != std::string::npos);
  std::string bad_level = k_maturity;
  bad_level.replace(bad_level.find("target_level: 3"), 15, "target_level: 7");
  CHECK(errors(bad_level).find("scoring.target_level '7' is not an answer choice") != std::string::npos);
  std::string bad_requirement = k_all_met;
  bad_requirement.replace(bad_requirement.find("requirement: 1-2}"), 17, "requirement: 9-9}");
  CHECK(errors(bad_requirement).find("item 1-2-1: requirement '9-9' is not listed under requirements") != std::string::npos);
  std::string target_elsewhere = k_all_met;
  target_elsewhere.replace(target_elsewhere.find("requirement: 1-2}"), 17, "requirement: 1-2, target: met}");
  CHECK(errors(target_elsewhere).find("target goes with scoring method maturity") != std::string::npos);
}
