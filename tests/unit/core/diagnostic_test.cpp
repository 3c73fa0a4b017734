#include <doctest/doctest.h>

#include "secaction/core/diagnostic.hpp"

using namespace secaction;

TEST_CASE("diagnostics print as file:line:col: error: message") {
  CHECK(format_diagnostic({Severity::error, {"a.yaml", 3, 7}, "bad"}) == "a.yaml:3:7: error: bad");
  CHECK(format_diagnostic({Severity::warning, {"a.yaml", 0, 0}, "odd"}) == "a.yaml: warning: odd");
  CHECK(format_diagnostic({Severity::error, {"", 0, 0}, "x"}) == "error: x");
}

TEST_CASE("diagnostics come out in reading order, files kept in first-seen order") {
  Diagnostics d;
  d.error({"b.yaml", 9, 1}, "b9");
  d.error({"a.yaml", 5, 2}, "a5");
  d.error({"b.yaml", 2, 4}, "b2");
  d.warning({"a.yaml", 1, 1}, "a1");
  const auto sorted = d.in_reading_order();
  REQUIRE(sorted.size() == 4);
  CHECK(sorted[0].message == "b2");
  CHECK(sorted[1].message == "b9");
  CHECK(sorted[2].message == "a1");
  CHECK(sorted[3].message == "a5");
  CHECK(d.error_count() == 3);
  CHECK(d.has_errors());
}

TEST_CASE("diagnostics never carry raw control bytes to the terminal") {
  const Diagnostic echo{Severity::error, {"a\nb\x1b.yaml", 3, 6}, "item 1: '\x1b]0;pwned\a\x1b[2Jyes' is not a valid answer"};
  CHECK(format_diagnostic(echo) == "a\\nb\\x1b.yaml:3:6: error: item 1: '\\x1b]0;pwned\\x07\\x1b[2Jyes' is not a valid answer");
  const Diagnostic hidden{Severity::error, {"x.yaml", 1, 1}, "'yes\xe2\x80\x8b' and '\xe2\x80\xaeon' and '\xe3\x80\x80'"};
  CHECK(format_diagnostic(hidden) == "x.yaml:1:1: error: 'yes\\u200b' and '\\u202eon' and '\\u3000'");
}
