#include <doctest/doctest.h>

#include "secaction/questionnaire/assess.hpp"
#include "test_support.hpp"

using namespace secaction;
using namespace secaction::questionnaire;

namespace {

const Instrument& self_diagnosis() {
  Diagnostics d;
  const auto* instrument = test::embedded_library().get("self-diagnosis", d);
  REQUIRE(instrument);
  return *instrument;
}

// Answers given as a count of each answer, filled in item order: {yes, partial, unknown, no}.
AnswerSet answers(int yes, int partial, int unknown, int no, int na = 0) {
  AnswerSet set;
  set.instrument = "self-diagnosis";
  int number = 1;
  auto fill = [&](int count, const char* id) {
    for (int i = 0; i < count; ++i) set.answers[std::to_string(number++)] = {id, {}, {}};
  };
  fill(yes, "yes");
  fill(partial, "partial");
  fill(unknown, "unknown");
  fill(no, "no");
  fill(na, "na");
  REQUIRE(number == 26);
  return set;
}

std::string band_of(const AnswerSet& set) {
  const auto result = assess(self_diagnosis(), set);
  return result.band ? result.band->id : "none";
}

} // namespace

TEST_CASE("the official arithmetic: 4 / 2 / 0 / -1 summed over 25 items") {
  const auto all_yes = assess(self_diagnosis(), answers(25, 0, 0, 0));
  CHECK(all_yes.total == 100);
  CHECK(all_yes.max == 100);
  CHECK(all_yes.band->id == "full");
  CHECK(all_yes.open_items.empty());

  const auto all_unknown = assess(self_diagnosis(), answers(0, 0, 25, 0));
  CHECK(all_unknown.total == -25);
  CHECK(all_unknown.band->id == "critical");
  CHECK(all_unknown.unknown.size() == 25);

  CHECK(assess(self_diagnosis(), answers(0, 0, 0, 25)).total == 0);
  CHECK(assess(self_diagnosis(), answers(0, 25, 0, 0)).total == 50);
}

TEST_CASE("band boundaries: 100, 70-99, 50-69, 49 and below") {
  CHECK(assess(self_diagnosis(), answers(17, 1, 0, 7)).total == 70);
  CHECK(band_of(answers(17, 1, 0, 7)) == "mostly");
  CHECK(assess(self_diagnosis(), answers(17, 1, 1, 6)).total == 69);
  CHECK(band_of(answers(17, 1, 1, 6)) == "insufficient");
  CHECK(assess(self_diagnosis(), answers(12, 1, 0, 12)).total == 50);
  CHECK(band_of(answers(12, 1, 0, 12)) == "insufficient");
  CHECK(assess(self_diagnosis(), answers(12, 1, 1, 11)).total == 49);
  CHECK(band_of(answers(12, 1, 1, 11)) == "critical");
  CHECK(band_of(answers(24, 1, 0, 0)) == "mostly"); // 98
}

TEST_CASE("part subtotals are out of 20, 52 and 28") {
  const auto result = assess(self_diagnosis(), answers(25, 0, 0, 0));
  REQUIRE(result.parts.size() == 3);
  CHECK(result.parts[0].max == 20);
  CHECK(result.parts[1].max == 52);
  CHECK(result.parts[2].max == 28);
  const auto mixed = assess(self_diagnosis(), answers(5, 0, 0, 20));
  CHECK(mixed.parts[0].score == 20);
  CHECK(mixed.parts[1].score == 0);
}

TEST_CASE("na scores 4 in the self-diagnosis and is listed separately") {
  const auto result = assess(self_diagnosis(), answers(20, 0, 0, 0, 5));
  CHECK(result.total == 100);
  CHECK(result.not_applicable.size() == 5);
  CHECK(result.open_items.empty());
}

TEST_CASE("open items come worst first: わからない, then 0, then 2, each in item order") {
  auto set = answers(25, 0, 0, 0);
  set.answers["3"] = {"partial", {}, {}};
  set.answers["7"] = {"no", {}, {}};
  set.answers["9"] = {"unknown", {}, {}};
  set.answers["12"] = {"no", {}, {}};
  set.answers["1"] = {"partial", {}, {}};
  const auto result = assess(self_diagnosis(), set);
  std::vector<std::string> order;
  for (const auto* item : result.open_items) order.push_back(item->item->number);
  CHECK(order == std::vector<std::string>{"9", "7", "12", "1", "3"});
}

TEST_CASE("the date comes from the answers, else from --as-of") {
  auto set = answers(25, 0, 0, 0);
  CHECK_FALSE(assess(self_diagnosis(), set).assessed_on);
  CHECK(assess(self_diagnosis(), set, Date{2026, 1, 2}).assessed_on == Date{2026, 1, 2});
  set.assessed_on = Date{2025, 5, 6};
  CHECK(assess(self_diagnosis(), set, Date{2026, 1, 2}).assessed_on == Date{2025, 5, 6});
}

TEST_CASE("completion scoring: yes 1, partial 0.5, na left out of score and maximum") {
  Diagnostics d;
  const auto* cloud = test::embedded_library().get("cloud", d);
  REQUIRE(cloud);
  AnswerSet set;
  set.instrument = "cloud";
  for (int i = 1; i <= 15; ++i) set.answers[std::to_string(i)] = {"yes", {}, {}};
  set.answers["1"] = {"partial", {}, {}};
  set.answers["2"] = {"no", {}, {}};
  set.answers["3"] = {"na", {}, {}};
  const auto result = assess(*cloud, set);
  CHECK(result.max == 14);
  CHECK(result.total == 12.5);
  CHECK(result.percent() == doctest::Approx(89.2857));
  CHECK(result.not_applicable.size() == 1);
  CHECK(result.open_items.size() == 2);
}
