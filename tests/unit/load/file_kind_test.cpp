#include <doctest/doctest.h>

#include "secaction/load/file_kind.hpp"
#include "secaction/load/yaml_reader.hpp"

using namespace secaction;
using namespace secaction::load;

namespace {

FileKind kind_of(const std::string& yaml) {
  Diagnostics diagnostics;
  auto tree = read_yaml(yaml, "f.yaml", diagnostics);
  REQUIRE(tree);
  return file_kind(*tree);
}

std::vector<std::string> wrong_kind(const std::string& yaml, FileKind expected) {
  Diagnostics diagnostics;
  auto tree = read_yaml(yaml, "f.yaml", diagnostics);
  REQUIRE(tree);
  const bool reported = report_wrong_kind(*tree, expected, diagnostics);
  std::vector<std::string> lines;
  for (const auto& d : diagnostics.all()) lines.push_back(format_diagnostic(d));
  CHECK(reported == !lines.empty());
  return lines;
}

} // namespace

TEST_CASE("every kind of file secaction reads is told by its keys") {
  CHECK(kind_of("instrument: self-diagnosis\nanswers: {1: yes}\n") == FileKind::answers);
  CHECK(kind_of("instrument: cloud\n") == FileKind::answers);
  CHECK(kind_of("instrument: benchmark\nprofile: {}\nanswers: {}\n") == FileKind::benchmark_answers);
  CHECK(kind_of("schema: secaction.risk-register/v1\nassets: []\n") == FileKind::register_file);
  CHECK(kind_of("assets:\n  - name: x\n") == FileKind::register_file);
  CHECK(kind_of("schema: secaction.risk-register/v1\ncountermeasures: {}\n") == FileKind::measures);
  CHECK(kind_of("schema: secaction.policy-profile/v1\ncompany: {}\n") == FileKind::policy_profile);
  CHECK(kind_of("five_principles: a.yaml\npolicy: {published: true}\n") == FileKind::evidence);
  CHECK(kind_of("{\"schema\": \"secaction.result/v1\", \"instrument\": \"cloud\"}") == FileKind::result);
  CHECK(kind_of("{\"schema\": \"secaction.risk-result/v1\"}") == FileKind::other_result);
  CHECK(kind_of("schema: secaction.benchmark-reference/v1\ngroups: {}\n") == FileKind::benchmark_reference);
  CHECK(kind_of("schema: secaction.instrument/v1\nid: x\n") == FileKind::instrument);
  CHECK(kind_of("hello: world\n") == FileKind::unknown);
  CHECK(kind_of("- a\n- b\n") == FileKind::unknown);
}

TEST_CASE("a file of another kind gets one line naming the command that reads it") {
  CHECK(wrong_kind("schema: secaction.risk-register/v1\nassets: []\n", FileKind::answers) ==
        std::vector<std::string>{"f.yaml:1:1: error: this is an asset register, not an answer file; use `secaction risk f.yaml`"});
  CHECK(wrong_kind("instrument: cloud\nanswers: {}\n", FileKind::register_file) ==
        std::vector<std::string>{"f.yaml:1:1: error: this is an answer file, not an asset register; use `secaction checklist f.yaml`"});
  CHECK(wrong_kind("instrument: self-diagnosis\nanswers: {}\n", FileKind::policy_profile).front().find("`secaction diagnose f.yaml`") !=
        std::string::npos);
  // Answers of the other questionnaire commands are left to the answer loader (it names the command).
  CHECK(wrong_kind("instrument: benchmark\nanswers: {}\n", FileKind::answers).empty());
  // Nothing recognisable: the loader's own errors say what is expected.
  CHECK(wrong_kind("hello: world\n", FileKind::answers).empty());
  CHECK(wrong_kind("instrument: self-diagnosis\n", FileKind::answers).empty());
}
