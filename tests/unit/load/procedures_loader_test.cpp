// content/policy/procedures.yaml: the rules its loader adds to the schema.
#include <doctest/doctest.h>

#include "secaction/load/procedures_loader.hpp"

using namespace secaction;

namespace {

std::string catalogue(const std::string& documents, const std::string& audiences = "  - {id: all, name: 全社共通, en: Company-wide, line: 35}\n") {
  return "schema: secaction.policy-procedures/v1\n"
         "source: {ja: 出典, en: Source, section: '7.1.1', heading: 見出し, line: 33}\n"
         "audiences:\n" + audiences +
         "areas:\n  - {id: org, heading: 7.3 組織的対策, en: Organisational, line: 55}\n"
         "documents:\n" + documents;
}

std::string document(const std::string& more = "") {
  return "  - {id: roles, area: org, heading: {origin: official, ja: 役割, line: 59}, en: Roles, level: 2, audiences: [all], body: {ja: 本文, en: Body}" +
         more + "}\n";
}

const std::string k_document = document();

std::string first_error(const std::string& text) {
  Diagnostics diagnostics;
  const auto loaded = load::load_procedures(text, "procedures.yaml", diagnostics);
  CHECK_FALSE(loaded.has_value());
  return diagnostics.all().empty() ? std::string() : diagnostics.all().front().message;
}

} // namespace

TEST_CASE("procedures loader: a minimal catalogue loads with its fields") {
  Diagnostics diagnostics;
  const auto loaded = load::load_procedures(catalogue(document(", when: [cloud, website]")),
                                            "procedures.yaml", diagnostics);
  REQUIRE(loaded.has_value());
  REQUIRE(loaded->documents.size() == 1);
  const auto& roles = loaded->documents.front();
  CHECK(roles.level == policy::Level::policy_and_handbook);
  CHECK(roles.heading == "役割");
  CHECK(roles.line == 59);
  CHECK(roles.when == std::vector<policy::Practice>{policy::Practice::cloud, policy::Practice::website});
  CHECK(roles.file_name() == "procedures/roles.md");
}

TEST_CASE("procedures loader: ids are unique and references resolve") {
  CHECK(first_error(catalogue(k_document + k_document)) == "document 'roles' is given twice");
  CHECK(first_error(catalogue("  - {id: roles, area: nowhere, heading: {origin: official, ja: 役割, line: 59}, en: Roles, level: 2, audiences: [all], body: {ja: a, en: b}}\n")) ==
        "document 'roles': unknown area 'nowhere'");
  CHECK(first_error(catalogue("  - {id: roles, area: org, heading: {origin: official, ja: 役割, line: 59}, en: Roles, level: 2, audiences: [all, boss], body: {ja: a, en: b}}\n")) ==
        "document 'roles': unknown audience 'boss'");
  CHECK(first_error(catalogue(k_document, "  - {id: all, name: 全社共通, en: All, line: 35}\n  - {id: boss, name: 経営者層, en: Executives, line: 36}\n")) ==
        "audience 'boss' receives no document");
}

TEST_CASE("procedures loader: the schema refuses an unknown practice or level") {
  Diagnostics diagnostics;
  CHECK_FALSE(load::load_procedures(catalogue(document(", when: [printers]")), "procedures.yaml", diagnostics));
  CHECK(diagnostics.has_errors());
  Diagnostics level;
  std::string text = catalogue(k_document);
  text.replace(text.find("level: 2"), 8, "level: 4");
  CHECK_FALSE(load::load_procedures(text, "procedures.yaml", level));
  CHECK(level.has_errors());
}
