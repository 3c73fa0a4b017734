#pragma once
// Snapshots of the self-diagnosis made from answers, for the history tests.
#include <map>
#include <string>

#include <doctest/doctest.h>

#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/json_tree.hpp"
#include "secaction/load/schema.hpp"
#include "secaction/content/source.hpp"
#include "secaction/history/snapshot.hpp"
#include "test_support.hpp"

namespace secaction::test {

/// Every item "yes" except `overrides` (item number -> option id).
inline history::Snapshot self_diagnosis_snapshot(const std::map<std::string, std::string>& overrides, std::string source,
                                                 std::optional<Date> date = Date{2026, 11, 20}, std::string organization = "Acme") {
  Diagnostics d;
  const auto* sd = embedded_library().get("self-diagnosis", d);
  REQUIRE(sd);
  questionnaire::AnswerSet set;
  set.instrument = "self-diagnosis";
  set.organization.name = std::move(organization);
  set.assessed_on = date;
  for (int i = 1; i <= 25; ++i) set.answers[std::to_string(i)] = {"yes", {}, {}};
  for (const auto& [number, option] : overrides) set.answers[number] = {option, {}, {}};
  const auto assessment = questionnaire::assess(*sd, set);
  return history::snapshot_of(assessment, std::move(source), {std::string("x")});
}

/// Validates `json` against a shipped schema, with the validator the loaders use.
inline bool valid_against(const char* schema_name, const nlohmann::ordered_json& json) {
  const auto schema_text = load::embedded_schema(schema_name);
  REQUIRE(schema_text);
  const load::Schema schema(nlohmann::json::parse(*schema_text), schema_name);
  const load::JsonTree tree("result.json", nlohmann::json::parse(json.dump()));
  Diagnostics diagnostics;
  return schema.validate(tree, diagnostics);
}

} // namespace secaction::test
