#include <doctest/doctest.h>

#include "secaction/core/organization.hpp"

using secaction::Organization;

TEST_CASE("absorb_organization: a blank name matches any, the first details given are kept") {
  Organization combined;
  CHECK(secaction::absorb_organization(combined, {"", "製造業", std::nullopt}));
  CHECK(secaction::absorb_organization(combined, {"A社", "小売業", 28}));
  CHECK(combined.name == "A社");
  CHECK(combined.industry == "製造業");
  CHECK(combined.employees == 28);
  CHECK(secaction::absorb_organization(combined, {"", "", 5}));
  CHECK_FALSE(secaction::absorb_organization(combined, {"B社", "", std::nullopt}));
  CHECK(combined.name == "A社");
  CHECK(combined.employees == 28);
}
