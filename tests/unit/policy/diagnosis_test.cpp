#include <doctest/doctest.h>

#include "history/history_support.hpp"
#include "secaction/policy/diagnosis.hpp"

using namespace secaction;

TEST_CASE("policy --from: every self-diagnosis item with its number, points and answer in the report's language") {
  const auto snapshot = test::self_diagnosis_snapshot({{"3", "no"}, {"7", "partial"}}, "answers.yaml");
  Diagnostics d;
  const auto ja = policy::diagnosis_of(snapshot, Lang::ja, d);
  REQUIRE(ja);
  CHECK(d.empty());
  REQUIRE(ja->items.size() == 25);
  CHECK(ja->items[2].number == 3);
  CHECK(ja->items[2].points == 0);
  CHECK(ja->items[2].answer_label == "実施していない");
  CHECK(ja->items[6].points == 2);
  CHECK(ja->items[24].number == 25);
  const auto en = policy::diagnosis_of(snapshot, Lang::en, d);
  REQUIRE(en);
  CHECK(en->items[2].answer_label == snapshot.items[2].option->label.en);
}

TEST_CASE("policy --from: a result of another instrument is an error where the file names it") {
  Diagnostics d;
  const auto* five = test::embedded_library().get("five-principles", d);
  REQUIRE(five);
  history::Snapshot snapshot;
  snapshot.instrument = five;
  snapshot.instrument_at = {"five.json", 3, 17};
  CHECK_FALSE(policy::diagnosis_of(snapshot, Lang::ja, d));
  REQUIRE(d.error_count() == 1);
  CHECK(format_diagnostic(d.all()[0]).rfind("five.json:3:17: error: instrument: 'five-principles' is not a self-diagnosis result", 0) == 0);
}
