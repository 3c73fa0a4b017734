#include "secaction/questionnaire/template_data.hpp"

#include <stdexcept>

#include <fmt/format.h>

namespace secaction::questionnaire {

using kainjow::mustache::data;

data instrument_template_data(const Instrument& instrument, Lang lang, std::optional<Date> as_of) {
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
  return root;
}

std::string render_yaml_template(const std::string& template_text, const data& root, std::string_view what) {
  kainjow::mustache::mustache view{template_text};
  if (!view.is_valid()) throw std::runtime_error(fmt::format("{}: {}", what, view.error_message()));
  view.set_custom_escape([](const std::string& text) { return text; });
  return view.render(root);
}

} // namespace secaction::questionnaire
