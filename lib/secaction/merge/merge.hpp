#pragma once
// Combines several respondents' answers to one instrument (per-department sheets of the
// self-diagnosis, as IPA suggests) into one AnswerSet. Pure: values in, values out.
//
// The rule per item (secaction's own; IPA does not publish one), "the weakest answer wins":
//   1. `na` (該当しない) only when every respondent who answered the item said na; otherwise na
//      answers are ignored.
//   2. Any answer that is the scale's lowest real option (`no`; level 1 of the benchmark) wins.
//   3. Otherwise any `unknown` (わからない) wins.
//   4. Otherwise the answer with the fewest points (`partial` before `yes`; the lowest level).
// A respondent who left an item blank does not take part in that item.
#include <string>
#include <vector>

#include "secaction/core/diagnostic.hpp"
#include "secaction/questionnaire/answers.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::merge {

struct Respondent {
  std::string name; // the assessor (department), else the file name
  questionnaire::AnswerSet answers;
};

/// Who answered what for one item: one option id per respondent ("" when blank), and the result.
struct ItemProvenance {
  std::string number;
  std::vector<std::string> answers;
  std::string merged; // "" when no respondent answered
};

struct MergeResult {
  questionnaire::AnswerSet merged;
  std::vector<std::string> respondents;
  std::vector<ItemProvenance> items; // content order
};

/// The merged option id for one item's answers (empty ids are blanks); "" when all are blank.
std::string merge_item(const questionnaire::Instrument& instrument, const std::vector<std::string>& option_ids);

/// Merges every respondent's answers. Organisation: names must agree (blank matches any); industry
/// and employees come from the first respondent that gives them. Date: the latest given. Assessor:
/// the respondents' names. Notes and evidence: each respondent's, prefixed with the name.
/// A respondent whose answers are for another instrument or name another organisation than the
/// earlier ones is an error at the line of its file that says so (AnswerSet::instrument_at,
/// organization_at); when there is any, the result is not meaningful.
MergeResult merge(const questionnaire::Instrument& instrument, const std::vector<Respondent>& respondents, Diagnostics& diagnostics);

} // namespace secaction::merge
