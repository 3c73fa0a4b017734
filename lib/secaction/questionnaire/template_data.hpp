#pragma once
// The data every answer-file template shares: the instrument's header, its answer choices, and its
// parts and items (with per-level texts where the instrument has them).
#include <optional>
#include <string>
#include <string_view>

#include "secaction/core/date.hpp"
#include "secaction/core/lang.hpp"
#include "secaction/core/text_template.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::questionnaire {

TemplateData instrument_template_data(const Instrument& instrument, Lang lang, std::optional<Date> as_of);

/// Renders an answer-file template (its output is YAML). A broken template throws InputError whose
/// diagnostic names `template_name` and says where.
std::string render_answer_file_template(std::string_view template_name, const std::string& template_text, const TemplateData& data);

} // namespace secaction::questionnaire
