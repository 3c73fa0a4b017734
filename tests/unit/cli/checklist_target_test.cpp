#include <doctest/doctest.h>

#include "checklist_target.hpp"

using secaction::cli::ChecklistTarget;
using secaction::cli::classify_checklist_argument;

TEST_CASE("checklist argument: names unless a file of that name exists") {
  const std::vector<std::string> ids = {"cloud", "five-principles"};
  CHECK(classify_checklist_argument("list", false, ids) == ChecklistTarget::list);
  CHECK(classify_checklist_argument("security-action", false, ids) == ChecklistTarget::readiness);
  CHECK(classify_checklist_argument("cloud", false, ids) == ChecklistTarget::instrument);
  CHECK(classify_checklist_argument("nosuch", false, ids) == ChecklistTarget::unknown_name);
  // An existing file always wins, so files called "list" or "cloud" can be scored.
  CHECK(classify_checklist_argument("list", true, ids) == ChecklistTarget::file);
  CHECK(classify_checklist_argument("cloud", true, ids) == ChecklistTarget::file);
  CHECK(classify_checklist_argument("security-action", true, ids) == ChecklistTarget::file);
  // Paths are files even when missing (reading them reports the I/O error).
  CHECK(classify_checklist_argument("answers.yaml", false, ids) == ChecklistTarget::file);
  CHECK(classify_checklist_argument("dir/cloud", false, ids) == ChecklistTarget::file);
  CHECK(classify_checklist_argument("-", false, ids) == ChecklistTarget::file);
  // A name in the wrong case is a name (answered with "did you mean 'cloud'?"), not a missing file.
  CHECK(classify_checklist_argument("Cloud", false, ids) == ChecklistTarget::unknown_name);
}
