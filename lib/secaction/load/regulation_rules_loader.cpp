#include "secaction/load/regulation_rules_loader.hpp"

#include <set>

#include <fmt/format.h>

#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/yaml_reader.hpp"

namespace secaction::load {

std::optional<policy::RuleBook> load_regulation_rules(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  auto tree = read_yaml(text, file, diagnostics);
  if (!tree) return std::nullopt;
  if (!shipped_schema("regulation-rules.schema.json").validate(*tree, diagnostics)) return std::nullopt;
  policy::RuleBook book;
  std::set<int> chapters;
  std::set<std::string> ids;
  const std::size_t errors_before = diagnostics.error_count();
  const auto& list = tree->root().at("chapters");
  for (std::size_t c = 0; c < list.size(); ++c) {
    const auto& chapter = list[c];
    const std::string pointer = fmt::format("/chapters/{}", c);
    policy::RuleChapterSource source{chapter.at("number").get<int>(), {}};
    if (!chapters.insert(source.number).second) {
      diagnostics.error(tree->at(pointer + "/number"), fmt::format("chapter {} is listed twice", source.number));
    }
    const auto& rules = chapter.at("rules");
    for (std::size_t r = 0; r < rules.size(); ++r) {
      const auto& rule = rules[r];
      policy::RuleSource entry{rule.at("id").get<std::string>(), rule.value("title", std::string()), std::nullopt,
                               rule.at("text").get<std::string>()};
      if (rule.contains("when")) entry.when = rule.at("when").get<std::string>();
      const std::string rule_pointer = fmt::format("{}/rules/{}/id", pointer, r);
      if (!ids.insert(entry.id).second) diagnostics.error(tree->at(rule_pointer), fmt::format("rule {} is listed twice", entry.id));
      if (!entry.id.starts_with(std::to_string(source.number) + ".")) {
        diagnostics.error(tree->at(rule_pointer), fmt::format("rule {} is not numbered in chapter {} (write {}.N)", entry.id,
                                                              source.number, source.number));
      }
      source.rules.push_back(std::move(entry));
    }
    book.chapters.push_back(std::move(source));
  }
  if (diagnostics.error_count() != errors_before) return std::nullopt;
  return book;
}

} // namespace secaction::load
