#include "risk_support.hpp"
#include "secaction/risk/gate.hpp"

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

std::vector<std::string> messages(const std::vector<GateFailure>& failures) {
  std::vector<std::string> out;
  for (const auto& failure : failures) out.push_back(failure.message);
  return out;
}

std::string band_of(const RiskAssessment& result, const std::string& name) {
  for (const auto& r : result.prioritised) {
    if (r.asset->name == name) return r.band != nullptr ? r.band->id : "";
  }
  return "(no such asset)";
}

// Two untreated high risks (9), one treated high risk (9), one medium (4), one low (3).
Register sample_register() {
  Register reg;
  reg.assets.push_back(make_asset("high-1", "portable-media", 3, 1, 1));
  reg.assets.push_back(make_asset("high-2", "portable-media", 1, 3, 1));
  Asset treated = make_asset("high-treated", "portable-media", 3, 1, 1);
  treated.treatment = Treatment{TreatmentOption::reduce, "encrypt", {}};
  reg.assets.push_back(treated);
  Asset medium = make_asset("medium", "mobile", 2, 1, 1);
  medium.threat = 3; // with vulnerability 2: likelihood 2, risk 2 × 2 = 4
  medium.vulnerability = 2;
  reg.assets.push_back(medium);
  reg.assets.push_back(make_asset("low", "cloud", 1, 1, 1));
  return reg;
}

} // namespace

TEST_CASE("--fail-on counts untreated risks in the band and the bands above it") {
  const Register reg = sample_register();
  const auto result = assess(reg, test::edition("3.1"), test::shipped_catalogue());
  REQUIRE(band_of(result, "high-1") == "high");
  REQUIRE(band_of(result, "high-treated") == "high");
  REQUIRE(band_of(result, "medium") == "medium");
  REQUIRE(band_of(result, "low") == "low");
  CHECK(messages(gate_failures(result, {"high", std::nullopt})) ==
        std::vector<std::string>{"2 asset(s) at or above band 'high' have no treatment decided (--fail-on high)"});
  CHECK(messages(gate_failures(result, {"medium", std::nullopt})) ==
        std::vector<std::string>{"3 asset(s) at or above band 'medium' have no treatment decided (--fail-on medium)"});
  CHECK(gate_failures(result, {}).empty());
}

TEST_CASE("--fail-over counts risk values at or over N, treated or not; both gates report in order") {
  const Register reg = sample_register();
  const auto result = assess(reg, test::edition("3.1"), test::shipped_catalogue());
  CHECK(messages(gate_failures(result, {"", 9})) == std::vector<std::string>{"3 asset(s) have a risk value of 9 or more (--fail-over)"});
  CHECK(gate_failures(result, {"", 10}).empty());
  CHECK(messages(gate_failures(result, {"high", 4})) ==
        std::vector<std::string>{"2 asset(s) at or above band 'high' have no treatment decided (--fail-on high)",
                                 "4 asset(s) have a risk value of 4 or more (--fail-over)"});
}

TEST_CASE("a register whose risks are all treated passes --fail-on") {
  Register reg;
  Asset treated = make_asset("high-treated", "portable-media", 3, 1, 1);
  treated.treatment = Treatment{TreatmentOption::retain, "cheap", {}};
  reg.assets.push_back(treated);
  const auto result = assess(reg, test::edition("3.1"), test::shipped_catalogue());
  CHECK(gate_failures(result, {"high", std::nullopt}).empty());
}

TEST_CASE("apply_measures: the separate answers win over the register's, the others stay") {
  Register reg;
  reg.countermeasures["paper"]["paper-shred"] = false;
  reg.countermeasures["paper"]["paper-clear-desk"] = true;
  reg.countermeasures["cloud"]["cloud-mfa"] = true;
  CountermeasureAnswers measures;
  measures["paper"]["paper-shred"] = true;
  measures["mobile"]["mobile-lock"] = false;
  apply_measures(reg, measures);
  CHECK(reg.countermeasures["paper"] == std::map<std::string, bool>{{"paper-clear-desk", true}, {"paper-shred", true}});
  CHECK(reg.countermeasures["cloud"] == std::map<std::string, bool>{{"cloud-mfa", true}});
  CHECK(reg.countermeasures["mobile"] == std::map<std::string, bool>{{"mobile-lock", false}});
}
