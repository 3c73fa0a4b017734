#include "secaction/policy/rules.hpp"

#include <fmt/format.h>

#include "secaction/core/error.hpp"
#include "secaction/policy/chapters.hpp"

namespace secaction::policy {
namespace {

// One line per rule text: a rule whose optional sentence stands on its own template line renders
// as two lines, which the draft shows as one paragraph anyway.
std::string trim_newlines(std::string text) {
  while (!text.empty() && text.back() == '\n') text.pop_back();
  std::size_t start = 0;
  while (start < text.size() && text[start] == '\n') ++start;
  return text.substr(start);
}

} // namespace

std::string rules_path(Lang lang) { return fmt::format("policy/regulations-rules.{}.yaml", lang_code(lang)); }

bool practice_on(const Practices& p, const std::string& name) {
  if (name == "cloud") return p.cloud;
  if (name == "telework") return p.telework;
  if (name == "system_development") return p.system_development;
  if (name == "outsourcing") return p.outsourcing;
  if (name == "my_number") return p.my_number;
  if (name == "website") return p.website;
  if (name == "byod") return p.byod;
  return false; // the schema allows no other name
}

std::vector<Rule> select_rules(const RuleBook& book, const Practices& practices, const TemplateData& data, Lang lang) {
  const std::string name = "content/" + rules_path(lang);
  std::vector<Rule> rules;
  for (const auto& chapter : select_chapters(practices)) {
    if (!chapter.included) continue;
    for (const auto& source : book.chapters) {
      if (source.number != chapter.number) continue;
      for (const auto& rule : source.rules) {
        if (rule.when && !practice_on(practices, *rule.when)) continue;
        Diagnostics diagnostics;
        auto text = render_template(fmt::format("{} (rule {})", name, rule.id), rule.text, data, diagnostics);
        if (!text) throw InputError(std::move(diagnostics));
        rules.push_back({rule.id, chapter.number, chapter.title.in(lang), rule.title, trim_newlines(*text)});
      }
    }
  }
  return rules;
}

} // namespace secaction::policy
