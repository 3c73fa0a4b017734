#include "secaction/benchmark/answer_template.hpp"

#include "secaction/questionnaire/template_data.hpp"

namespace secaction::benchmark {

std::string render_answer_template(const std::string& template_text, const questionnaire::Instrument& instrument,
                                   const Rules& rules, Lang lang, std::optional<Date> as_of) {
  using kainjow::mustache::data;
  data root = questionnaire::instrument_template_data(instrument, lang, as_of);
  data questions{data::type::list};
  for (const auto& question : rules.questions) {
    data q;
    q.set("id", question.id);
    q.set("title", question.title.in(lang));
    data options{data::type::list};
    for (const auto& option : question.options) {
      data o;
      o.set("id", option.id);
      o.set("label", option.label.in(lang));
      options.push_back(o);
    }
    q.set("options", options);
    questions.push_back(q);
  }
  root.set("questions", questions);
  return questionnaire::render_yaml_template(template_text, root, "benchmark answer-file template");
}

} // namespace secaction::benchmark
