#include "secaction/load/policy_loader.hpp"

#include <fmt/format.h>

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

// The schema checks the shape; a real calendar date (no 2月30日) needs code.
std::optional<Date> date_at(const JsonTree& tree, const char* key, Diagnostics& diagnostics) {
  const auto found = tree.root().find(key);
  if (found == tree.root().end()) return std::nullopt;
  const std::string value = found->get<std::string>();
  auto date = parse_date(value);
  if (!date) diagnostics.error(tree.at(std::string("/") + key), fmt::format("{}: '{}' is not a calendar date (YYYY-MM-DD)", key, value));
  return date;
}

} // namespace

std::optional<policy::Profile> load_policy_profile(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  auto tree = read_yaml(text, file, diagnostics);
  if (!tree) return std::nullopt;
  if (!shipped_schema("policy-profile.schema.json").validate(*tree, diagnostics)) return std::nullopt;
  const Json& root = tree->root();
  policy::Profile profile;
  profile.company_name = root.at("company").at("name").get<std::string>();
  profile.representative = person_of(root.at("company").at("representative"));
  const std::size_t errors_before = diagnostics.error_count();
  const auto established = date_at(*tree, "established_on", diagnostics);
  profile.revised_on = date_at(*tree, "revised_on", diagnostics);
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

std::optional<policy::Diagnosis> load_diagnosis(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  // JSON is YAML, so read_yaml gives the same positions and checks as every other input.
  auto tree = read_yaml(text, file, diagnostics);
  if (!tree) return std::nullopt;
  if (!shipped_schema("result.schema.json").validate(*tree, diagnostics)) return std::nullopt;
  const Json& root = tree->root();
  if (root.at("instrument") != "self-diagnosis") {
    diagnostics.error(tree->at("/instrument"),
                      fmt::format("instrument: '{}' is not a self-diagnosis result; --from takes the JSON of "
                                  "`secaction diagnose --format json`",
                                  root.at("instrument").get<std::string>()));
    return std::nullopt;
  }
  policy::Diagnosis diagnosis;
  for (const auto& part : root.at("parts")) {
    for (const auto& item : part.at("items")) {
      const Json& number = item.at("number");
      int value = 0;
      if (number.is_number_integer()) {
        value = number.get<int>();
      } else {
        try {
          value = std::stoi(number.get<std::string>());
        } catch (const std::exception&) {
          value = 0; // not a self-diagnosis number; matches no handbook topic
        }
      }
      diagnosis.items.push_back({value, item.at("points").get<double>(), item.at("counted").get<bool>(),
                                 item.at("answer_label").get<std::string>()});
    }
  }
  return diagnosis;
}

} // namespace secaction::load
