#pragma once
// The rules of the regulations draft (付録5's chapters) as data: the draft lists them under their
// chapters and the internal-audit kit turns each into a check item, so both come from one source
// (content/policy/regulations-rules.<lang>.yaml, read by load::load_regulation_rules).
#include <optional>
#include <string>
#include <vector>

#include "secaction/core/lang.hpp"
#include "secaction/core/text_template.hpp"
#include "secaction/policy/profile.hpp"

namespace secaction::policy {

/// A rule as the content file has it: its text is a template over the profile's values.
struct RuleSource {
  std::string id;                  // "3.4"
  std::string title;               // the section title; empty when the language's draft has none
  std::optional<std::string> when; // a uses.* switch the rule needs, e.g. "cloud"
  std::string text;
};

struct RuleChapterSource {
  int number = 0;
  std::vector<RuleSource> rules;
};

struct RuleBook {
  std::vector<RuleChapterSource> chapters;
};

/// A rule of one company's regulations: its chapter is included and its condition holds.
struct Rule {
  std::string id;
  int chapter = 0;
  std::string chapter_title; // in the draft's language
  std::string title;
  std::string text; // rendered with the profile's values (Markdown-escaped like the draft's)
};

/// The content path of the rule book of `lang`.
std::string rules_path(Lang lang);

/// Whether a uses.* switch named in a rule's `when` is on.
bool practice_on(const Practices& practices, const std::string& name);

/// The rules of the chapters `practices` includes, in chapter order, with their texts rendered
/// with `data` (the values every policy template gets). A broken rule template throws InputError
/// naming the rule book.
std::vector<Rule> select_rules(const RuleBook& book, const Practices& practices, const TemplateData& data, Lang lang);

} // namespace secaction::policy
