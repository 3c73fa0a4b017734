#include <doctest/doctest.h>

#include "risk_support.hpp"
#include "secaction/risk/assess.hpp"
#include "secaction/risk/summary.hpp"

using namespace secaction;
using namespace secaction::risk;

TEST_CASE("a risk summary row counts assets per band and names the highest risk and untreated high risks") {
  const auto& edition = test::edition("3.1");
  Register reg;
  reg.organization.name = "Acme";
  reg.assessed_on = Date{2026, 11, 20};
  for (int i = 0; i < 3; ++i) {
    Asset asset;
    asset.name = "asset " + std::to_string(i);
    asset.medium = i == 0 ? "portable-media" : "cloud";
    asset.confidentiality = i == 0 ? 3 : 1;
    asset.integrity = 1;
    asset.availability = 1;
    reg.assets.push_back(asset);
  }
  const auto assessment = assess(reg, edition, test::shipped_catalogue());
  const auto columns = summary_columns(edition);
  CHECK(columns == std::vector<std::string>{"file", "organization", "assessed_on", "instrument", "score", "max", "percent", "band",
                                            "band_label", "assets", "band_high", "band_medium", "band_low", "highest_risk",
                                            "untreated_high"});
  const auto row = summary_row(assessment, "r.yaml", Lang::en);
  for (const auto& column : columns) CHECK(row.contains(column));
  CHECK(row["organization"] == "Acme");
  CHECK(row["assessed_on"] == "2026-11-20");
  CHECK(row["instrument"] == "risk-3.1");
  CHECK(row["score"].is_null());
  CHECK(row["assets"] == 3);
  int highest = 0;
  for (const auto& asset : assessment.prioritised) highest = std::max(highest, asset.risk);
  CHECK(row["highest_risk"] == highest);
  CHECK(row["band"] == assessment.prioritised.front().band->id);
  std::size_t counted = 0;
  for (const auto& band : edition.bands) counted += row["band_" + band.id].get<std::size_t>();
  CHECK(counted == 3);
  CHECK(row["untreated_high"] == assessment.untreated_high_count());
}
