#pragma once
// The shipped risk rules and threat catalogue, loaded once for the risk tests.
#include <doctest/doctest.h>

#include "secaction/content/shipped.hpp"
#include "test_support.hpp"

namespace secaction::test {

inline const risk::Rules& shipped_rules() {
  static const risk::Rules rules = [] {
    Diagnostics diagnostics;
    auto loaded = content::risk_rules(embedded_library(), diagnostics);
    REQUIRE(loaded);
    return *loaded;
  }();
  return rules;
}

inline const risk::Catalogue& shipped_catalogue() {
  static const risk::Catalogue catalogue = [] {
    Diagnostics diagnostics;
    auto loaded = content::risk_catalogue(embedded_library(), diagnostics);
    REQUIRE(loaded);
    return *loaded;
  }();
  return catalogue;
}

inline const risk::Edition& edition(const char* id) {
  const auto* found = shipped_rules().find(id);
  REQUIRE(found != nullptr);
  return *found;
}

} // namespace secaction::test
