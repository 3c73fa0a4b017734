#include <doctest/doctest.h>

#include "secaction/merge/merge.hpp"
#include "secaction/merge/present.hpp"
#include "test_support.hpp"

using namespace secaction;
using namespace secaction::questionnaire;

namespace {

const Instrument& instrument(const char* id) {
  Diagnostics d;
  const auto* found = test::embedded_library().get(id, d);
  REQUIRE(found);
  return *found;
}

merge::Respondent respondent(std::string name, std::map<std::string, std::string> answers, std::string instrument_id = "self-diagnosis",
                             std::string organization = "株式会社サンプル") {
  merge::Respondent r;
  r.name = std::move(name);
  r.answers.instrument = std::move(instrument_id);
  r.answers.organization.name = std::move(organization);
  for (auto& [number, id] : answers) r.answers.answers[number] = {id, {}, {}};
  return r;
}

} // namespace

TEST_CASE("merge_item: the weakest answer wins, na only when everyone said na") {
  const auto& sd = instrument("self-diagnosis");
  CHECK(merge::merge_item(sd, {"yes", "no", "unknown"}) == "no");
  CHECK(merge::merge_item(sd, {"yes", "unknown", "partial"}) == "unknown");
  CHECK(merge::merge_item(sd, {"yes", "partial", "yes"}) == "partial");
  CHECK(merge::merge_item(sd, {"yes", "yes"}) == "yes");
  CHECK(merge::merge_item(sd, {"na", "na"}) == "na");
  CHECK(merge::merge_item(sd, {"na", "yes"}) == "yes");
  CHECK(merge::merge_item(sd, {"na", "partial", ""}) == "partial");
  CHECK(merge::merge_item(sd, {"", "na"}) == "na");
  CHECK(merge::merge_item(sd, {"", ""}).empty());
}

TEST_CASE("merge_item: checklists and the benchmark's levels") {
  CHECK(merge::merge_item(instrument("five-principles"), {"yes", "partial", "na"}) == "partial");
  CHECK(merge::merge_item(instrument("five-principles"), {"no", "partial"}) == "no");
  const auto& benchmark = instrument("benchmark");
  CHECK(merge::merge_item(benchmark, {"5", "3", "4"}) == "3");
  CHECK(merge::merge_item(benchmark, {"5", "1", "2"}) == "1");
}

TEST_CASE("merge: provenance, organisation, assessor and notes") {
  const auto& sd = instrument("self-diagnosis");
  auto sales = respondent("営業部", {{"1", "yes"}, {"2", "na"}, {"3", "partial"}});
  sales.answers.answers["3"].note = "一部のPCのみ";
  sales.answers.assessed_on = Date{2026, 4, 1};
  auto admin = respondent("総務部", {{"1", "no"}, {"2", "na"}, {"3", "yes"}}, "self-diagnosis", "");
  admin.answers.organization.industry = "製造業";
  admin.answers.assessed_on = Date{2026, 4, 10};
  Diagnostics d;
  const auto result = merge::merge(sd, {sales, admin}, d);
  REQUIRE(d.empty());
  CHECK(result.merged.organization.name == "株式会社サンプル");
  CHECK(result.merged.organization.industry == "製造業");
  CHECK(result.merged.assessed_on == Date{2026, 4, 10});
  CHECK(result.merged.assessor == "営業部, 総務部");
  CHECK(result.merged.answers.at("1").option_id == "no");
  CHECK(result.merged.answers.at("2").option_id == "na");
  CHECK(result.merged.answers.at("3").option_id == "partial");
  CHECK(result.merged.answers.at("3").note == "営業部: 一部のPCのみ");
  CHECK(result.merged.answers.count("4") == 0);
  REQUIRE(result.items.size() == sd.item_count());
  CHECK(result.items[0].answers == std::vector<std::string>{"yes", "no"});
  CHECK(result.items[3].answers == std::vector<std::string>{"", ""});
  const auto document = merge::provenance_document(sd, result, Lang::en);
  CHECK(document.records.rows.size() == 2 * sd.item_count());
}

TEST_CASE("merge: another instrument or organisation is an error where its file says so") {
  const auto& sd = instrument("self-diagnosis");
  auto first = respondent("a", {{"1", "yes"}});
  first.answers.instrument_at = {"a.yaml", 1, 13};
  auto other_instrument = respondent("b", {{"1", "yes"}}, "five-principles");
  other_instrument.answers.instrument_at = {"b.yaml", 1, 13};
  auto other_organization = respondent("c", {{"1", "yes"}}, "self-diagnosis", "別会社");
  other_organization.answers.organization_at = {"c.yaml", 3, 9};
  Diagnostics d;
  (void)merge::merge(sd, {first, other_instrument, other_organization}, d);
  REQUIRE(d.error_count() == 2);
  CHECK(format_diagnostic(d.all()[0]) ==
        "b.yaml:1:13: error: answers five-principles, but a.yaml answers self-diagnosis; merge only answer files for the same instrument");
  CHECK(format_diagnostic(d.all()[1]) == "c.yaml:3:9: error: organisation \"別会社\" differs from \"株式会社サンプル\" in an earlier file; "
                                         "merge only answers from one organisation");
}
