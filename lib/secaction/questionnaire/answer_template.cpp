#include "secaction/questionnaire/answer_template.hpp"

#include "secaction/questionnaire/template_data.hpp"

namespace secaction::questionnaire {

std::string render_answer_template(const std::string& template_text, const Instrument& instrument, Lang lang,
                                   std::optional<Date> as_of) {
  return render_yaml_template(template_text, instrument_template_data(instrument, lang, as_of), "answer-file template");
}

} // namespace secaction::questionnaire
