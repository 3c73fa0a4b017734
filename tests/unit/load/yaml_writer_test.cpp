#include <doctest/doctest.h>

#include "secaction/load/yaml_reader.hpp"
#include "secaction/load/yaml_writer.hpp"

using namespace secaction;

TEST_CASE("yaml writer: what it writes reads back as the same values") {
  nlohmann::ordered_json value = {
      {"text", "a: b # c \"quoted\" \\ back\nsecond line"},
      {"yes", "no"},
      {"null", nullptr},
      {"1-2", {{"ja", "（試験用）"}, {"en", "x"}}},
      {"list", {"one", 2, 2.5, true, nullptr, {{"k", "v"}, {"l", {"x", "y"}}}, nlohmann::ordered_json::array()}},
      {"empty", nlohmann::ordered_json::object()},
  };
  const std::string text = load::write_yaml(value);
  Diagnostics d;
  auto tree = load::read_yaml(text, "w.yaml", d);
  for (const auto& diagnostic : d.all()) INFO(format_diagnostic(diagnostic));
  REQUIRE(tree);
  CHECK(d.empty());
  CHECK(tree->root() == nlohmann::json::parse(value.dump()));
  CHECK(text.find("\"null\": null\n") != std::string::npos); // a key that would read as null is quoted
}
