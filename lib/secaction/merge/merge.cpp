#include "secaction/merge/merge.hpp"

#include <algorithm>
#include <limits>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace secaction::merge {
namespace {

using questionnaire::AnswerFlag;
using questionnaire::Instrument;
using questionnaire::ScaleOption;

// The scale's lowest real option: `no` on the yes/partial/no scales, level 1 on the benchmark.
const ScaleOption* lowest_real_option(const Instrument& instrument) {
  const ScaleOption* lowest = nullptr;
  for (const auto& option : instrument.scale) {
    if (option.flag != AnswerFlag::none) continue;
    if (lowest == nullptr || option.points < lowest->points) lowest = &option;
  }
  return lowest;
}

std::string joined_texts(const std::vector<Respondent>& respondents, const std::string& number,
                         std::string questionnaire::Answer::*field) {
  std::vector<std::string> texts;
  for (const auto& respondent : respondents) {
    const auto found = respondent.answers.answers.find(number);
    if (found == respondent.answers.answers.end()) continue;
    const std::string& text = found->second.*field;
    if (!text.empty()) texts.push_back(respondent.name + ": " + text);
  }
  return fmt::format("{}", fmt::join(texts, " / "));
}

} // namespace

std::string merge_item(const Instrument& instrument, const std::vector<std::string>& option_ids) {
  std::vector<const ScaleOption*> given;
  for (const auto& id : option_ids) {
    if (id.empty()) continue;
    if (const auto* option = instrument.find_option_by_id(id)) given.push_back(option);
  }
  if (given.empty()) return {};
  const auto flagged = [&](AnswerFlag flag) {
    return std::find_if(given.begin(), given.end(), [&](const ScaleOption* o) { return o->flag == flag; });
  };
  if (std::all_of(given.begin(), given.end(), [](const ScaleOption* o) { return o->flag == AnswerFlag::not_applicable; })) {
    return given.front()->id;
  }
  const ScaleOption* lowest = lowest_real_option(instrument);
  if (lowest != nullptr && std::find(given.begin(), given.end(), lowest) != given.end()) return lowest->id;
  if (const auto unknown = flagged(AnswerFlag::unknown); unknown != given.end()) return (*unknown)->id;
  const ScaleOption* weakest = nullptr;
  for (const auto* option : given) {
    if (option->flag != AnswerFlag::none) continue;
    if (weakest == nullptr || option->points < weakest->points) weakest = option;
  }
  return weakest != nullptr ? weakest->id : std::string();
}

MergeResult merge(const Instrument& instrument, const std::vector<Respondent>& respondents, Diagnostics& diagnostics) {
  MergeResult result;
  result.merged.instrument = instrument.id;
  result.merged.edition = instrument.edition;
  std::vector<std::string> names;
  for (std::size_t i = 0; i < respondents.size(); ++i) {
    const auto& answers = respondents[i].answers;
    result.respondents.push_back(respondents[i].name);
    if (answers.instrument != instrument.id) {
      diagnostics.error(answers.instrument_at, fmt::format("answers {}, but {} answers {}; merge only answer files for the same instrument",
                                                           answers.instrument, respondents.front().answers.instrument_at.file,
                                                           instrument.id));
      continue;
    }
    if (answers.edition != instrument.edition) {
      diagnostics.error(answers.instrument_at, fmt::format("answers edition '{}' of {}, but {} answers edition '{}'; merge only answer "
                                                           "files of one edition (`secaction migrate` carries answers to a new one)",
                                                           answers.edition, answers.instrument,
                                                           respondents.front().answers.instrument_at.file, instrument.edition));
      continue;
    }
    if (!absorb_organization(result.merged.organization, answers.organization)) {
      diagnostics.error(answers.organization_at,
                        fmt::format("organisation \"{}\" differs from \"{}\" in an earlier file; merge only answers from one organisation",
                                    answers.organization.name, result.merged.organization.name));
    }
    if (answers.assessed_on && (!result.merged.assessed_on || *result.merged.assessed_on < *answers.assessed_on)) {
      result.merged.assessed_on = answers.assessed_on;
    }
    if (std::find(names.begin(), names.end(), respondents[i].name) == names.end()) names.push_back(respondents[i].name);
  }
  result.merged.assessor = fmt::format("{}", fmt::join(names, ", "));
  for (const auto& part : instrument.parts) {
    for (const auto& item : part.items) {
      ItemProvenance provenance{item.number, {}, {}};
      for (const auto& respondent : respondents) {
        const auto found = respondent.answers.answers.find(item.number);
        provenance.answers.push_back(found == respondent.answers.answers.end() ? std::string() : found->second.option_id);
      }
      provenance.merged = merge_item(instrument, provenance.answers);
      if (!provenance.merged.empty()) {
        questionnaire::Answer answer;
        answer.option_id = provenance.merged;
        answer.note = joined_texts(respondents, item.number, &questionnaire::Answer::note);
        answer.evidence = joined_texts(respondents, item.number, &questionnaire::Answer::evidence);
        result.merged.answers.emplace(item.number, std::move(answer));
      }
      result.items.push_back(std::move(provenance));
    }
  }
  return result;
}

} // namespace secaction::merge
