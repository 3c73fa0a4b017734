#include <cmath>
#include <string>

#include <doctest/doctest.h>

#include "secaction/content/shipped.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/benchmark/assess.hpp"
#include "secaction/benchmark/gate.hpp"
#include "secaction/benchmark/present.hpp"
#include "secaction/benchmark/risk.hpp"
#include "secaction/benchmark/stats.hpp"
#include "secaction/benchmark/summary.hpp"
#include "secaction/load/benchmark_loader.hpp"
#include "secaction/load/json_tree.hpp"
#include "secaction/load/schema.hpp"
#include "secaction/report/markdown.hpp"
#include "secaction/content/source.hpp"
#include "test_support.hpp"

using namespace secaction;

namespace {

const content::BenchmarkContent& benchmark_content() {
  static const content::BenchmarkContent loaded = [] {
    Diagnostics diagnostics;
    auto result = content::benchmark_content(test::embedded_library(), diagnostics);
    REQUIRE(result);
    return std::move(*result);
  }();
  return loaded;
}

questionnaire::AnswerSet all_levels(int level) {
  questionnaire::AnswerSet answers;
  answers.instrument = "benchmark";
  for (int i = 1; i <= 27; ++i) answers.answers[std::to_string(i)] = {std::to_string(level), {}, {}};
  return answers;
}

benchmark::Profile lowest_profile() {
  return {{"employees", "up-to-20"}, {"revenue", "under-100m"}, {"important_information", "none"},
          {"personal_information", "none"}, {"it_dependence", "low"}, {"outsourcing", "none"}};
}

} // namespace

TEST_CASE("the benchmark has 27 items in the 8/4/7/5/3 split, each with five levels in ja and en") {
  const auto& instrument = *benchmark_content().instrument;
  REQUIRE(instrument.parts.size() == 5);
  const std::size_t expected[] = {8, 4, 7, 5, 3};
  for (std::size_t i = 0; i < 5; ++i) CHECK(instrument.parts[i].items.size() == expected[i]);
  CHECK(instrument.item_count() == 27);
  for (const auto& part : instrument.parts) {
    for (const auto& item : part.items) {
      REQUIRE(item.levels.size() == 5);
      for (const auto& [level, text] : item.levels) {
        CHECK(!text.ja.empty());
        CHECK(!text.en.empty());
      }
      CHECK(!item.why.empty());
      CHECK(!item.measures.ja.empty());
    }
  }
}

TEST_CASE("all level 1 scores 27, all level 5 scores 135") {
  const auto& c = benchmark_content();
  CHECK(benchmark::assess_benchmark(*c.instrument, all_levels(1), c.rules, lowest_profile()).assessment.total == 27);
  const auto top = benchmark::assess_benchmark(*c.instrument, all_levels(5), c.rules, lowest_profile());
  CHECK(top.assessment.total == 135);
  CHECK(top.recommendations.empty());
  for (const auto& area : top.areas) CHECK(area.average == 5);
}

TEST_CASE("benchmark fail_under: the total score against the threshold, which passes when equal") {
  const auto& c = benchmark_content();
  const auto result = benchmark::assess_benchmark(*c.instrument, all_levels(2), c.rules, lowest_profile());
  REQUIRE(result.assessment.total == 54);
  CHECK_FALSE(benchmark::fail_under(result, 54));
  const auto failure = benchmark::fail_under(result, 60.5);
  REQUIRE(failure);
  CHECK(failure->message == "total score 54 is below --fail-under 60.5");
}

TEST_CASE("the risk index follows the documented formula and groups change exactly at the cut-offs") {
  const auto& rules = benchmark_content().rules;
  CHECK(benchmark::assess_risk(rules, lowest_profile()).index == 0);
  benchmark::Profile highest = {{"employees", "over-300"}, {"revenue", "5b-or-more"}, {"important_information", "core"},
                                {"personal_information", "10000-or-more"}, {"it_dependence", "essential"}, {"outsourcing", "core"}};
  const auto top = benchmark::assess_risk(rules, highest);
  CHECK(top.index == 100);
  CHECK(rules.groups[top.group].id == "G1");
  // Example: 100 × (1×1/4 + 1×1/3 + 2×2/3 + 2×1/3 + 2×2/3 + 1×1/2) ÷ 9 = 49.07… → 49.1 → GⅡ
  benchmark::Profile example = {{"employees", "21-50"}, {"revenue", "100m-1b"}, {"important_information", "much"},
                                {"personal_information", "under-1000"}, {"it_dependence", "high"}, {"outsourcing", "some"}};
  CHECK(benchmark::assess_risk(rules, example).index == doctest::Approx(49.1));
  CHECK(rules.groups[benchmark::group_for_index(rules, 60.0)].id == "G1");
  CHECK(rules.groups[benchmark::group_for_index(rules, 59.9)].id == "G2");
  CHECK(rules.groups[benchmark::group_for_index(rules, 30.0)].id == "G2");
  CHECK(rules.groups[benchmark::group_for_index(rules, 29.9)].id == "G3");
  CHECK(rules.groups[benchmark::group_for_index(rules, 0.0)].id == "G3");
}

