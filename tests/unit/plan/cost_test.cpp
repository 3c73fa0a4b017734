#include <doctest/doctest.h>

#include "secaction/plan/cost.hpp"
#include "secaction/plan/present.hpp"
#include "secaction/report/markdown.hpp"
#include "test_support.hpp"

using namespace secaction;

namespace {

const questionnaire::Instrument* instrument(const char* id) {
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

// Three open self-diagnosis items, all "no" (equal priority: content order 5, 8, 11).
plan::Plan three_actions() {
  Diagnostics d;
  auto result = plan::make_plan({source("self-diagnosis", "yes", {{"5", "no"}, {"8", "no"}, {"11", "no"}})}, d);
  REQUIRE(d.empty());
  REQUIRE(result.actions.size() == 3);
  return result;
}

plan::CostEstimate cost(const std::string& item, long long yen, std::vector<std::string> assets = {}, int line = 1) {
  const auto slash = item.find('/');
  return {item.substr(0, slash), item.substr(slash + 1), yen, std::move(assets), {"costs.yaml", line, 3}, {}};
}

std::vector<std::string> ranked_items(const plan::CostView& view) {
  std::vector<std::string> out;
  for (const auto& entry : view.ranked) out.push_back(entry.action->primary.item->number);
  return out;
}

std::string messages(const Diagnostics& d) {
  std::string out;
  for (const auto& diagnostic : d.in_reading_order()) out += format_diagnostic(diagnostic) + "\n";
  return out;
}

} // namespace

TEST_CASE("cost view: ranked by risk reduced per yen, the loss weighed by likelihood over the highest") {
  const auto plan = three_actions();
  const std::vector<plan::RegisterAsset> assets = {{"顧客台帳", 9'000'000, 3}, {"会計データ", 3'000'000, 1}, {"図面", 6'000'000, 2}};
  Diagnostics d;
  const auto view = plan::cost_view(plan,
                                    {cost("self-diagnosis/5", 100'000, {"会計データ"}),          // 1,000,000 / 100,000 = 10
                                     cost("self-diagnosis/8", 50'000, {"顧客台帳", "図面"}),     // 13,000,000 / 50,000 = 260
                                     cost("self-diagnosis/11", 1'000'000, {"顧客台帳"})},        // 9,000,000 / 1,000,000 = 9
                                    &assets, 3, d);
  REQUIRE_MESSAGE(d.empty(), messages(d));
  CHECK(ranked_items(view) == std::vector<std::string>{"8", "5", "11"});
  CHECK(view.ranked[0].risk_reduced_yen == doctest::Approx(13'000'000));
  CHECK(view.ranked[0].per_yen == doctest::Approx(260));
  CHECK(view.ranked[0].plan_rank == 2);
  CHECK(view.ranked[1].risk_reduced_yen == doctest::Approx(1'000'000));
  CHECK(view.ranked[0].worth_it());
  CHECK(view.ranked[2].worth_it()); // 9,000,000 > 1,000,000
  CHECK(view.no_cost.empty());
  CHECK(view.no_estimate.empty());
}

TEST_CASE("cost view: equal value per yen keeps the plan's order; the principle fails when the cost exceeds the risk") {
  const auto plan = three_actions();
  const std::vector<plan::RegisterAsset> assets = {{"A", 300, 3}, {"B", 600, 3}};
  Diagnostics d;
  const auto view = plan::cost_view(
      plan, {cost("self-diagnosis/11", 1000, {"B"}), cost("self-diagnosis/8", 500, {"A"}), cost("self-diagnosis/5", 1000, {"B"})},
      &assets, 3, d);
  REQUIRE(d.empty());
  CHECK(ranked_items(view) == std::vector<std::string>{"5", "8", "11"}); // all 0.6 per yen: plan order
  CHECK_FALSE(view.ranked[0].worth_it());                               // 600 < 1000
}

TEST_CASE("cost view: actions without a cost, or without a loss to weigh, are listed apart and not ranked") {
  const auto plan = three_actions();
  const std::vector<plan::RegisterAsset> assets = {{"顧客台帳", 9'000'000, 3}, {"社員名簿", std::nullopt, 2}};
  Diagnostics d;
  const auto view = plan::cost_view(plan, {cost("self-diagnosis/8", 50'000, {"社員名簿"}), cost("self-diagnosis/11", 10'000)}, &assets, 3, d);
  REQUIRE(d.empty());
  CHECK(view.ranked.empty());
  REQUIRE(view.no_estimate.size() == 2);
  CHECK(view.no_estimate[0].action->primary.item->number == "8"); // plan order
  CHECK(view.no_estimate[1].action->primary.item->number == "11");
  REQUIRE(view.no_cost.size() == 1);
  CHECK(view.no_cost[0].action->primary.item->number == "5");
  CHECK(view.assets_without_loss == std::vector<std::string>{"社員名簿"});

  // The report says so, and ranks nothing.
  const auto markdown = report::render_markdown(plan::to_document(plan, Lang::en, &view));
  CHECK(markdown.find("No action can be ranked") != std::string::npos);
  CHECK(markdown.find("Actions without a cost estimate (not ranked)") != std::string::npos);
  CHECK(markdown.find("no estimated loss for its assets") != std::string::npos);
  CHECK(markdown.find("「セキュリティ侵害による想定被害額(経済的損失、社会的信用)\\>セキュリティ対策費」") != std::string::npos); // quoted verbatim (Markdown escapes >)
}

TEST_CASE("cost view: without a register, costs are listed but nothing is ranked") {
  const auto plan = three_actions();
  Diagnostics d;
  const auto view = plan::cost_view(plan, {cost("self-diagnosis/8", 50'000)}, nullptr, 3, d);
  REQUIRE(d.empty());
  CHECK_FALSE(view.register_given);
  CHECK(view.ranked.empty());
  REQUIRE(view.no_estimate.size() == 1);
  CHECK(view.no_cost.size() == 2);
}

TEST_CASE("cost view: an entry naming another item of the same action costs it; a second entry for it is an error") {
  Diagnostics d;
  // self-diagnosis No.3 and five-principles No.3 are one action (refs).
  const auto plan = plan::make_plan({source("self-diagnosis", "yes", {{"3", "partial"}}), source("five-principles", "yes", {{"3", "no"}})}, d);
  REQUIRE(plan.actions.size() == 1);
  const auto view = plan::cost_view(plan, {cost("self-diagnosis/3", 1000, {}, 3), cost("five-principles/3", 2000, {}, 5)}, nullptr, 3, d);
  CHECK(messages(d) == "costs.yaml:5:3: error: five-principles/3 is the same action as self-diagnosis/3 (line 3); give one cost per action\n");
  REQUIRE(view.no_estimate.size() == 1);
  CHECK(view.no_estimate[0].cost_yen == 1000);
}

TEST_CASE("cost view: unknown instruments, items and assets are errors; an item with no action is a warning") {
  const auto plan = three_actions();
  const std::vector<plan::RegisterAsset> assets = {{"顧客台帳", 9'000'000, 3}};
  Diagnostics d;
  plan::cost_view(plan,
                  {cost("cloud/1", 1000, {}, 1), cost("self-diagnosis/99", 1000, {}, 2), cost("self-diagnosis/1", 1000, {}, 3),
                   cost("self-diagnosis/5", 1000, {"無い資産"}, 4)},
                  &assets, 3, d);
  CHECK(messages(d) == "costs.yaml:1:3: error: 'cloud' is not an instrument of this plan; valid instruments: self-diagnosis\n"
                       "costs.yaml:2:3: error: self-diagnosis has no item 99; write INSTRUMENT/NUMBER as the plan shows it, e.g. self-diagnosis/1\n"
                       "costs.yaml:3:3: warning: self-diagnosis/1 is no action in this plan (answered without a gap, or not answered); its cost is ignored\n"
                       "costs.yaml:4:3: error: '無い資産' is not an asset (情報資産名称) of the register\n");
  // Without a register the assets cannot be checked or weighed: no error, the action is listed apart.
  Diagnostics without_register;
  const auto view = plan::cost_view(plan, {cost("self-diagnosis/5", 1000, {"顧客台帳"}, 7)}, nullptr, 3, without_register);
  CHECK(without_register.empty());
  REQUIRE(view.no_estimate.size() == 1);
  CHECK(view.no_estimate[0].assets.empty());
}

TEST_CASE("plan: answers to a classification-only instrument (posture) make no actions and are named as left out") {
  Diagnostics d;
  const auto result = plan::make_plan({source("posture", "no", {}), source("five-principles", "yes", {{"2", "no"}})}, d);
  REQUIRE(d.empty());
  REQUIRE(instrument("posture")->classification_only);
  REQUIRE(result.actions.size() == 1);
  CHECK(result.actions[0].primary.instrument->id == "five-principles");
  REQUIRE(result.skipped.size() == 1);
  CHECK(result.skipped[0]->id == "posture");
  CHECK(result.open_findings == 1);
  const auto markdown = report::render_markdown(plan::to_document(result, Lang::ja));
  CHECK(markdown.find("計画に含めていません：組織の姿勢（レベル）の判定") != std::string::npos);
  CHECK(plan::to_json(result, Lang::en)["skipped_classification_only"] == nlohmann::ordered_json::array({"posture"}));
}
