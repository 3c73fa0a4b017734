#include <doctest/doctest.h>

#include "secaction/load/snapshot_loader.hpp"
#include "secaction/questionnaire/present.hpp"
#include "test_support.hpp"

using namespace secaction;

namespace {

std::string answer_file(const std::string& five) {
  std::string text = "instrument: self-diagnosis\norganization: {name: Acme}\nassessed_on: 2026-11-20\nanswers:\n";
  for (int i = 1; i <= 25; ++i) text += "  " + std::to_string(i) + ": " + (i == 5 ? five : std::string("yes")) + "\n";
  return text;
}

} // namespace

TEST_CASE("snapshot loader: an answer file and its JSON result give the same snapshot") {
  Diagnostics d;
  const auto from_answers = load::load_snapshot(answer_file("partial"), "a.yaml", test::embedded_library(), std::nullopt, d);
  REQUIRE(from_answers);
  CHECK(d.empty());
  CHECK(from_answers->total == 98);

  // The JSON result of the same answers, as `diagnose --format json` writes it.
  const auto* sd = test::embedded_library().get("self-diagnosis", d);
  REQUIRE(sd);
  questionnaire::AnswerSet set;
  set.instrument = "self-diagnosis";
  set.organization.name = "Acme";
  set.assessed_on = Date{2026, 11, 20};
  for (int i = 1; i <= 25; ++i) set.answers[std::to_string(i)] = {i == 5 ? "partial" : "yes", {}, {}};
  const auto json = questionnaire::to_json(questionnaire::assess(*sd, set), Lang::en).dump(2);
  const auto from_json = load::load_snapshot(json, "a.json", test::embedded_library(), std::nullopt, d);
  REQUIRE(from_json);
  CHECK(d.empty());
  CHECK(from_json->instrument == from_answers->instrument);
  CHECK(from_json->total == from_answers->total);
  CHECK(from_json->band == from_answers->band);
  CHECK(from_json->assessed_on == from_answers->assessed_on);
  REQUIRE(from_json->items.size() == 25);
  CHECK(from_json->items[4].option->id == "partial");
  CHECK(from_json->items[4].points == 2);
}

TEST_CASE("snapshot loader: another result schema and a wrong answer are reported with their place") {
  Diagnostics d;
  CHECK_FALSE(load::load_snapshot("schema: secaction.risk-result/v1\n", "r.json", test::embedded_library(), std::nullopt, d));
  REQUIRE(d.error_count() == 1);
  CHECK(d.all()[0].where.line == 1);
  CHECK(d.all()[0].message.find("not a questionnaire result") != std::string::npos);

  Diagnostics bad;
  CHECK_FALSE(load::load_snapshot(answer_file("maybe"), "b.yaml", test::embedded_library(), std::nullopt, bad));
  CHECK(bad.has_errors());
}
