#pragma once
// The blank benchmark answer file: the shared answer-file fields plus the profile questions, and
// each item with its five level descriptions as comments.
#include <optional>
#include <string>
#include <string_view>

#include "secaction/benchmark/model.hpp"
#include "secaction/core/date.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::benchmark {

inline constexpr std::string_view k_answer_template_name = "content/templates/benchmark-answer-file.yaml.mustache";

/// A broken template throws InputError whose diagnostic names `template_name` and the line and column.
std::string render_answer_template(const std::string& template_text, const questionnaire::Instrument& instrument,
                                   const Rules& rules, Lang lang, std::optional<Date> as_of,
                                   std::string_view template_name = k_answer_template_name);

} // namespace secaction::benchmark
