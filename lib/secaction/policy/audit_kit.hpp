#pragma once
// The internal-audit kit drafted beside the regulations (policy --audit-kit): a content pack whose
// instrument has one check item per rule of the regulations (answer = 実施状況, evidence = 証跡,
// note = 指摘), an audit plan (監査計画) and an audit report template (監査報告書). Values in,
// values out, like generate.
#include <string>
#include <vector>

#include "secaction/policy/generate.hpp"

namespace secaction::policy {

/// The instrument id of the kit's checklist (`secaction checklist --pack DIR/audit --template internal-audit`).
inline constexpr const char* k_audit_instrument_id = "internal-audit";

/// The content paths of the audit plan and report templates of `lang`.
std::vector<std::string> audit_kit_template_paths(Lang lang);

/// Every file the kit has, relative to the drafts' directory, in the order audit_kit returns them.
const std::vector<std::string>& audit_kit_file_names();

/// The instrument (YAML text) with one item per rule, parts by chapter. `regulations_label`
/// names the regulations draft the items were taken from (its file name and hash).
std::string audit_instrument(const std::vector<Rule>& rules, const Profile& profile, Lang lang, const std::string& regulations_label);

/// The kit for `request` (whose level must be regulations); `regulations` is the regulations draft
/// generate() returned, whose hash the kit records.
std::vector<GeneratedFile> audit_kit(const Request& request, const std::string& regulations);

} // namespace secaction::policy
