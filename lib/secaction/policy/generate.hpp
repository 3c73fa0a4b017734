#pragma once
// Drafts the policy documents from a profile: values in (profile, template texts, an optional
// diagnosis, level, language, version), values out (file name and content). No files, no clock.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "secaction/core/lang.hpp"
#include "secaction/core/text_template.hpp"
#include "secaction/policy/profile.hpp"
#include "secaction/policy/rules.hpp"

namespace secaction::policy {

/// --level: secaction's own three levels, named after what they add (not seed 002's LV.1-LV.3, which are
/// defined differently): 1 the 5か条 rules and emergency contacts, 2 + the basic policy (付録2) and the
/// full handbook (付録4), 3 + the regulations (付録5). README and man/secaction-policy.1 document them.
enum class Level { five_principles = 1, policy_and_handbook = 2, regulations = 3 };

/// An input the drafts are generated from, named in every document's header with its hash.
struct NamedInput {
  std::string name;
  std::string text;
};

/// Template texts by content path, e.g. "policy/handbook.ja.md.mustache".
using Templates = std::map<std::string, std::string>;

/// The content paths of the templates `generate` needs for `lang` (with the rule book and the
/// audit kit's templates).
std::vector<std::string> template_paths(Lang lang);

struct Request {
  const Profile& profile;
  NamedInput profile_input;
  const Templates& templates;
  std::optional<Diagnosis> diagnosis;
  std::optional<NamedInput> diagnosis_input;
  Level level = Level::policy_and_handbook;
  Lang lang = Lang::ja;
  std::string version; // the secaction version printed in the headers
  /// Markdown sections the emergency-response draft ends with (the laws an incident may involve
  /// and where to get help, from content/incident), named among that draft's inputs; none when empty.
  std::optional<NamedInput> emergency_guidance;
  /// The rules of the regulations draft (content/policy/regulations-rules.<lang>.yaml, one of the
  /// templates), parsed by load::load_regulation_rules.
  RuleBook rule_book;
};

struct GeneratedFile {
  std::string name; // a plain file name, e.g. "basic-policy.md"
  std::string content;
};

/// Every file name `generate` can produce at any level, in the same order (so `--check` can
/// spot a draft left over from another level).
const std::vector<std::string>& all_file_names();

/// The documents of `request.level`, in a fixed order. A missing or broken template throws
/// InputError whose diagnostic names the template file (and the line and column when known).
std::vector<GeneratedFile> generate(const Request& request);

/// The values every policy template is rendered with, the draft header included (for documents
/// drafted beside these, such as the audit kit).
TemplateData template_data(const Request& request);

/// Renders the template at content path `path` with `data` as the drafts are rendered (a missing
/// or broken template throws InputError naming it).
std::string render_document(const Request& request, const std::string& path, const TemplateData& data);

/// How the profile's values appear in rule texts: escaped for Markdown, as regulations.md has them,
/// or as they are (for texts that leave Markdown, such as the audit instrument's questions).
enum class RuleValues { markdown, plain };

/// The rules of the regulations draft for this profile, as regulations.md lists them.
std::vector<Rule> regulation_rules(const Request& request, RuleValues values = RuleValues::markdown);

} // namespace secaction::policy
