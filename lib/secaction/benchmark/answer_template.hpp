#pragma once
// The blank benchmark answer file: the shared answer-file fields plus the profile questions, and
// each item with its five level descriptions as comments.
#include <optional>
#include <string>

#include "secaction/benchmark/model.hpp"
#include "secaction/core/date.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::benchmark {

std::string render_answer_template(const std::string& template_text, const questionnaire::Instrument& instrument,
                                   const Rules& rules, Lang lang, std::optional<Date> as_of);

} // namespace secaction::benchmark
