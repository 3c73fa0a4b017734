#include <doctest/doctest.h>

#include "history/history_support.hpp"
#include "secaction/history/present.hpp"
#include "secaction/history/trend.hpp"
#include "secaction/report/markdown.hpp"

using namespace secaction;
using namespace secaction::history;

TEST_CASE("trend: results are ordered by date, ties by file name, whatever the input order") {
  std::vector<Snapshot> snapshots;
  snapshots.push_back(test::self_diagnosis_snapshot({{"1", "no"}}, "z-q3.yaml", Date{2026, 9, 30}));
  snapshots.push_back(test::self_diagnosis_snapshot({{"1", "no"}, {"2", "no"}}, "b-q1.yaml", Date{2026, 3, 31}));
  snapshots.push_back(test::self_diagnosis_snapshot({}, "a-q1.yaml", Date{2026, 3, 31}));
  Diagnostics d;
  const auto trend = build_trend(snapshots, d);
  REQUIRE(trend);
  CHECK(d.empty());
  REQUIRE(trend->points.size() == 3);
  CHECK(trend->points[0]->source == "a-q1.yaml");
  CHECK(trend->points[1]->source == "b-q1.yaml");
  CHECK(trend->points[2]->source == "z-q3.yaml");
  const auto json = to_json(*trend, Lang::ja);
  CHECK(test::valid_against("trend-result.schema.json", json));
  CHECK(json["results"][2]["total"] == 96);
}

TEST_CASE("trend: an undated result and mixed instruments are errors; mixed organisations a warning") {
  Diagnostics d;
  std::vector<Snapshot> undated;
  undated.push_back(test::self_diagnosis_snapshot({}, "a.yaml", std::nullopt));
  CHECK_FALSE(build_trend(undated, d));
  CHECK(d.error_count() == 1);

  Diagnostics mixed_d;
  const auto* checklist = test::embedded_library().get("five-principles", mixed_d);
  std::vector<Snapshot> mixed;
  mixed.push_back(test::self_diagnosis_snapshot({}, "a.yaml"));
  mixed.push_back(test::self_diagnosis_snapshot({}, "b.yaml"));
  mixed.back().instrument = checklist;
  CHECK_FALSE(build_trend(mixed, mixed_d));
  CHECK(mixed_d.error_count() == 1);

  Diagnostics orgs_d;
  std::vector<Snapshot> orgs;
  orgs.push_back(test::self_diagnosis_snapshot({}, "a.yaml", Date{2026, 1, 1}, "Acme"));
  orgs.push_back(test::self_diagnosis_snapshot({}, "b.yaml", Date{2026, 4, 1}, "Acme Ltd"));
  const auto trend = build_trend(orgs, orgs_d);
  REQUIRE(trend);
  CHECK_FALSE(orgs_d.has_errors());
  CHECK(orgs_d.all().size() == 1);
  CHECK(trend->organizations.size() == 2);
}

TEST_CASE("trend: the chart has the total and one series per part, as percentages") {
  std::vector<Snapshot> snapshots;
  snapshots.push_back(test::self_diagnosis_snapshot({{"1", "no"}}, "a.yaml", Date{2026, 1, 1}));
  snapshots.push_back(test::self_diagnosis_snapshot({}, "b.yaml", Date{2026, 4, 1}));
  Diagnostics d;
  const auto trend = build_trend(snapshots, d);
  REQUIRE(trend);
  const auto chart = line_chart(*trend, Lang::en);
  REQUIRE(chart.series.size() == 4); // total + 3 parts
  CHECK(chart.x_labels == std::vector<std::string>{"2026-01-01", "2026-04-01"});
  CHECK(*chart.series[0].values[0] == doctest::Approx(96));
  CHECK(*chart.series[1].values[0] == doctest::Approx(80)); // part 1: 16 of 20
  const auto md = report::render_markdown(to_document(*trend, Lang::en, "trend.svg"));
  CHECK(md.find("trend.svg") != std::string::npos);
  const auto without = report::render_markdown(to_document(*trend, Lang::ja, ""));
  CHECK(without.find(".svg") == std::string::npos);
}

TEST_CASE("trend: a negative total gets a negative range on the chart's axis, not a point at 0") {
  std::map<std::string, std::string> all_unknown;
  for (int i = 1; i <= 25; ++i) all_unknown[std::to_string(i)] = "unknown";
  std::vector<Snapshot> snapshots;
  snapshots.push_back(test::self_diagnosis_snapshot(all_unknown, "a.yaml", Date{2026, 1, 1}));
  snapshots.push_back(test::self_diagnosis_snapshot({}, "b.yaml", Date{2026, 4, 1}));
  Diagnostics d;
  const auto trend = build_trend(snapshots, d);
  REQUIRE(trend);
  const auto chart = line_chart(*trend, Lang::ja);
  CHECK(*chart.series[0].values[0] == doctest::Approx(-25));
  CHECK(chart.minimum == doctest::Approx(-25));
  CHECK(chart.gridlines == std::vector<double>{-25, 0, 25, 50, 75, 100});
  snapshots.erase(snapshots.begin());
  snapshots.push_back(test::self_diagnosis_snapshot({{"1", "no"}}, "c.yaml", Date{2026, 7, 1}));
  const auto positive = build_trend(snapshots, d);
  REQUIRE(positive);
  CHECK(line_chart(*positive, Lang::ja).minimum == doctest::Approx(0));
}
