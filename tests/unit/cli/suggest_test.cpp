#include <doctest/doctest.h>

#include "suggest.hpp"

using namespace secaction::cli;

TEST_CASE("edit distance counts inserts, deletes, replacements and swapped neighbours") {
  CHECK(edit_distance("diagnose", "diagnose") == 0);
  CHECK(edit_distance("diagnos", "diagnose") == 1);
  CHECK(edit_distance("--formt", "--format") == 1);
  CHECK(edit_distance("--fromat", "--format") == 1); // a swap
  CHECK(edit_distance("risk", "plan") == 4);
  CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("the closest match: same word in another case, then a unique prefix, then a few edits") {
  const std::vector<std::string> commands{"diagnose", "checklist", "benchmark", "risk", "policy", "validate",
                                          "compare",  "trend",     "merge",     "plan", "help",   "completion"};
  CHECK(closest_match("diagnos", commands) == "diagnose");
  CHECK(closest_match("Cheklist", commands) == "checklist");
  CHECK(closest_match("RISK", commands) == "risk");
  CHECK(closest_match("bench", commands) == "benchmark");
  CHECK(closest_match("comp", commands) == std::nullopt); // compare or completion: not unique
  CHECK_FALSE(closest_match("xyzzy", commands).has_value());
  CHECK_FALSE(closest_match("", commands).has_value());
  CHECK(did_you_mean("Cloud", {"cloud", "telework"}) == "; did you mean 'cloud'?");
  CHECK(did_you_mean("zzz", {"cloud", "telework"}).empty());
}
