#include <doctest/doctest.h>

#include "history/history_support.hpp"
#include "secaction/history/compare.hpp"
#include "secaction/history/present.hpp"
#include "secaction/report/markdown.hpp"

using namespace secaction;
using namespace secaction::history;

TEST_CASE("compare: an item that lost points is regressed, one that gained is improved, the rest unchanged") {
  const auto before = test::self_diagnosis_snapshot({{"5", "no"}, {"8", "partial"}}, "q1.yaml");
  const auto after = test::self_diagnosis_snapshot({{"8", "yes"}, {"13", "no"}}, "q2.yaml");
  const auto c = compare(before, after);
  REQUIRE(c.items.size() == 25);
  REQUIRE(c.improved.size() == 2);
  CHECK(c.items[c.improved[0]].after->item->number == "5");
  CHECK(c.items[c.improved[0]].delta == 4);
  CHECK(c.items[c.improved[1]].after->item->number == "8");
  REQUIRE(c.regressed.size() == 1);
  CHECK(c.items[c.regressed[0]].after->item->number == "13");
  CHECK(c.items[c.regressed[0]].delta == -4);
  CHECK(c.changed.empty());
  CHECK(c.total_delta == 2); // +4 +2 -4
  CHECK_FALSE(c.total_regressed());
  CHECK(c.has_regression()); // an item got worse even though the total went up
}

TEST_CASE("compare: a lower total is a regression; identical results have none") {
  const auto good = test::self_diagnosis_snapshot({}, "a.yaml");
  const auto worse = test::self_diagnosis_snapshot({{"1", "partial"}}, "b.yaml");
  CHECK(compare(good, worse).total_regressed());
  CHECK(compare(good, worse).has_regression());
  const auto same = compare(good, good);
  CHECK_FALSE(same.has_regression());
  CHECK(same.improved.empty());
  CHECK(same.changed.empty());
  CHECK_FALSE(same.band_changed);
}

TEST_CASE("compare: a different answer with the same points is only a change") {
  const auto before = test::self_diagnosis_snapshot({}, "a.yaml");
  const auto after = test::self_diagnosis_snapshot({{"21", "na"}}, "b.yaml"); // na scores 4, like yes
  const auto c = compare(before, after);
  REQUIRE(c.changed.size() == 1);
  CHECK(c.items[c.changed[0]].movement == Movement::changed);
  CHECK_FALSE(c.has_regression());
}

TEST_CASE("compare: the band change is reported and the JSON follows its schema") {
  const auto before = test::self_diagnosis_snapshot({{"1", "no"}, {"2", "no"}, {"3", "no"}}, "a.yaml"); // 88
  const auto after = test::self_diagnosis_snapshot({}, "b.yaml");                                        // 100
  const auto c = compare(before, after);
  CHECK(c.band_changed);
  CHECK(before.band != after.band);
  const auto json = to_json(c, Lang::en);
  CHECK(test::valid_against("compare-result.schema.json", json));
  auto broken = json; // the schema is not vacuous: a result without its change is refused
  broken.erase("change");
  CHECK_FALSE(test::valid_against("compare-result.schema.json", broken));
  CHECK(json["change"]["total"] == 12);
  CHECK(json["change"]["band_changed"] == true);
  CHECK(json["improved"] == nlohmann::ordered_json::array({1, 2, 3}));
  CHECK(json["regressed"].empty());
  const auto ja = report::render_markdown(to_document(c, Lang::ja));
  CHECK(ja.find("点数帯が「") != std::string::npos);
  CHECK(ja.find("悪化した点はありません。") != std::string::npos);
  const auto en = report::render_markdown(to_document(c, Lang::en));
  CHECK(en.find("The band changed from") != std::string::npos);
  CHECK(en.find("| 1 |") != std::string::npos);
}

TEST_CASE("compare: same_instrument reports a mismatch") {
  Diagnostics d;
  const auto* checklist = test::embedded_library().get("five-principles", d);
  REQUIRE(checklist);
  auto a = test::self_diagnosis_snapshot({}, "a.yaml");
  auto b = test::self_diagnosis_snapshot({}, "b.yaml");
  CHECK(same_instrument({&a, &b}, "compare", d));
  CHECK(d.empty());
  b.instrument = checklist;
  CHECK_FALSE(same_instrument({&a, &b}, "compare", d));
  REQUIRE(d.error_count() == 1);
  CHECK(d.all()[0].message.find("differs from 'self-diagnosis'") != std::string::npos);
}
