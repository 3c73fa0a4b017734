#pragma once
// The mustache data every answer-file template shares: the instrument's header, its answer
// choices, and its parts and items (with per-level texts where the instrument has them).
// Private to the library's .cpp files: it exposes kainjow::mustache.
#include <optional>
#include <string>
#include <string_view>

#include <kainjow/mustache.hpp>

#include "secaction/core/date.hpp"
#include "secaction/core/lang.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::questionnaire {

kainjow::mustache::data instrument_template_data(const Instrument& instrument, Lang lang, std::optional<Date> as_of);

/// Renders a template whose output is YAML (so no HTML escaping). `what` names the template in
/// the error thrown when the template itself is broken.
std::string render_yaml_template(const std::string& template_text, const kainjow::mustache::data& data, std::string_view what);

} // namespace secaction::questionnaire
