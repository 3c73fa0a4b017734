#include <doctest/doctest.h>

#include "secaction/load/schema.hpp"
#include "secaction/load/yaml_reader.hpp"

using namespace secaction;
using namespace secaction::load;

namespace {

const char* k_schema = R"({
  "type": "object", "required": ["name", "level"], "additionalProperties": false,
  "properties": {
    "name": {"type": "string"},
    "level": {"enum": ["low", "high"]},
    "count": {"type": "integer", "minimum": 0},
    "tags": {"type": "array", "items": {"type": "string"}}
  }})";

std::vector<std::string> errors_for(const std::string& yaml) {
  Schema schema(nlohmann::json::parse(k_schema), "test");
  Diagnostics d;
  auto tree = read_yaml(yaml, "x.yaml", d);
  REQUIRE(tree);
  schema.validate(*tree, d);
  std::vector<std::string> lines;
  for (const auto& diagnostic : d.in_reading_order()) lines.push_back(format_diagnostic(diagnostic));
  return lines;
}

} // namespace

TEST_CASE("a valid document passes") { CHECK(errors_for("name: a\nlevel: low\ncount: 2\n").empty()); }

TEST_CASE("schema errors name the place, the problem and the valid choices") {
  const auto errors = errors_for("name: [1]\nlevel: medium\ncount: -1\ncolour: red\ntags: [a, 3]\n");
  REQUIRE(errors.size() == 5);
  CHECK(errors[0] == "x.yaml:1:7: error: name: expected text, found a list");
  CHECK(errors[1] == "x.yaml:2:8: error: level: 'medium' is not a valid choice; valid choices: low, high");
  CHECK(errors[2] == "x.yaml:3:8: error: count: -1 is below the minimum 0");
  CHECK(errors[3] == "x.yaml:4:1: error: (top level): unknown key 'colour'; valid keys: count, level, name, tags");
  CHECK(errors[4] == "x.yaml:5:11: error: tags.1: expected text, found a whole number");
}

TEST_CASE("missing required keys are listed together") {
  const auto errors = errors_for("count: 1\n");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "x.yaml:1:1: error: (top level): missing required keys name, level");
}
