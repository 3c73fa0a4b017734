#include <doctest/doctest.h>

#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/security_action_loader.hpp"
#include "secaction/core/diagnostic.hpp"
#include "test_support.hpp"

using namespace secaction;

namespace {

const load::Schema& schema() { return load::shipped_schema("security-action.schema.json"); }

} // namespace

TEST_CASE("evidence file: paths and policy are read") {
  Diagnostics diagnostics;
  const auto evidence = load::load_security_action_evidence(
      "schema: secaction.security-action/v1\nfive_principles: fp.yaml\nself_diagnosis: sd.yaml\n"
      "policy:\n  established_on: 2026-04-01\n  published: true\n  where: https://example.jp\n",
      "e.yaml", schema(), diagnostics);
  REQUIRE(evidence.has_value());
  CHECK(evidence->five_principles->path == "fp.yaml");
  CHECK(evidence->five_principles->where.line == 2);
  CHECK(evidence->self_diagnosis->path == "sd.yaml");
  CHECK(evidence->policy->established_on == Date{2026, 4, 1});
  CHECK(evidence->policy->published);
  CHECK(evidence->policy->where == "https://example.jp");
}

TEST_CASE("evidence file: every key is optional") {
  Diagnostics diagnostics;
  const auto evidence = load::load_security_action_evidence("policy:\n  published: false\n", "e.yaml", schema(), diagnostics);
  REQUIRE(evidence.has_value());
  CHECK_FALSE(evidence->five_principles);
  CHECK_FALSE(evidence->policy->established_on);
}

TEST_CASE("evidence file: errors say file:line:col and the valid choices") {
  Diagnostics diagnostics;
  CHECK_FALSE(load::load_security_action_evidence("policy:\n  established_on: 2026-02-30\n  publish: true\n", "e.yaml", schema(),
                                                     diagnostics));
  const auto all = diagnostics.in_reading_order();
  REQUIRE(all.size() == 2);
  CHECK(format_diagnostic(all[0]) == "e.yaml:2:19: error: policy.established_on: '2026-02-30' is not a calendar date; write YYYY-MM-DD");
  CHECK(format_diagnostic(all[1]).find("e.yaml:3:3: error:") == 0);
  CHECK(format_diagnostic(all[1]).find("established_on, published, where") != std::string::npos);
}

TEST_CASE("evidence file or answer file is decided by the keys") {
  CHECK(load::looks_like_security_action_evidence("policy:\n  published: true\n", "x"));
  CHECK(load::looks_like_security_action_evidence("schema: secaction.security-action/v1\n", "x"));
  CHECK_FALSE(load::looks_like_security_action_evidence("instrument: cloud\nanswers:\n  1: yes\n", "x"));
  CHECK_FALSE(load::looks_like_security_action_evidence("schema: secaction.instrument/v1\npolicy: {}\n", "x"));
  CHECK_FALSE(load::looks_like_security_action_evidence("not: [valid", "x"));
}
