#include <doctest/doctest.h>

#include "risk/risk_support.hpp"
#include "secaction/load/cost_loader.hpp"
#include "secaction/load/register_loader.hpp"
#include "secaction/load/yen_amount.hpp"

using namespace secaction;

namespace {

std::string messages(const Diagnostics& d) {
  std::string out;
  for (const auto& diagnostic : d.in_reading_order()) out += format_diagnostic(diagnostic) + "\n";
  return out;
}

} // namespace

TEST_CASE("yen amounts as people write them") {
  CHECK(load::yen_amount("300000") == 300000);
  CHECK(load::yen_amount("300,000円") == 300000);
  CHECK(load::yen_amount("¥1,000") == 1000);
  CHECK(load::yen_amount("３００００") == 30000);
  CHECK_FALSE(load::yen_amount("-5"));
  CHECK_FALSE(load::yen_amount("1.5"));
  CHECK_FALSE(load::yen_amount("三十万"));
  CHECK_FALSE(load::yen_amount(""));
  CHECK_FALSE(load::yen_amount("1234567890123456789"));
}

TEST_CASE("cost estimates: item, cost in yen and assets with their places") {
  Diagnostics d;
  const auto costs = load::load_cost_estimates("schema: secaction.plan-costs/v1\ncosts:\n"
                                               "  - item: self-diagnosis/11\n    cost: \"120,000円\"\n    assets: [会計データ, 顧客台帳]\n"
                                               "  - {item: five-principles/3, cost: 30000}\n",
                                               "costs.yaml", d);
  REQUIRE_MESSAGE(costs, messages(d));
  REQUIRE(costs->size() == 2);
  CHECK((*costs)[0].instrument == "self-diagnosis");
  CHECK((*costs)[0].item == "11");
  CHECK((*costs)[0].cost_yen == 120000);
  CHECK((*costs)[0].assets == std::vector<std::string>{"会計データ", "顧客台帳"});
  CHECK((*costs)[0].at.line == 3);
  REQUIRE((*costs)[0].asset_at.size() == 2);
  CHECK((*costs)[0].asset_at[1].line == 5);
  CHECK((*costs)[1].cost_yen == 30000);
}

TEST_CASE("cost estimates: a cost of 0 or words, and an item without INSTRUMENT/, are errors at their place") {
  Diagnostics d;
  CHECK_FALSE(load::load_cost_estimates("costs:\n  - {item: self-diagnosis/1, cost: 0}\n  - {item: '11', cost: 5}\n"
                                        "  - {item: five-principles/2, cost: 十万円}\n",
                                        "c.yaml", d));
  CHECK(messages(d) ==
        "c.yaml:2:36: error: cost 0 is not an amount of yen; write a whole number from 1 to 1000000000000000, e.g. 50000 or 50,000円\n"
        "c.yaml:3:12: error: item '11' is not INSTRUMENT/NUMBER; write it as the plan names it, e.g. self-diagnosis/3\n"
        "c.yaml:4:37: error: cost \"十万円\" is not an amount of yen; write a whole number from 1 to 1000000000000000, e.g. 50000 or 50,000円\n");
}

TEST_CASE("register: 想定被害額 (estimated_loss) in YAML and CSV; old registers have none; words are an error") {
  Diagnostics d;
  auto csv = load::load_register("情報資産名称,媒体・保存先,機密性,完全性,可用性,想定被害額\n顧客台帳,事務所PC,3,2,2,\"3,000,000円\"\n"
                                 "社員名簿,事務所PC,3,2,2,\n",
                                 "reg.csv", load::RegisterFormat::csv, test::edition("3.1"), test::shipped_catalogue(), d);
  REQUIRE_MESSAGE(csv, messages(d));
  CHECK(csv->assets[0].estimated_loss == 3'000'000);
  CHECK_FALSE(csv->assets[1].estimated_loss);
  auto yaml = load::load_register("assets:\n  - {name: 図面, medium: 社内サーバー, confidentiality: 3, integrity: 3, availability: 2, "
                                  "estimated_loss: 50000000}\n",
                                  "reg.yaml", load::RegisterFormat::yaml, test::edition("3.1"), test::shipped_catalogue(), d);
  REQUIRE_MESSAGE(yaml, messages(d));
  CHECK(yaml->assets[0].estimated_loss == 50'000'000);
  CHECK_FALSE(load::load_register("assets:\n  - {情報資産名称: 図面, 媒体・保存先: 社内サーバー, 機密性: 3, 完全性: 3, 可用性: 2, 想定被害額: たくさん}\n",
                                  "bad.yaml", load::RegisterFormat::yaml, test::edition("3.1"), test::shipped_catalogue(), d));
  CHECK(messages(d).find("error: asset '図面': 想定被害額 (estimated_loss) \"たくさん\" is not an amount of yen") != std::string::npos);
}
