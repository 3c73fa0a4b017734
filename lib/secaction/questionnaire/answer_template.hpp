#pragma once
// A blank answer file for an instrument, rendered from content/templates/answer-file.yaml.mustache.
#include <optional>
#include <string>

#include "secaction/core/date.hpp"
#include "secaction/core/lang.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::questionnaire {

/// Renders `template_text` (mustache) with the instrument's questions and answer choices as
/// comments. `as_of`, when given, pre-fills assessed_on. Throws std::runtime_error when the
/// template itself is broken.
std::string render_answer_template(const std::string& template_text, const Instrument& instrument, Lang lang,
                                   std::optional<Date> as_of);

} // namespace secaction::questionnaire
