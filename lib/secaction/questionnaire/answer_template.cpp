#include "secaction/questionnaire/answer_template.hpp"

#include "secaction/questionnaire/template_data.hpp"

namespace secaction::questionnaire {

std::string render_answer_template(const std::string& template_text, const Instrument& instrument, Lang lang,
                                   std::optional<Date> as_of, std::string_view template_name) {
  return render_answer_file_template(template_name, template_text, instrument_template_data(instrument, lang, as_of));
}

} // namespace secaction::questionnaire
