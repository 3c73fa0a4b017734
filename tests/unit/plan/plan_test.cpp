#include <doctest/doctest.h>

#include "secaction/plan/plan.hpp"
#include "secaction/plan/present.hpp"
#include "secaction/report/markdown.hpp"
#include "test_support.hpp"

using namespace secaction;
using namespace secaction::questionnaire;

namespace {

const Instrument* instrument(const char* id) {
  Diagnostics d;
  const auto* found = test::embedded_library().get(id, d);
  REQUIRE(found);
  return found;
}

// Every item answered `fill`, except those given.
plan::Source source(const char* id, const std::string& fill, std::map<std::string, std::string> answers) {
  plan::Source s{instrument(id), {}};
  s.answers.instrument = id;
  s.answers.organization.name = "株式会社サンプル";
  for (const auto& part : s.instrument->parts) {
    for (const auto& item : part.items) s.answers.answers[item.number] = {fill, {}, {}};
  }
  for (auto& [number, option] : answers) s.answers.answers[number] = {option, {}, {}};
  return s;
}

// A plan of sources that make no error.
plan::Plan make_plan(const std::vector<plan::Source>& sources) {
  Diagnostics d;
  auto result = plan::make_plan(sources, d);
  REQUIRE(d.empty());
  return result;
}

} // namespace

TEST_CASE("plan: an open item shared through refs is listed once") {
  // self-diagnosis No.3 and five-principles No.3 reference each other (passwords).
  const auto result = make_plan({source("self-diagnosis", "yes", {{"3", "partial"}}), source("five-principles", "yes", {{"3", "no"}})});
  CHECK(result.open_findings == 2);
  REQUIRE(result.actions.size() == 1);
  const auto& action = result.actions.front();
  // "no" in the checklist loses the whole item; "partial" in the self-diagnosis only half.
  CHECK(action.primary.instrument->id == "five-principles");
  CHECK(action.primary.item->number == "3");
  REQUIRE(action.related.size() == 1);
  CHECK(action.related.front().instrument->id == "self-diagnosis");
  CHECK_FALSE(action.measures_ja.empty());
}

TEST_CASE("plan: ordered by share lost, then points lost, then the guideline's steps") {
  const auto result = make_plan({source("self-diagnosis", "yes", {{"7", "partial"}, {"10", "unknown"}, {"12", "no"}}),
                                       source("five-principles", "yes", {{"1", "partial"}})});
  REQUIRE(result.actions.size() == 4);
  CHECK(result.actions[0].primary.item->number == "10"); // unknown: 5 of 4 points
  CHECK(result.actions[1].primary.item->number == "12"); // no: 4 of 4
  // partial: 2 of 4 (self-diagnosis No.7) vs 0.5 of 1 (five-principles No.1): same share, more points first.
  CHECK(result.actions[2].primary.item->number == "7");
  CHECK(result.actions[3].primary.instrument->id == "five-principles");
}

TEST_CASE("plan: na and yes are not open; a closed related item is still named") {
  const auto result = make_plan({source("self-diagnosis", "na", {{"3", "yes"}}), source("five-principles", "yes", {{"3", "partial"}})});
  REQUIRE(result.actions.size() == 1);
  CHECK(result.actions[0].related.front().option_id == "yes");
  CHECK(plan::assess_finding(*instrument("self-diagnosis"), instrument("self-diagnosis")->parts[0].items[0], "na").open == false);
}

TEST_CASE("plan: two files for one instrument or two organisations are errors where the file says so") {
  auto second = source("self-diagnosis", "yes", {});
  second.answers.instrument_at = {"b.yaml", 1, 13};
  auto other = source("five-principles", "yes", {});
  other.answers.organization.name = "別会社";
  other.answers.organization_at = {"five.yaml", 3, 9};
  Diagnostics d;
  const auto result = plan::make_plan({source("self-diagnosis", "yes", {}), second, other}, d);
  REQUIRE(d.error_count() == 2);
  CHECK(format_diagnostic(d.all()[0]) == "b.yaml:1:13: error: a second answer file for self-diagnosis; combine them first with `secaction merge`");
  CHECK(format_diagnostic(d.all()[1]) == "five.yaml:3:9: error: organisation \"別会社\" differs from \"株式会社サンプル\" in an earlier file; "
                                         "a plan is for one organisation");
  CHECK(result.actions.empty());
}

TEST_CASE("plan: the document has empty owner and due-date columns") {
  const auto result = make_plan({source("self-diagnosis", "yes", {{"1", "no"}})});
  const auto document = plan::to_document(result, Lang::ja);
  REQUIRE(document.records.rows.size() == 1);
  CHECK(document.records.header.back() == "due_date");
  CHECK(document.records.rows[0].back().empty());
  CHECK(plan::to_json(result, Lang::en)["actions"][0]["owner"] == "");
}

TEST_CASE("plan: the Markdown has one short row per action, then each action's measures as a list") {
  const auto result = make_plan({source("self-diagnosis", "yes", {{"13", "unknown"}, {"5", "no"}})});
  const std::string ja = report::render_markdown(plan::to_document(result, Lang::ja));
  // The table: rank, item, answer, points lost with the maximum named, owner, due date.
  CHECK(ja.find("| 順位 | 項目 | 回答 | 失点 | 担当者 | 期限 |") != std::string::npos);
  CHECK(ja.find("| わからない | 5（満点 4） |  |  |") != std::string::npos);
  CHECK(ja.find(" / ") == std::string::npos); // neither "5 / 4" nor measures joined into one cell
  CHECK(ja.find("「失点」は、その項目で取れる点") != std::string::npos);
  // Under the table, per action: a heading, the question and the measures as bullets.
  const auto details = ja.find("## 対策の内容");
  REQUIRE(details != std::string::npos);
  CHECK(ja.find("### 1位　5分でできる！情報セキュリティ自社診断 No.13", details) != std::string::npos);
  CHECK(ja.find("\n- 持ち出しは上長の許可制にし", details) != std::string::npos);
  const std::string en = report::render_markdown(plan::to_document(result, Lang::en));
  CHECK(en.find("| 5 (max 4) |") != std::string::npos);
  CHECK(en.find("### Rank 2: ") != std::string::npos);
}
