#include <doctest/doctest.h>

#include "checklist_target.hpp"

using namespace secaction::cli;

TEST_CASE("checklist NAME: id@edition names an edition of a pack's checklist, known or not") {
  const std::vector<std::string> ids{"cloud", "star", "star@2025", "star@2026"};
  CHECK(classify_checklist_argument("star@2025", false, ids) == ChecklistTarget::instrument);
  CHECK(classify_checklist_argument("star@2030", false, ids) == ChecklistTarget::unknown_name);
  CHECK(classify_checklist_argument("star@", false, ids) == ChecklistTarget::file);
  CHECK(classify_checklist_argument("star@2030.yaml/x", false, ids) == ChecklistTarget::file);
  CHECK(classify_checklist_argument("star@2030", true, ids) == ChecklistTarget::file); // an existing file wins
}
