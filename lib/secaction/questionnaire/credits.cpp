#include "secaction/questionnaire/credits.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace secaction::questionnaire {

std::string source_line(Lang lang, const Instrument& instrument) {
  return fmt::format("{}{}{}", instrument.source.document.in(lang), lang == Lang::ja ? "／" : " / ",
                     instrument.source.edition.in(lang));
}

void credit_questions(report::Document& doc, Lang lang, const Instrument& instrument, const std::vector<const Item*>& items) {
  std::vector<const Item*> shown = items;
  if (shown.empty()) {
    for (const auto& part : instrument.parts) {
      for (const auto& item : part.items) shown.push_back(&item);
    }
  }
  std::vector<std::string> official;
  std::vector<std::string> own;
  for (const auto* item : shown) (item->question_origin == Origin::secaction ? own : official).push_back(item->number);
  const std::string title = instrument.title.in(lang);
  const auto which = [&](const std::vector<std::string>& numbers) {
    if (official.empty() || own.empty()) {
      return lang == Lang::ja ? fmt::format("「{}」の設問文", title) : fmt::format("the questions of “{}”", title);
    }
    return lang == Lang::ja ? fmt::format("「{}」の設問文（No.{}）", title, fmt::join(numbers, "、"))
                            : fmt::format("the questions of “{}” (No. {})", title, fmt::join(numbers, ", "));
  };
  if (!official.empty()) doc.credit(Origin::official, which(official), source_line(lang, instrument));
  if (!own.empty()) doc.credit(Origin::secaction, which(own));
}

void credit_band(report::Document& doc, Lang lang, const Instrument& instrument, const Band& band) {
  doc.credit(band.origin, tr(lang, "「現在の状況」「次の対策」の文言", "the “current state” and “next step” texts"),
             source_line(lang, instrument), band.via.in(lang));
}

} // namespace secaction::questionnaire
