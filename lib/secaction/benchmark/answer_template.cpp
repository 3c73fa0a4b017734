#include "secaction/benchmark/answer_template.hpp"

#include <stdexcept>

#include <fmt/format.h>
#include <kainjow/mustache.hpp>

namespace secaction::benchmark {

std::string render_answer_template(const std::string& template_text, const questionnaire::Instrument& instrument,
                                   const Rules& rules, Lang lang, std::optional<Date> as_of) {
  using kainjow::mustache::data;
  kainjow::mustache::mustache view{template_text};
  if (!view.is_valid()) throw std::runtime_error("benchmark answer-file template: " + view.error_message());
  view.set_custom_escape([](const std::string& text) { return text; }); // YAML, not HTML

  data root;
  root.set("id", instrument.id);
  root.set("title", instrument.title.in(lang));
  root.set("source", fmt::format("{} {}", instrument.source.document.in(lang), instrument.source.edition.in(lang)));
  root.set("ja", lang == Lang::ja ? data::type::bool_true : data::type::bool_false);
  root.set("assessed_on", as_of ? to_string(*as_of) : std::string());
  root.set("has_date", as_of ? data::type::bool_true : data::type::bool_false);
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
  data parts{data::type::list};
  for (const auto& part : instrument.parts) {
    data p;
    p.set("title", part.title.in(lang));
    data items{data::type::list};
    for (const auto& item : part.items) {
      data i;
      i.set("number", item.number);
      i.set("question", item.question.in(lang));
      data levels{data::type::list};
      for (const auto& [level, text] : item.levels) {
        data l;
        l.set("level", level);
        l.set("text", text.in(lang));
        levels.push_back(l);
      }
      i.set("levels", levels);
      items.push_back(i);
    }
    p.set("items", items);
    parts.push_back(p);
  }
  root.set("parts", parts);
  return view.render(root);
}

} // namespace secaction::benchmark
