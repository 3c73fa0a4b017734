#include "secaction/benchmark/answer_template.hpp"

#include "secaction/questionnaire/template_data.hpp"

namespace secaction::benchmark {

std::string render_answer_template(const std::string& template_text, const questionnaire::Instrument& instrument,
                                   const Rules& rules, Lang lang, std::optional<Date> as_of, std::string_view template_name) {
  TemplateData root = questionnaire::instrument_template_data(instrument, lang, as_of);
  TemplateData questions = TemplateData::list();
  for (const auto& question : rules.questions) {
    TemplateData q;
    q.set("id", question.id);
    q.set("title", question.title.in(lang));
    TemplateData options = TemplateData::list();
    for (const auto& option : question.options) {
      TemplateData o;
      o.set("id", option.id);
      o.set("label", option.label.in(lang));
      options.push_back(o);
    }
    q.set("options", options);
    questions.push_back(q);
  }
  root.set("questions", questions);
  return questionnaire::render_answer_file_template(template_name, template_text, root);
}

} // namespace secaction::benchmark
