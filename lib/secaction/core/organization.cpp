#include "secaction/core/organization.hpp"

#include <vector>

#include <fmt/format.h>

namespace secaction {

std::string describe_organization(Lang lang, const Organization& org) {
  std::string text = org.name.empty() ? tr(lang, "（未記入）", "(not given)") : org.name;
  std::vector<std::string> details;
  if (!org.industry.empty()) details.push_back(org.industry);
  if (org.employees) {
    details.push_back(lang == Lang::ja ? fmt::format("従業員{}名", *org.employees) : fmt::format("{} employees", *org.employees));
  }
  if (details.empty()) return text;
  text += lang == Lang::ja ? "（" : " (";
  for (std::size_t i = 0; i < details.size(); ++i) {
    if (i > 0) text += lang == Lang::ja ? "、" : ", ";
    text += details[i];
  }
  text += lang == Lang::ja ? "）" : ")";
  return text;
}

bool absorb_organization(Organization& combined, const Organization& given) {
  bool same = true;
  if (!given.name.empty()) {
    if (combined.name.empty()) {
      combined.name = given.name;
    } else {
      same = given.name == combined.name;
    }
  }
  if (combined.industry.empty()) combined.industry = given.industry;
  if (!combined.employees) combined.employees = given.employees;
  return same;
}

} // namespace secaction
