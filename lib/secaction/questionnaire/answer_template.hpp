#pragma once
// A blank answer file for an instrument, rendered from content/templates/answer-file.yaml.mustache.
#include <optional>
#include <string>
#include <string_view>

#include "secaction/core/date.hpp"
#include "secaction/core/lang.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::questionnaire {

/// The shipped template's name in messages (a --content directory's file is called the same).
inline constexpr std::string_view k_answer_template_name = "content/templates/answer-file.yaml.mustache";

/// Renders `template_text` (mustache) with the instrument's questions and answer choices as
/// comments. `as_of`, when given, pre-fills assessed_on. A broken template throws InputError
/// whose diagnostic names `template_name` and the line and column.
std::string render_answer_template(const std::string& template_text, const Instrument& instrument, Lang lang,
                                   std::optional<Date> as_of, std::string_view template_name = k_answer_template_name);

} // namespace secaction::questionnaire
