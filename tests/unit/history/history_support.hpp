#pragma once
// Snapshots of the self-diagnosis made from answers, for the history tests.
#include <map>
#include <string>

#include <doctest/doctest.h>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

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

/// Validates `json` against a shipped schema.
inline bool valid_against(const char* schema_name, const nlohmann::ordered_json& json) {
  const auto schema_text = content::embedded_schema(schema_name);
  REQUIRE(schema_text);
  const auto schema_json = nlohmann::json::parse(*schema_text);
  valijson::Schema schema;
  valijson::SchemaParser parser;
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_json);
  parser.populateSchema(schema_adapter, schema);
  valijson::Validator validator;
  const nlohmann::json plain = nlohmann::json::parse(json.dump());
  valijson::adapters::NlohmannJsonAdapter adapter(plain);
  return validator.validate(schema, adapter, nullptr);
}

} // namespace secaction::test
