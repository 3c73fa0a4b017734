#include "secaction/load/benchmark_loader.hpp"

#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/load/local_text.hpp"
#include "secaction/load/schema.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/yaml_reader.hpp"

namespace secaction::load {
namespace {

using Json = nlohmann::json;

// A profile answer as written: a string or an integer; anything else is empty (the schema reports it).
std::string string_or_integer_text(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  return {};
}

std::vector<std::string> option_ids(const benchmark::ProfileQuestion& question) {
  std::vector<std::string> ids;
  for (const auto& option : question.options) ids.push_back(option.id);
  return ids;
}

std::vector<std::string> question_ids(const benchmark::Rules& rules) {
  std::vector<std::string> ids;
  for (const auto& question : rules.questions) ids.push_back(question.id);
  return ids;
}

std::vector<std::string> group_ids(const benchmark::Rules& rules) {
  std::vector<std::string> ids;
  for (const auto& group : rules.groups) ids.push_back(group.id);
  return ids;
}

// An answer may be written as the option id or as its Japanese or English label.
const benchmark::ProfileOption* match_option(const benchmark::ProfileQuestion& question, const std::string& text) {
  for (const auto& option : question.options) {
    if (option.id == text || option.label.ja == text || option.label.en == text) return &option;
  }
  return nullptr;
}

void check_rules(const JsonTree& tree, const benchmark::Rules& rules, const questionnaire::Instrument& instrument,
                 Diagnostics& diagnostics) {
  std::set<std::string> seen_questions;
  for (std::size_t q = 0; q < rules.questions.size(); ++q) {
    const auto& question = rules.questions[q];
    const std::string pointer = child_pointer("/questions", q);
    if (!seen_questions.insert(question.id).second) {
      diagnostics.error(tree.at(pointer + "/id"), fmt::format("questions: '{}' is used by more than one question", question.id));
    }
    std::set<std::string> seen_options;
    for (std::size_t o = 0; o < question.options.size(); ++o) {
      if (!seen_options.insert(question.options[o].id).second) {
        diagnostics.error(tree.at(child_pointer(pointer + "/options", o) + "/id"),
                          fmt::format("question {}: option '{}' is used twice", question.id, question.options[o].id));
      }
    }
    if (question.highest_points() <= 0) {
      diagnostics.error(tree.at(pointer + "/options"), fmt::format("question {}: at least one option needs points above 0", question.id));
    }
  }
  for (std::size_t g = 1; g < rules.groups.size(); ++g) {
    if (rules.groups[g].min_index >= rules.groups[g - 1].min_index) {
      diagnostics.error(tree.at(child_pointer("/groups", g) + "/min_index"),
                        fmt::format("groups: min_index must fall from the first group to the last ({} is not below {})",
                                    rules.groups[g].min_index, rules.groups[g - 1].min_index));
    }
  }
  if (!rules.groups.empty() && rules.groups.back().min_index != 0) {
    diagnostics.error(tree.at(child_pointer("/groups", rules.groups.size() - 1) + "/min_index"),
                      "groups: the last group must have min_index 0, so every index falls in a group");
  }
  std::vector<std::string> missing;
  for (const auto& part : instrument.parts) {
    for (const auto& item : part.items) {
      auto found = rules.desired_levels.find(item.number);
      if (found == rules.desired_levels.end()) {
        missing.push_back(item.number);
      } else if (found->second.size() != rules.groups.size()) {
        diagnostics.error(tree.at(child_pointer("/desired_levels", item.number)),
                          fmt::format("desired_levels: item {} needs {} levels (one per group: {}), not {}", item.number,
                                      rules.groups.size(), fmt::join(group_ids(rules), ", "), found->second.size()));
      }
    }
  }
  if (!missing.empty()) {
    diagnostics.error(tree.key_at("/desired_levels"),
                      fmt::format("desired_levels: no desired level for item{} {}", missing.size() > 1 ? "s" : "",
                                  compact_numbers(missing)));
  }
  for (const auto& [number, unused] : rules.desired_levels) {
    if (instrument.find_item(number) == nullptr) {
      diagnostics.error(tree.key_at(child_pointer("/desired_levels", number)),
                        fmt::format("desired_levels: unknown item '{}'; valid numbers: 1–{}", number, instrument.item_count()));
    }
  }
}

} // namespace

std::optional<benchmark::Rules> load_benchmark_rules(std::string_view text, const std::string& file_name,
                                                     const questionnaire::Instrument& instrument, Diagnostics& diagnostics,
                                                     SchemaCheck check) {
  auto tree = read_content(text, file_name, "benchmark-profile.schema.json", check, diagnostics);
  if (!tree) return std::nullopt;
  const Json& root = tree->root();
  benchmark::Rules rules;
  rules.note = local_text(root, "note");
  for (const auto& entry : root.at("questions")) {
    benchmark::ProfileQuestion question;
    question.id = entry.at("id").get<std::string>();
    question.title = local_text(entry, "title");
    question.weight = entry.at("weight").get<double>();
    for (const auto& option : entry.at("options")) {
      question.options.push_back({option.at("id").get<std::string>(), local_text(option, "label"), option.at("points").get<double>()});
    }
    rules.questions.push_back(std::move(question));
  }
  for (const auto& entry : root.at("groups")) {
    rules.groups.push_back({entry.at("id").get<std::string>(), entry.at("name").get<std::string>(), local_text(entry, "title"),
                            entry.at("min_index").get<double>()});
  }
  for (const auto& [number, levels] : root.at("desired_levels").items()) {
    rules.desired_levels[number] = levels.get<std::vector<int>>();
  }
  rules.peer_minimum_in_group = root.at("peer_minimum_in_group").get<int>();
  const std::size_t errors_before = diagnostics.error_count();
  check_rules(*tree, rules, instrument, diagnostics);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return rules;
}

std::optional<LoadedBenchmarkAnswers> load_benchmark_answers(std::string_view text, const std::string& file_name,
                                                             InstrumentLookup& instruments, const benchmark::Rules& rules,
                                                             Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  auto tree = read_yaml(text, file_name, diagnostics, {}, answer_marks_kept());
  if (!tree) return std::nullopt;
  auto answers = load_answers(*tree, instruments,
                              {k_benchmark_instrument, MissingAnswers::error, /*offers_allow_missing=*/false}, diagnostics);
  if (!tree->root().is_object()) return std::nullopt;
  const Json& root = tree->root();
  // Only a benchmark answer file has a profile to check; another instrument is already an error.
  if (auto instrument = root.find("instrument"); instrument == root.end() || *instrument != k_benchmark_instrument) {
    return std::nullopt;
  }

  LoadedBenchmarkAnswers loaded;
  const auto profile = root.find("profile");
  if (profile == root.end() || profile->is_null()) {
    diagnostics.error(profile == root.end() ? tree->at("") : tree->key_at("/profile"),
                      fmt::format("no profile: section; the benchmark needs it to place the company in a risk group "
                                  "(answer {}); print one with `secaction benchmark --template`",
                                  fmt::join(question_ids(rules), ", ")));
  } else if (profile->is_object()) {
    for (const auto& [key, value] : profile->items()) {
      const std::string pointer = child_pointer("/profile", key);
      const auto* question = rules.find_question(key);
      if (question == nullptr) {
        diagnostics.error(tree->key_at(pointer), fmt::format("unknown profile question '{}'; valid questions: {}", key,
                                                             fmt::join(question_ids(rules), ", ")));
        continue;
      }
      if (value.is_null()) continue; // reported below as unanswered
      const std::string given = string_or_integer_text(value);
      const auto* option = given.empty() ? nullptr : match_option(*question, given);
      if (option == nullptr) {
        if (value.is_string() || value.is_number_integer()) { // other types: reported by the schema
          diagnostics.error(tree->at(pointer), fmt::format("profile {}: '{}' is not a valid choice; valid choices: {}", key,
                                                           given, fmt::join(option_ids(*question), ", ")));
        }
        continue;
      }
      loaded.profile[key] = option->id;
    }
    for (const auto& question : rules.questions) {
      auto written = profile->find(question.id);
      if (written == profile->end() || written->is_null()) {
        diagnostics.error(written == profile->end() ? tree->key_at("/profile") : tree->key_at(child_pointer("/profile", question.id)),
                          fmt::format("profile: no answer for {}; valid choices: {}", question.id,
                                      fmt::join(option_ids(question), ", ")));
      }
    }
  }
  if (!answers || diagnostics.error_count() > errors_before) return std::nullopt;
  loaded.answers = std::move(*answers);
  return loaded;
}

std::optional<benchmark::ReferenceStats> load_reference_stats(std::string_view text, const std::string& file_name,
                                                              const benchmark::Rules& rules,
                                                              const questionnaire::Instrument& instrument,
                                                              Diagnostics& diagnostics) {
  auto tree = read_yaml(text, file_name, diagnostics);
  if (!tree) return std::nullopt;
  if (!shipped_schema("benchmark-reference.schema.json").validate(*tree, diagnostics)) return std::nullopt;
  const Json& root = tree->root();
  const std::size_t errors_before = diagnostics.error_count();
  benchmark::ReferenceStats stats;
  stats.source = root.at("source").get<std::string>();
  stats.file = file_name;
  std::vector<std::string> area_ids;
  for (const auto& part : instrument.parts) area_ids.push_back(part.id);
  for (const auto& [group_id, entry] : root.at("groups").items()) {
    const std::string pointer = child_pointer("/groups", group_id);
    if (rules.group_index(group_id) == rules.groups.size()) {
      diagnostics.error(tree->key_at(pointer), fmt::format("unknown group '{}'; valid groups: {}", group_id,
                                                           fmt::join(group_ids(rules), ", ")));
      continue;
    }
    benchmark::ReferenceGroup group;
    group.mean = entry.at("mean").get<double>();
    group.sd = entry.at("sd").get<double>();
    if (auto count = entry.find("count"); count != entry.end()) group.count = count->get<long long>();
    if (auto areas = entry.find("areas"); areas != entry.end()) {
      for (const auto& [area, mean] : areas->items()) {
        if (std::find(area_ids.begin(), area_ids.end(), area) == area_ids.end()) {
          diagnostics.error(tree->key_at(child_pointer(pointer + "/areas", area)),
                            fmt::format("unknown area '{}'; valid areas: {}", area, fmt::join(area_ids, ", ")));
          continue;
        }
        group.area_means[area] = mean.get<double>();
      }
    }
    stats.groups[group_id] = std::move(group);
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return stats;
}

} // namespace secaction::load
