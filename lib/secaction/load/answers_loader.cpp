#include "secaction/load/answers_loader.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/load/file_kind.hpp"
#include "secaction/load/common_fields.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/yaml_reader.hpp"

namespace secaction::load {
namespace {

using Json = nlohmann::json;
using namespace secaction::questionnaire;

bool all_digits(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

// "07" and "7" name the same item.
std::string normalise_number(const std::string& text) {
  if (!all_digits(text)) return text;
  const auto first = text.find_first_not_of('0');
  return first == std::string::npos ? "0" : text.substr(first);
}

std::string text_of(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  if (value.is_number()) return value.dump(); // 3.0, 2.5: reported as answers that are not on the scale
  return {};
}

std::string valid_answers(const Instrument& instrument) {
  std::vector<std::string> ids;
  std::vector<std::string> labels;
  for (const auto& option : instrument.scale) {
    ids.push_back(option.id);
    labels.push_back(option.label.ja);
  }
  return fmt::format("{} (or {})", fmt::join(ids, ", "), fmt::join(labels, ", "));
}

std::vector<std::string> all_numbers(const Instrument& instrument) {
  std::vector<std::string> numbers;
  for (const auto& part : instrument.parts) {
    for (const auto& item : part.items) numbers.push_back(item.number);
  }
  return numbers;
}

} // namespace

std::string compact_numbers(const std::vector<std::string>& numbers) {
  const bool numeric = std::all_of(numbers.begin(), numbers.end(), all_digits);
  if (!numeric) return fmt::format("{}", fmt::join(numbers, ", "));
  std::vector<std::string> parts;
  std::size_t i = 0;
  while (i < numbers.size()) {
    std::size_t j = i;
    while (j + 1 < numbers.size() && std::stol(numbers[j + 1]) == std::stol(numbers[j]) + 1) ++j;
    if (j >= i + 2) {
      parts.push_back(numbers[i] + "–" + numbers[j]);
    } else {
      for (std::size_t k = i; k <= j; ++k) parts.push_back(numbers[k]);
    }
    i = j + 1;
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

const std::vector<std::string>& answer_marks_kept() {
  static const std::vector<std::string> kept{"/instrument", "/organization/name"};
  return kept;
}

std::optional<LoadedAnswers> load_answer_file(std::string_view text, const std::string& file_name, InstrumentLookup& instruments,
                                              const AnswerFileOptions& options, Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  // A CSV file is an asset register exported from a spreadsheet; answer files are YAML.
  if (std::string_view lower_name = file_name; lower_name.size() > 4) {
    std::string extension(lower_name.substr(lower_name.size() - 4));
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".csv") {
      diagnostics.error({file_name, 1, 1}, fmt::format("this is a CSV file, not an answer file (YAML); an asset register in CSV is "
                                                       "read by `secaction risk {}`", file_name));
      return std::nullopt;
    }
  }
  auto tree = read_yaml(text, file_name, diagnostics, {}, answer_marks_kept());
  if (!tree) return std::nullopt;
  auto loaded = load_answers(*tree, instruments, options, diagnostics);
  // read_yaml can return a usable tree with errors (duplicate keys); those fail the file too.
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return loaded;
}

std::optional<LoadedAnswers> load_answers(const JsonTree& parsed, InstrumentLookup& instruments, const AnswerFileOptions& options,
                                          Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  const JsonTree* tree = &parsed;
  if (!tree->root().is_object()) {
    diagnostics.error(tree->at(""), "expected an answer file (a mapping with instrument: and answers:); "
                                    "print one with `secaction diagnose --template`");
    return std::nullopt;
  }
  // A register, profile or evidence file given to diagnose, checklist, benchmark, merge or plan:
  // one line naming the command that reads it, not a wall of schema errors.
  if (report_wrong_kind(*tree, FileKind::answers, diagnostics)) return std::nullopt;
  // The schema reports shape problems; the checks below report the rest (unknown items, invalid
  // answers, missing items) in the same run, skipping whatever has the wrong type.
  // An answer written true or false (YAML's booleans) is reported below like any other invalid
  // answer, naming the valid ones, rather than as a type error.
  Diagnostics shape;
  shipped_schema("answers.schema.json").validate(*tree, shape);
  std::vector<std::string> boolean_answers;
  const auto answers_in_tree = tree->root().find("answers");
  if (!shape.all().empty() && answers_in_tree != tree->root().end() && answers_in_tree->is_object()) {
    for (const auto& [key, value] : answers_in_tree->items()) {
      if (value.is_boolean()) boolean_answers.push_back(child_pointer("/answers", key));
      if (value.is_object() && value.contains("answer") && value.at("answer").is_boolean()) {
        boolean_answers.push_back(child_pointer("/answers", key) + "/answer");
      }
    }
  }
  for (const auto& diagnostic : shape.all()) {
    const bool about_a_boolean = std::any_of(boolean_answers.begin(), boolean_answers.end(), [&](const std::string& pointer) {
      const auto at = tree->at(pointer);
      return diagnostic.where.line == at.line && diagnostic.where.column == at.column;
    });
    if (about_a_boolean) continue;
    if (diagnostic.severity == Severity::error) {
      diagnostics.error(diagnostic.where, diagnostic.message);
    } else {
      diagnostics.warning(diagnostic.where, diagnostic.message);
    }
  }

  const Json& root = tree->root();
  const auto instrument_field = root.find("instrument");
  if (instrument_field == root.end() || !instrument_field->is_string()) return std::nullopt;
  const std::string instrument_id = instrument_field->get<std::string>();
  const auto& ids = instruments.ids();
  if (std::find(ids.begin(), ids.end(), instrument_id) == ids.end()) {
    diagnostics.error(tree->at("/instrument"),
                      fmt::format("unknown instrument '{}'; valid instruments: {} (an instrument of a content pack needs --pack DIR)",
                                  instrument_id, fmt::join(ids, ", ")));
    return std::nullopt;
  }
  // An answer file of an instrument with editions names its edition (`edition:`); without one, the
  // instrument's current edition answers.
  const auto edition_field = root.find("edition");
  const std::string edition = edition_field == root.end() ? std::string() : text_of(*edition_field);
  Diagnostics lookup;
  const Instrument* instrument = instruments.get(edition.empty() ? instrument_id : instrument_id + "@" + edition, lookup);
  if (instrument == nullptr && !edition.empty()) {
    for (auto& diagnostic : lookup.in_reading_order()) diagnostics.error(tree->at("/edition"), diagnostic.message);
    return std::nullopt;
  }
  diagnostics.append(lookup);
  if (instrument == nullptr) return std::nullopt;
  if (!options.command.empty() && instrument->command != options.command) {
    diagnostics.error(tree->at("/instrument"),
                      fmt::format("'{}' is answered with `secaction {}`, not `secaction {}`", instrument_id,
                                  instrument->command, options.command));
    return std::nullopt;
  }
  const auto answers_field = answers_in_tree; // found above, for the shape check
  if (answers_field == root.end() || !answers_field->is_object()) return std::nullopt;

  LoadedAnswers loaded;
  loaded.instrument = instrument;
  AnswerSet& answers = loaded.answers;
  answers.instrument = instrument_id;
  answers.edition = instrument->edition;
  answers.instrument_at = tree->at("/instrument");
  answers.organization_at = tree->at("/organization/name");
  answers.organization = read_organization(*tree);
  if (auto assessor = root.find("assessor"); assessor != root.end() && assessor->is_string()) answers.assessor = *assessor;
  answers.assessed_on = read_date(*tree, "/assessed_on", diagnostics);

  struct Seen {
    const std::string* key; // as written
    bool blank;             // written without a value: unanswered
  };
  std::map<std::string, Seen> seen; // normalised number -> how it was written
  // nlohmann::json keeps keys sorted. Two keys naming one item ("7" and "07") are walked in the
  // order they were written, so "the second one" really is the second in the file; otherwise the
  // order makes no difference (messages are printed in reading order), and finding it would
  // parse the file again for its marks.
  struct Given {
    std::string number; // normalised
    const std::string* key;
    const Json* value;
  };
  std::vector<Given> given_answers;
  given_answers.reserve(answers_field->size());
  for (const auto& [key, value] : answers_field->items()) given_answers.push_back({normalise_number(key), &key, &value});
  std::vector<std::string_view> numbers_given;
  numbers_given.reserve(given_answers.size());
  for (const auto& given : given_answers) numbers_given.push_back(given.number);
  std::sort(numbers_given.begin(), numbers_given.end());
  if (std::adjacent_find(numbers_given.begin(), numbers_given.end()) != numbers_given.end()) {
    std::vector<std::pair<std::pair<int, int>, Given>> placed; // (line, column) of the key
    for (auto& given : given_answers) {
      const auto at = tree->key_at(child_pointer("/answers", *given.key));
      placed.emplace_back(std::pair(at.line, at.column), std::move(given));
    }
    std::stable_sort(placed.begin(), placed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < given_answers.size(); ++i) given_answers[i] = std::move(placed[i].second);
  }
  for (const auto& given_answer : given_answers) {
    const std::string& number = given_answer.number;
    const std::string& key = *given_answer.key;
    const Json& value = *given_answer.value;
    const auto pointer = [&key] { return child_pointer("/answers", key); }; // for messages only
    if (instrument->find_item(number) == nullptr) {
      diagnostics.error(tree->key_at(pointer()), fmt::format("unknown item number '{}' in {}; valid numbers: {}", key,
                                                           instrument_id, compact_numbers(all_numbers(*instrument))));
      continue;
    }
    if (auto previous = seen.find(number); previous != seen.end()) {
      diagnostics.error(tree->key_at(pointer()),
                        fmt::format("item {} is answered twice (as '{}' and '{}')", number, *previous->second.key, key));
      continue;
    }
    seen.emplace(number, Seen{&key, value.is_null()});
    if (value.is_null()) continue; // left blank: unanswered
    if (value.is_object() && !value.contains("answer")) continue; // reported by the schema
    const Json& given = value.is_object() ? value.at("answer") : value;
    if (!given.is_string() && !given.is_number() && !given.is_boolean()) continue; // reported by the schema
    const std::string given_text = text_of(given);
    const ScaleOption* option = instrument->match_answer(given_text);
    if (option == nullptr) {
      diagnostics.error(tree->at(value.is_object() ? pointer() + "/answer" : pointer()),
                        fmt::format("item {}: '{}' is not a valid answer; valid answers: {}", number, given_text,
                                    valid_answers(*instrument)));
      continue;
    }
    Answer answer{option->id, {}, {}};
    if (value.is_object()) {
      if (auto note = value.find("note"); note != value.end() && note->is_string()) answer.note = *note;
      if (auto evidence = value.find("evidence"); evidence != value.end() && evidence->is_string()) answer.evidence = *evidence;
    }
    answers.answers.emplace(number, std::move(answer));
  }

  // Unanswered: not written at all, or written with a blank value. Items whose answer was
  // invalid are already reported above and are not "missing".
  std::vector<std::string> unanswered;
  std::size_t item_count = 0;
  for (const auto& part : instrument->parts) {
    for (const auto& item : part.items) {
      ++item_count;
      const auto written = seen.find(item.number);
      if (written == seen.end() || written->second.blank) unanswered.push_back(item.number);
    }
  }
  if (!unanswered.empty()) {
    if (options.missing == MissingAnswers::error) {
      const ScaleOption* unknown = instrument->unknown_option();
      const std::string them = unanswered.size() > 1 ? "them" : "it";
      const std::string remedy =
          options.offers_allow_missing
              ? fmt::format("answer {}, or use --allow-missing to score {} as {}", them, them,
                            unknown ? unknown->label.ja + " (" + unknown->id + ")" : "the lowest answer")
              : fmt::format("answer {}", them);
      diagnostics.error(tree->key_at("/answers"), fmt::format("no answer for item{} {} (of {}); {}", unanswered.size() > 1 ? "s" : "",
                                                              compact_numbers(unanswered), item_count, remedy));
    } else {
      answers.missing = unanswered;
    }
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return loaded;
}

} // namespace secaction::load