TEST_CASE("gaps to the desired level: worst gap first, then content order") {
  const auto& c = benchmark_content();
  auto answers = all_levels(2);
  const auto result = benchmark::assess_benchmark(*c.instrument, answers, c.rules, lowest_profile()); // GⅢ
  CHECK(result.group().id == "G3");
  // GⅢ wants 2, and 3 for items 13, 14, 15, 21, 25.
  REQUIRE(result.recommendations.size() == 5);
  CHECK(result.items[result.recommendations.front()].item->number == "13");
  CHECK(result.items[result.recommendations.back()].item->number == "25");
}

TEST_CASE("偏差値 against supplied statistics matches the formula") {
  const auto& c = benchmark_content();
  benchmark::ReferenceStats stats;
  stats.source = "test";
  stats.groups["G3"] = {70.0, 12.5, 30, {}};
  const auto comparison = benchmark::compare_with_reference(stats, c.rules, c.rules.group_index("G3"), 81);
  REQUIRE(comparison.deviation);
  CHECK(*comparison.deviation == doctest::Approx((81.0 - 70.0) / 12.5 * 10 + 50).epsilon(0.001)); // 58.8
  CHECK(*comparison.deviation == doctest::Approx(58.8));
  CHECK(*comparison.percentile == doctest::Approx(81.1)); // Φ(0.88) = 0.8106
  const auto missing = benchmark::compare_with_reference(stats, c.rules, c.rules.group_index("G1"), 81);
  CHECK(missing.gap == benchmark::PeerGap::group_not_in_file);
  CHECK_FALSE(missing.deviation);
}

TEST_CASE("偏差値 against peers equals a hand computation with the population SD") {
  const auto& c = benchmark_content();
  // Totals 60, 70, 80, 90: mean 75; population variance (225+25+25+225)/4 = 125; SD = 11.1803…
  // Company 85: (85 − 75) ÷ 11.1803 × 10 + 50 = 58.944… → 58.9; below 3 of 4 → percentile 75.
  std::vector<benchmark::PeerRecord> peers = {{"G3", 60, {}}, {"G3", 70, {}}, {"G1", 80, {}}, {"G3", 90, {}}};
  const auto comparison = benchmark::compare_with_peers(peers, c.rules, c.rules.group_index("G3"), 85, "dir");
  CHECK_FALSE(comparison.within_group); // 3 in GⅢ, fewer than 5: all peers
  CHECK(comparison.in_group == 3);
  CHECK(comparison.used == 4);
  CHECK(comparison.mean == doctest::Approx(75));
  CHECK(comparison.sd == doctest::Approx(std::sqrt(125.0)));
  REQUIRE(comparison.deviation);
  CHECK(*comparison.deviation == doctest::Approx(58.9));
  CHECK(*comparison.percentile == doctest::Approx(75));

  std::vector<benchmark::PeerRecord> group(5, {"G3", 50, {}});
  group[4].total = 100; // 50,50,50,50,100: mean 60, SD 20 → (70 − 60) ÷ 20 × 10 + 50 = 55
  group.push_back({"G1", 135, {}});
  const auto within = benchmark::compare_with_peers(group, c.rules, c.rules.group_index("G3"), 70, "dir");
  CHECK(within.within_group);
  CHECK(within.used == 5);
  CHECK(*within.deviation == doctest::Approx(55));

  const auto flat = benchmark::compare_with_peers({{"G3", 50, {}}, {"G3", 50, {}}}, c.rules, 2, 70, "dir");
  CHECK(flat.gap == benchmark::PeerGap::no_spread);
  const auto lonely = benchmark::compare_with_peers({{"G3", 50, {}}}, c.rules, 2, 70, "dir");
  CHECK(lonely.gap == benchmark::PeerGap::too_few_peers);
}

