#pragma once
// Writes an AnswerSet back out in the answer-file format (the one load/answers_loader reads and
// `--template` prints), so an interactive session's file is an ordinary answer file. Text only: the
// caller writes it (atomically) to disk.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "secaction/core/lang.hpp"
#include "secaction/questionnaire/answers.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::load {

/// A YAML double-quoted scalar holding exactly `text`: quotes, backslashes, line breaks and every
/// non-printable character are escaped, so a note with `:`, `#`, quotes or newlines reads back unchanged.
/// Invalid UTF-8 bytes become U+FFFD (the reader would refuse the whole file otherwise).
std::string quote_yaml(std::string_view text);

/// The whole answer file: header comments, instrument, organization, assessed_on, assessor and one
/// line per item in content order (blank when unanswered). `resume_hint` is written as a comment.
std::string write_answer_file(const questionnaire::Instrument& instrument, const questionnaire::AnswerSet& answers, Lang lang,
                              std::string_view resume_hint);

/// Comments an answer file carries besides the answers (secaction migrate's account of what it did).
struct AnswerFileComments {
  std::vector<std::string> header;                         // after the title line, one comment line each
  std::map<std::string, std::vector<std::string>> items; // item number -> comment lines above its answer
};

std::string write_answer_file(const questionnaire::Instrument& instrument, const questionnaire::AnswerSet& answers, Lang lang,
                              const AnswerFileComments& comments);

} // namespace secaction::load
