#include "secaction/load/policy_loader.hpp"

#include <fmt/format.h>

#include "secaction/load/file_kind.hpp"
#include "secaction/load/common_fields.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/yaml_reader.hpp"

namespace secaction::load {
namespace {

using Json = nlohmann::json;

std::string string_or_empty(const Json& parent, const char* key) {
  const auto found = parent.find(key);
  return found != parent.end() && found->is_string() ? found->get<std::string>() : std::string();
}

policy::Person person_of(const Json& value) {
  return {string_or_empty(value, "name"), string_or_empty(value, "title"), string_or_empty(value, "contact")};
}

} // namespace

std::optional<policy::Profile> load_policy_profile(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  auto tree = read_yaml(text, file, diagnostics);
  if (!tree) return std::nullopt;
  if (report_wrong_kind(*tree, FileKind::policy_profile, diagnostics)) return std::nullopt;
  if (!shipped_schema("policy-profile.schema.json").validate(*tree, diagnostics)) return std::nullopt;
  const Json& root = tree->root();
  policy::Profile profile;
  profile.company_name = root.at("company").at("name").get<std::string>();
  profile.representative = person_of(root.at("company").at("representative"));
  const std::size_t errors_before = diagnostics.error_count();
  const auto established = read_date(*tree, "/established_on", diagnostics);
  profile.revised_on = read_date(*tree, "/revised_on", diagnostics);
  if (established && profile.revised_on && *profile.revised_on < *established) {
    diagnostics.error(tree->at("/revised_on"), "revised_on: is before established_on");
  }
  if (diagnostics.error_count() != errors_before) return std::nullopt;
  profile.established_on = *established;
  profile.scope = root.at("scope").get<std::string>() == "customer-information" ? policy::Scope::customer_information
                                                                               : policy::Scope::company_information;
  const Json& roles = root.at("roles");
  profile.roles = {person_of(roles.at("security_officer")), person_of(roles.at("department_manager")),
                   person_of(roles.at("system_administrator")), person_of(roles.at("education_officer")),
                   person_of(roles.at("inspection_officer"))};
  for (const auto& contact : root.at("emergency_contacts")) {
    profile.emergency_contacts.push_back({string_or_empty(contact, "role"), string_or_empty(contact, "name"),
                                          string_or_empty(contact, "phone"), string_or_empty(contact, "email")});
  }
  const Json& uses = root.at("uses");
  profile.practices = {uses.at("cloud").get<bool>(),       uses.at("telework").get<bool>(), uses.at("system_development").get<bool>(),
                       uses.at("outsourcing").get<bool>(), uses.at("my_number").get<bool>(), uses.at("website").get<bool>(),
                       uses.at("byod").get<bool>()};
  return profile;
}

} // namespace secaction::load
