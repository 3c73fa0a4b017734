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

// The placeholders of `secaction policy --template` (content/policy/profile-template.*.yaml): 〇〇
// in the Japanese one; "Example" names, the 03-0000-0000 number and support@example.com in the
// English one. A draft made from a value still holding one would print it as it is.
bool is_placeholder(const std::string& value) {
  if (value.find("〇〇") != std::string::npos) return true;
  if (value.find("03-0000-0000") != std::string::npos || value.find("@example.com") != std::string::npos) return true;
  const auto example = value.find("Example");
  if (example == std::string::npos) return false;
  const auto word_char = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  const std::size_t after = example + std::string_view("Example").size();
  return (example == 0 || !word_char(value[example - 1])) && (after == value.size() || !word_char(value[after]));
}

// One warning per value of the profile that is still the template's placeholder.
void warn_placeholders(const JsonTree& tree, const Json& value, const std::string& pointer, Diagnostics& diagnostics) {
  if (value.is_string()) {
    if (is_placeholder(value.get<std::string>())) {
      diagnostics.warning(tree.at(pointer), fmt::format("{}: '{}' is the template's placeholder; replace it, or the drafts print it as it is",
                                                        readable_path(pointer), value.get<std::string>()));
    }
  } else if (value.is_object()) {
    for (const auto& [key, child] : value.items()) warn_placeholders(tree, child, child_pointer(pointer, key), diagnostics);
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) warn_placeholders(tree, value[i], child_pointer(pointer, i), diagnostics);
  }
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
  warn_placeholders(*tree, root, "", diagnostics);
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
