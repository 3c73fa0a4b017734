#include <doctest/doctest.h>

#include "secaction/load/answers_loader.hpp"
#include "secaction/load/result_reader.hpp"
#include "secaction/load/yaml_reader.hpp"
#include "secaction/questionnaire/present.hpp"
#include "test_support.hpp"

using namespace secaction;

namespace {

std::string answer_file(const std::string& five) {
  std::string text = "instrument: self-diagnosis\norganization: {name: Acme, employees: 12}\nassessed_on: 2026-11-20\nanswers:\n";
  for (int i = 1; i <= 25; ++i) text += "  " + std::to_string(i) + ": " + (i == 5 ? five : std::string("yes")) + "\n";
  return text;
}

load::JsonTree tree_of(const std::string& text, const std::string& file) {
  Diagnostics d;
  auto tree = load::read_yaml(text, file, d);
  REQUIRE(tree);
  REQUIRE(d.empty());
  return std::move(*tree);
}

// What `secaction diagnose --format json` writes for the answer file.
std::string json_result_of(const std::string& answers_text) {
  Diagnostics d;
  auto loaded = load::load_answer_file(answers_text, "a.yaml", test::embedded_library(), {}, d);
  REQUIRE(loaded);
  return questionnaire::to_json(questionnaire::assess(*loaded->instrument, loaded->answers), Lang::en).dump(2);
}

} // namespace

TEST_CASE("result reader: a JSON result reads into the snapshot the engine makes of its answer file") {
  Diagnostics d;
  auto loaded = load::load_answer_file(answer_file("partial"), "a.yaml", test::embedded_library(), {}, d);
  REQUIRE(loaded);
  const auto from_answers =
      history::snapshot_of(questionnaire::assess(*loaded->instrument, loaded->answers), "a.yaml", loaded->answers.instrument_at);
  CHECK(from_answers.total == 98);

  const auto tree = tree_of(json_result_of(answer_file("partial")), "a.json");
  CHECK(load::is_result(tree));
  const auto from_json = load::read_result(tree, test::embedded_library(), d);
  REQUIRE(from_json);
  CHECK(d.empty());
  CHECK(from_json->source == "a.json");
  CHECK(from_json->instrument_at.line == 3);
  CHECK(from_json->instrument == from_answers.instrument);
  CHECK(from_json->organization.name == "Acme");
  CHECK(from_json->organization.employees == 12);
  CHECK(from_json->total == from_answers.total);
  CHECK(from_json->band == from_answers.band);
  CHECK(from_json->assessed_on == from_answers.assessed_on);
  REQUIRE(from_json->items.size() == 25);
  CHECK(from_json->items[4].option->id == "partial");
  CHECK(from_json->items[4].points == 2);
  CHECK(from_json->parts.size() == from_answers.parts.size());
}

TEST_CASE("result reader: an answer file is not a result") {
  CHECK_FALSE(load::is_result(tree_of(answer_file("yes"), "a.yaml")));
  CHECK_FALSE(load::is_result(tree_of("- a list\n", "l.yaml")));
}

TEST_CASE("result reader: another result schema and items the content does not have are reported with their place") {
  Diagnostics d;
  CHECK_FALSE(load::read_result(tree_of("schema: secaction.risk-result/v1\n", "r.json"), test::embedded_library(), d));
  REQUIRE(d.error_count() == 1);
  CHECK(d.all()[0].where.line == 1);
  CHECK(d.all()[0].message.find("not a questionnaire result") != std::string::npos);

  auto json = nlohmann::json::parse(json_result_of(answer_file("yes")));
  json["parts"][0]["items"][0]["number"] = 99;
  json["parts"][0]["items"][1]["answer"] = "maybe";
  Diagnostics bad;
  CHECK_FALSE(load::read_result(tree_of(json.dump(2), "b.json"), test::embedded_library(), bad));
  REQUIRE(bad.error_count() == 2);
  CHECK(bad.all()[0].message.find("item 99: not an item of 'self-diagnosis'") == 0);
  CHECK(bad.all()[1].message.find("answer 'maybe' is not on the scale") != std::string::npos);
}

TEST_CASE("result reader: an impossible assessed_on is the shared date reader's error") {
  auto json = nlohmann::json::parse(json_result_of(answer_file("yes")));
  json["assessed_on"] = "2026-02-30";
  Diagnostics d;
  CHECK_FALSE(load::read_result(tree_of(json.dump(2), "c.json"), test::embedded_library(), d));
  REQUIRE(d.error_count() == 1);
  CHECK(d.all()[0].message == "assessed_on: '2026-02-30' is not a calendar date; write YYYY-MM-DD");
}
