#include "checklist_target.hpp"

#include <algorithm>
#include <cctype>

namespace secaction::cli {
namespace {

bool looks_like_id(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// A checklist id, or id@edition (an edition of a content pack's instrument).
bool looks_like_name(std::string_view text) {
  const auto at = text.find('@');
  if (at == std::string_view::npos) return looks_like_id(text);
  const std::string_view edition = text.substr(at + 1);
  return looks_like_id(text.substr(0, at)) && !edition.empty() && std::all_of(edition.begin(), edition.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '_' || c == '-';
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
