#include <doctest/doctest.h>

#include "secaction/load/common_fields.hpp"
#include "secaction/load/yaml_reader.hpp"

using namespace secaction;

namespace {

load::JsonTree tree_of(const std::string& text) {
  Diagnostics d;
  auto tree = load::read_yaml(text, "f.yaml", d);
  REQUIRE(tree);
  REQUIRE(d.empty());
  return std::move(*tree);
}

} // namespace

TEST_CASE("read_organization takes name, industry and employees, and skips what has the wrong type") {
  const auto full = load::read_organization(tree_of("organization: {name: Acme, industry: 製造業, employees: 28}\n"));
  CHECK(full.name == "Acme");
  CHECK(full.industry == "製造業");
  CHECK(full.employees == 28);

  const auto odd = load::read_organization(tree_of("organization: {name: null, industry: [x], employees: many}\n"));
  CHECK(odd.name.empty());
  CHECK(odd.industry.empty());
  CHECK_FALSE(odd.employees);

  CHECK(load::read_organization(tree_of("other: 1\n")).name.empty());
  CHECK(load::read_organization(tree_of("organization: Acme\n")).name.empty());
  CHECK(load::read_organization(tree_of("company: {name: Beta}\n"), "/company").name == "Beta");
}

TEST_CASE("read_date reads a calendar date and reports an impossible one at its place") {
  Diagnostics d;
  CHECK(load::read_date(tree_of("assessed_on: 2026-11-20\n"), "/assessed_on", d) == Date{2026, 11, 20});
  CHECK(d.empty());

  const auto nested = tree_of("policy:\n  established_on: 2026-02-30\n");
  CHECK_FALSE(load::read_date(nested, "/policy/established_on", d));
  REQUIRE(d.error_count() == 1);
  CHECK(format_diagnostic(d.all()[0]) == "f.yaml:2:19: error: policy.established_on: '2026-02-30' is not a calendar date; write YYYY-MM-DD");
}

TEST_CASE("read_date leaves other shapes, null and absent values to the schema") {
  Diagnostics d;
  CHECK_FALSE(load::read_date(tree_of("assessed_on: 20 Nov 2026\n"), "/assessed_on", d));
  CHECK_FALSE(load::read_date(tree_of("assessed_on: null\n"), "/assessed_on", d));
  CHECK_FALSE(load::read_date(tree_of("other: 1\n"), "/assessed_on", d));
  CHECK_FALSE(load::read_date(tree_of("assessed_on: 20261120\n"), "/assessed_on", d));
  CHECK(d.empty());
}
