#pragma once
// Answer files: YAML -> schema check -> resolved against the instrument they name.
#include <optional>
#include <string>
#include <string_view>

#include "secaction/load/json_tree.hpp"
#include "secaction/load/instrument_lookup.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/questionnaire/answers.hpp"

namespace secaction::load {

enum class MissingAnswers {
  error,         // a missing item is an error naming the missing numbers
  score_unknown, // --allow-missing: score as the `unknown` choice and list them
};

struct LoadedAnswers {
  const questionnaire::Instrument* instrument = nullptr;
  questionnaire::AnswerSet answers;
};

struct AnswerFileOptions {
  /// The subcommand reading the file; an answer file for another subcommand's instrument is an error.
  std::string command;
  MissingAnswers missing = MissingAnswers::error;
  /// Whether the command has --allow-missing, so the missing-items message may suggest it.
  bool offers_allow_missing = true;
};

/// Checks an answer file that has already been read with read_yaml (so callers that need the tree
/// for more, such as the benchmark's profile, parse the file once). Every problem goes to
/// `diagnostics`; nullopt when there was any error here. Errors read_yaml reported while still
/// returning a tree (duplicate keys) are the caller's to count.
std::optional<LoadedAnswers> load_answers(const JsonTree& tree, InstrumentLookup& instruments, const AnswerFileOptions& options,
                                          Diagnostics& diagnostics);

/// The marks load_answers keeps in the answer set (for merge's and plan's messages): a caller of
/// read_yaml passes them as its kept_marks, so that a valid file is parsed once.
const std::vector<std::string>& answer_marks_kept();

/// read_yaml + load_answers.
std::optional<LoadedAnswers> load_answer_file(std::string_view text, const std::string& file_name, InstrumentLookup& instruments,
                                              const AnswerFileOptions& options, Diagnostics& diagnostics);

/// "1, 3, 5–9" for numeric item numbers, else a plain comma-separated list.
std::string compact_numbers(const std::vector<std::string>& numbers);

} // namespace secaction::load
