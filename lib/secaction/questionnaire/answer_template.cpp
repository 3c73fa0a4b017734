#include "secaction/questionnaire/answer_template.hpp"

#include <stdexcept>

#include <fmt/format.h>
#include <kainjow/mustache.hpp>

namespace secaction::questionnaire {

std::string render_answer_template(const std::string& template_text, const Instrument& instrument, Lang lang,
                                   std::optional<Date> as_of) {
  using kainjow::mustache::data;
  kainjow::mustache::mustache view{template_text};
  if (!view.is_valid()) throw std::runtime_error("answer-file template: " + view.error_message());
  // The output is YAML, not HTML: no HTML escaping.
  view.set_custom_escape([](const std::string& text) { return text; });

  data root;
  root.set("id", instrument.id);
  root.set("title", instrument.title.in(lang));
  root.set("source", fmt::format("{} {}", instrument.source.document.in(lang), instrument.source.edition.in(lang)));
  root.set("command", instrument.command);
  root.set("ja", lang == Lang::ja ? data::type::bool_true : data::type::bool_false);
  root.set("assessed_on", as_of ? to_string(*as_of) : std::string());
  root.set("has_date", as_of ? data::type::bool_true : data::type::bool_false);
  data choices{data::type::list};
  for (const auto& option : instrument.scale) {
    data choice;
    choice.set("id", option.id);
    choice.set("label", option.label.in(lang));
    choice.set("other_label", lang == Lang::ja ? option.label.en : option.label.ja);
    choices.push_back(choice);
  }
  root.set("choices", choices);
  data parts{data::type::list};
  for (const auto& part : instrument.parts) {
    data p;
    p.set("title", part.title.in(lang));
    data items{data::type::list};
    for (const auto& item : part.items) {
      data i;
      // Numbers such as 1-1 must be quoted keys in YAML; plain integers need not be.
      const bool numeric = item.number.find_first_not_of("0123456789") == std::string::npos;
      i.set("key", numeric ? item.number : "\"" + item.number + "\"");
      i.set("number", item.number);
      i.set("question", item.question.in(lang));
      items.push_back(i);
    }
    p.set("items", items);
    parts.push_back(p);
  }
  root.set("parts", parts);
  return view.render(root);
}

} // namespace secaction::questionnaire
