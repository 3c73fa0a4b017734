#pragma once
// The organisation an assessment is about, as every input file gives it.
#include <optional>
#include <string>

#include "secaction/core/lang.hpp"

namespace secaction {

struct Organization {
  std::string name;
  std::string industry;
  std::optional<long long> employees;
};

/// "株式会社サンプル（製造業、従業員28名）" / "Sample Ltd (Manufacturing, 28 employees)"; the name
/// is "（未記入）" / "(not given)" when missing.
std::string describe_organization(Lang lang, const Organization& organization);

/// Folds one file's organisation into `combined` (merge, plan): a blank name matches any, the
/// first name, industry and employee count given are kept. False when `given` names another
/// organisation than `combined` already does (nothing is changed then but industry/employees).
bool absorb_organization(Organization& combined, const Organization& given);

} // namespace secaction
