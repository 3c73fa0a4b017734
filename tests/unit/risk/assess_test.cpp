#include "risk_support.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/risk/assess.hpp"

using namespace secaction;
using namespace secaction::risk;

namespace {

Asset make_asset(std::string name, std::string medium, int c, int i, int a) {
  Asset asset;
  asset.name = std::move(name);
  asset.medium = std::move(medium);
  asset.confidentiality = c;
  asset.integrity = i;
  asset.availability = a;
  return asset;
}

} // namespace

TEST_CASE("vulnerability is derived per medium from the countermeasures, and a register value wins") {
  const auto& catalogue = test::shipped_catalogue();
  Register reg;
  reg.assets.push_back(make_asset("all", "office-pc", 1, 1, 1));
  reg.assets.push_back(make_asset("some", "paper", 1, 1, 1));
  reg.assets.push_back(make_asset("none", "mobile", 1, 1, 1));
  Asset given = make_asset("given", "mobile", 1, 1, 1);
  given.vulnerability = 1;
  given.threat = 1;
  reg.assets.push_back(given);
  for (const auto& measure : catalogue.find_medium("office-pc")->countermeasures) reg.countermeasures["office-pc"][measure.id] = true;
  reg.countermeasures["paper"]["paper-shred"] = true;
  reg.countermeasures["paper"]["paper-clear-desk"] = false;
  const auto result = assess(reg, test::edition("3.1"), catalogue);
  auto find = [&](const std::string& name) {
    return *std::find_if(result.prioritised.begin(), result.prioritised.end(), [&](const AssetRisk& r) { return r.asset->name == name; });
  };
  CHECK(find("all").vulnerability == 1);
  CHECK(find("all").missing_countermeasures.empty());
  CHECK(find("some").vulnerability == 2);
  CHECK(find("none").vulnerability == 3); // unanswered counts as not in place
  CHECK(find("given").vulnerability == 1);
  CHECK(find("given").vulnerability_source == LevelSource::register_value);
  CHECK(find("given").threat == 1);
  CHECK(find("none").threat == 3); // the highest default likelihood of the medium's threats
}

TEST_CASE("the register is sorted by risk, then importance, then register order (stable)") {
  Register reg;
  reg.assets.push_back(make_asset("low", "cloud", 1, 1, 1));
  reg.assets.push_back(make_asset("tie-a", "mobile", 2, 2, 2));
  reg.assets.push_back(make_asset("high", "portable-media", 3, 1, 1));
  reg.assets.push_back(make_asset("tie-b", "mobile", 2, 2, 2));
  Asset personal = make_asset("personal", "portable-media", 1, 1, 1);
  personal.personal_information.sensitive = true;
  reg.assets.push_back(personal);
  const auto result = assess(reg, test::edition("3.1"), test::shipped_catalogue());
  std::vector<std::string> order;
  for (const auto& r : result.prioritised) order.push_back(r.asset->name);
  CHECK(order == std::vector<std::string>{"high", "personal", "tie-a", "tie-b", "low"});
  CHECK(result.prioritised[1].importance == 3);
  CHECK(result.prioritised[1].importance_forced);
  CHECK(result.prioritised[0].risk == 9);
  CHECK(result.prioritised[0].untreated_high);
  REQUIRE(result.prioritised[0].recommended);
  CHECK(*result.prioritised[0].recommended == TreatmentOption::reduce);
  CHECK(result.prioritised[2].risk == 6); // importance 2 × likelihood 3 (nothing answered for mobile)
  CHECK(result.untreated_high_count() == 4);
  CHECK(result.band_counts[0].count == 4);
}

#include "secaction/load/json_tree.hpp"
#include "secaction/load/schema.hpp"
#include "secaction/content/source.hpp"
#include "secaction/risk/present.hpp"

TEST_CASE("the JSON result follows schemas/risk-result.schema.json in both editions and languages") {
  const load::Schema schema(nlohmann::json::parse(*load::embedded_schema("risk-result.schema.json")), "risk-result");
  for (const char* id : {"3.1", "3"}) {
    const Edition& e = test::edition(id);
    Register reg;
    reg.organization.name = "x";
    reg.assets.push_back(make_asset("a", "portable-media", e.cia_max, e.cia_min, e.cia_min));
    reg.assets.push_back(make_asset("b", "cloud", e.cia_min, e.cia_min, e.cia_min));
    reg.assets.back().treatment = Treatment{TreatmentOption::retain, "cheap", {"m"}};
    const auto result = assess(reg, e, test::shipped_catalogue());
    for (Lang lang : {Lang::ja, Lang::en}) {
      const auto json = to_json(result, test::shipped_rules().source, lang);
      load::JsonTree tree("result.json", nlohmann::json::parse(json.dump()));
      Diagnostics d;
      CHECK_MESSAGE(schema.validate(tree, d), (d.empty() ? std::string() : format_diagnostic(d.all().front())));
    }
  }
}

TEST_CASE("every CSV record has as many cells as the header") {
  Register reg;
  reg.assets.push_back(make_asset("a", "paper", 3, 1, 1));
  reg.assets.push_back(make_asset("b", "cloud", 1, 1, 1));
  const auto result = assess(reg, test::edition("3.1"), test::shipped_catalogue());
  const auto doc = to_document(result, test::shipped_rules().source, Lang::en);
  REQUIRE(doc.records.rows.size() == 2);
  for (const auto& row : doc.records.rows) CHECK(row.size() == doc.records.header.size());
}
