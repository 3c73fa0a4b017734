#include "secaction/questionnaire/template_data.hpp"

#include <fmt/format.h>

#include "secaction/core/error.hpp"
#include "secaction/questionnaire/guidance.hpp"

namespace secaction::questionnaire {
namespace {

// A text goes into one comment line: a line break in content must not end the comment.
std::string one_line(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

// The source's guidance (3原則, 経営者への問い, …) as comment lines of the template, before the
// answers: each line starts with a line break and "#", so an instrument without guidance adds nothing.
std::string guidance_comment(const Instrument& instrument, Lang lang) {
  std::string out;
  const auto add = [&](const std::string& text) { out += "\n#" + one_line(text); };
  for (const auto* block : guidance_blocks(instrument)) {
    add("");
    add(" ── " + block->title.in(lang));
    // Appending, not " " + a temporary: GCC 12 at -O3 in a unity batch warns (-Wrestrict) on the latter.
    add(std::string(" ").append(guidance_provenance(lang, *block)));
    if (!block->intro.in(lang).empty()) add(" " + block->intro.in(lang));
    for (const auto& entry : block->entries) add(std::string("   ").append(guidance_entry(lang, entry)));
  }
  return out;
}

} // namespace

TemplateData instrument_template_data(const Instrument& instrument, Lang lang, std::optional<Date> as_of) {
  TemplateData root;
  root.set("id", instrument.id);
  root.set("edition", instrument.edition);
  root.set("has_edition", !instrument.edition.empty());
  root.set("title", instrument.title.in(lang));
  root.set("source", fmt::format("{} {}", instrument.source.document.in(lang), instrument.source.edition.in(lang)));
  root.set("command", instrument.command);
  root.set("ja", lang == Lang::ja);
  root.set("assessed_on", as_of ? to_string(*as_of) : std::string());
  root.set("has_date", as_of.has_value());
  // The example of a note: item 3 answered "no" where the instrument has them, else its first item
  // and its lowest answer.
  const Item* example = instrument.find_item("3");
  if (example == nullptr && !instrument.parts.empty() && !instrument.parts.front().items.empty()) {
    example = &instrument.parts.front().items.front();
  }
  const ScaleOption* lowest = instrument.find_option_by_id("no");
  for (const auto& option : instrument.scale) {
    if (lowest == nullptr && option.flag == AnswerFlag::none) lowest = &option;
    if (lowest != nullptr && lowest->id != "no" && option.flag == AnswerFlag::none && option.points < lowest->points) lowest = &option;
  }
  const std::string example_number = example != nullptr ? example->number : "1";
  root.set("example_key", example_number.find_first_not_of("0123456789") == std::string::npos ? example_number
                                                                                              : "\"" + example_number + "\"");
  root.set("example_answer", lowest != nullptr ? lowest->id : "no");
  TemplateData choices = TemplateData::list();
  for (const auto& option : instrument.scale) {
    TemplateData choice;
    choice.set("id", option.id);
    choice.set("label", option.label.in(lang));
    choice.set("other_label", lang == Lang::ja ? option.label.en : option.label.ja);
    choices.push_back(choice);
  }
  root.set("choices", choices);
  root.set("guidance", guidance_comment(instrument, lang));
  TemplateData parts = TemplateData::list();
  for (const auto& part : instrument.parts) {
    TemplateData p;
    p.set("title", part.title.in(lang));
    TemplateData items = TemplateData::list();
    for (const auto& item : part.items) {
      TemplateData i;
      // Numbers such as 1-1 must be quoted keys in YAML; plain integers need not be.
      const bool numeric = item.number.find_first_not_of("0123456789") == std::string::npos;
      i.set("key", numeric ? item.number : "\"" + item.number + "\"");
      i.set("number", item.number);
      i.set("question", one_line(item.question.in(lang)));
      const ScaleOption* target = instrument.target_option(item);
      i.set("target", target != nullptr ? one_line(target->label.in(lang)) : std::string());
      i.set("has_target", target != nullptr);
      TemplateData levels = TemplateData::list();
      for (const auto& [level, text] : item.levels) {
        TemplateData l;
        l.set("level", level);
        l.set("text", one_line(text.in(lang)));
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

std::string render_answer_file_template(std::string_view template_name, const std::string& template_text, const TemplateData& data) {
  Diagnostics diagnostics;
  auto rendered = render_template(template_name, template_text, data, diagnostics);
  if (!rendered) throw InputError(std::move(diagnostics));
  return std::move(*rendered);
}

} // namespace secaction::questionnaire
