#include "secaction/load/common_fields.hpp"

#include <fmt/format.h>

namespace secaction::load {
namespace {

const nlohmann::json* find(const JsonTree& tree, const std::string& pointer) {
  const nlohmann::json::json_pointer at(pointer);
  return tree.root().contains(at) ? &tree.root().at(at) : nullptr;
}

bool shaped_like_a_date(const std::string& text) { return text.size() == 10 && text[4] == '-' && text[7] == '-'; }

} // namespace

Organization read_organization(const JsonTree& tree, const std::string& pointer) {
  Organization organization;
  const auto* found = find(tree, pointer);
  if (found == nullptr || !found->is_object()) return organization;
  if (auto name = found->find("name"); name != found->end() && name->is_string()) organization.name = name->get<std::string>();
  if (auto industry = found->find("industry"); industry != found->end() && industry->is_string()) {
    organization.industry = industry->get<std::string>();
  }
  if (auto employees = found->find("employees"); employees != found->end() && employees->is_number_integer()) {
    organization.employees = employees->get<long long>();
  }
  return organization;
}

std::optional<Date> read_date(const JsonTree& tree, const std::string& pointer, Diagnostics& diagnostics) {
  const auto* found = find(tree, pointer);
  if (found == nullptr || !found->is_string()) return std::nullopt;
  const std::string written = found->get<std::string>();
  auto date = parse_date(written);
  if (!date && shaped_like_a_date(written)) {
    diagnostics.error(tree.at(pointer),
                      fmt::format("{}: '{}' is not a calendar date; write YYYY-MM-DD", readable_path(pointer), written));
  }
  return date;
}

} // namespace secaction::load