TEST_CASE("population SD and percentile rank") {
  const auto stats = benchmark::population_mean_sd({2, 4, 4, 4, 5, 5, 7, 9});
  REQUIRE(stats);
  CHECK(stats->mean == doctest::Approx(5));
  CHECK(stats->sd == doctest::Approx(2)); // the textbook population example
  CHECK_FALSE(benchmark::population_mean_sd({}));
  CHECK(benchmark::percentile_rank({10, 20, 20, 30}, 20) == doctest::Approx(50));
  CHECK_FALSE(benchmark::deviation_score(50, 50, 0));
}

TEST_CASE("the JSON result follows schemas/benchmark-result.schema.json with and without peers, in both languages") {
  const auto& c = benchmark_content();
  const load::Schema schema(nlohmann::json::parse(*load::embedded_schema("benchmark-result.schema.json")),
                               "benchmark-result");
  auto result = benchmark::assess_benchmark(*c.instrument, all_levels(2), c.rules, lowest_profile());
  benchmark::ReferenceStats stats;
  stats.source = "test";
  stats.groups["G3"] = {70.0, 12.5, 30, {}};
  std::vector<benchmark::PeerComparison> comparisons = {
      result.peers, // not requested
      benchmark::compare_with_reference(stats, c.rules, result.risk.group, result.assessment.total),
      benchmark::compare_with_reference(stats, c.rules, c.rules.group_index("G1"), result.assessment.total), // group missing
      benchmark::compare_with_peers({{"G3", 50, {}}, {"G3", 60, {}}, {"G1", 80, {}}}, c.rules, result.risk.group, 54, "dir"),
      benchmark::compare_with_peers({{"G3", 50, {}}}, c.rules, result.risk.group, 54, "dir"),               // too few
      benchmark::compare_with_peers({{"G3", 50, {}}, {"G3", 50, {}}}, c.rules, result.risk.group, 54, "dir"), // no spread
  };
  for (const auto& comparison : comparisons) {
    result.peers = comparison;
    for (Lang lang : {Lang::ja, Lang::en}) {
      load::JsonTree tree("result.json", nlohmann::json::parse(benchmark::to_json(result, lang).dump()));
      Diagnostics d;
      CHECK_MESSAGE(schema.validate(tree, d), (d.empty() ? std::string() : format_diagnostic(d.all().front())));
    }
  }
  // The schema is not vacuous: a result without its score is refused.
  auto broken = nlohmann::json::parse(benchmark::to_json(result, Lang::en).dump());
  broken.erase("score");
  load::JsonTree tree("broken.json", broken);
  Diagnostics d;
  CHECK_FALSE(schema.validate(tree, d));
}

TEST_CASE("a benchmark summary row has the total, the level per area, the group and the risk index") {
  const auto& content = benchmark_content();
  const auto result = benchmark::assess_benchmark(*content.instrument, all_levels(3), content.rules, lowest_profile());
  const auto columns = benchmark::summary_columns(*content.instrument);
  CHECK(columns.size() == 9 + content.instrument->parts.size() + 3);
  const auto row = benchmark::summary_row(result, "b.yaml", Lang::ja);
  for (const auto& column : columns) CHECK(row.contains(column));
  CHECK_FALSE(row.contains("groups"));
  CHECK(row["score"] == 81);
  CHECK(row["max"] == 135);
  for (const auto& part : content.instrument->parts) CHECK(row["area_" + part.id] == 3);
  CHECK(row["group"] == result.group().id);
  CHECK(row["risk_index"].get<double>() == doctest::Approx(result.risk.index));
}

TEST_CASE("the Markdown report names --output without a stray escape, in both languages") {
  const auto& c = benchmark_content();
  const auto result = benchmark::assess_benchmark(*c.instrument, all_levels(2), c.rules, lowest_profile());
  for (const Lang lang : {Lang::ja, Lang::en}) {
    const std::string markdown = report::render_markdown(benchmark::to_document(result, lang));
    CHECK(markdown.find("--output") != std::string::npos); // the sentence on how to get the chart
    CHECK(markdown.find("\\--") == std::string::npos);     // a line starting with --output got "\--output"
  }
}
