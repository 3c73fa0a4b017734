#include "checklist_target.hpp"

#include <algorithm>

namespace secaction::cli {
namespace {

bool looks_like_name(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  });
}

} // namespace

ChecklistTarget classify_checklist_argument(std::string_view argument, bool file_exists,
                                            const std::vector<std::string>& checklist_ids) {
  if (file_exists || argument == "-") return ChecklistTarget::file;
  if (argument == "list") return ChecklistTarget::list;
  if (argument == "security-action") return ChecklistTarget::readiness;
  if (std::find(checklist_ids.begin(), checklist_ids.end(), argument) != checklist_ids.end()) return ChecklistTarget::instrument;
  if (looks_like_name(argument)) return ChecklistTarget::unknown_name;
  return ChecklistTarget::file;
}

} // namespace secaction::cli
