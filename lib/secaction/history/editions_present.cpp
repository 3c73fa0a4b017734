#include "secaction/history/editions_present.hpp"

#include <fmt/format.h>

#include "secaction/report/vocabulary.hpp"

namespace secaction::history {
namespace {

using Json = nlohmann::ordered_json;
using report::Table;

std::string edition_name(Lang lang, const questionnaire::Instrument& instrument) {
  return lang == Lang::ja ? fmt::format("{}（{}）", instrument.edition, instrument.source.edition.ja)
                          : fmt::format("{} ({})", instrument.edition, instrument.source.edition.en);
}

std::string state_text(Lang lang, const ItemState& state) {
  return report::answer_label(lang, state.option != nullptr ? state.option->label.in(lang) : std::string("—"), state.missing);
}

} // namespace

void add_edition_sections(report::Document& doc, Lang lang, const Comparison& c) {
  const auto& map = *c.editions;
  doc.heading(2, tr(lang, "版の違い", "Between the editions"));
  doc.fields({{tr(lang, "前回の版", "Before: edition"), edition_name(lang, *map.older)},
              {tr(lang, "今回の版", "After: edition"), edition_name(lang, *map.newer)},
              {tr(lang, "対応する項目", "Items mapped"), std::to_string(map.mapped.size())},
              {tr(lang, "新しい項目", "New items"), std::to_string(c.added.size())},
              {tr(lang, "なくなった項目", "Removed items"), std::to_string(c.removed.size())}});
  doc.paragraph(tr(lang, "項目の対応は、新しい版の内容ファイルにある対応表（maps_from）によります。対応表にない項目は同じ番号の項目に対応します。"
                         "新しい項目となくなった項目は、増減や改善・悪化の計算に含めていません。",
                   "Items correspond as the item map (maps_from) of the newer edition's content says; an item it does not list "
                   "corresponds to the item with the same number. New and removed items are left out of the changes and of "
                   "improved/worse."));

  Table mapped;
  mapped.header = {"No.", tr(lang, "前回の No.", "Before: No."), tr(lang, "設問", "Question"), tr(lang, "設問文", "Wording")};
  for (const auto& entry : map.mapped) {
    if (!entry.renumbered() && !entry.question_changed) continue;
    mapped.rows.push_back({entry.newer->number, entry.older->number, entry.newer->question.in(lang),
                           entry.question_changed ? tr(lang, "変更あり", "changed") : tr(lang, "同じ", "same")});
  }
  doc.heading(3, lang == Lang::ja ? fmt::format("番号か設問文が変わった項目（{}件）", mapped.rows.size())
                                  : fmt::format("Items renumbered or reworded ({})", mapped.rows.size()));
  if (mapped.rows.empty()) {
    doc.paragraph(tr(lang, "ありません。", "None."));
  } else {
    doc.table(std::move(mapped));
  }

  doc.heading(3, lang == Lang::ja ? fmt::format("新しい項目（{}件）", c.added.size()) : fmt::format("New items ({})", c.added.size()));
  if (c.added.empty()) {
    doc.paragraph(tr(lang, "ありません。", "None."));
  } else {
    Table table;
    table.header = {"No.", tr(lang, "設問", "Question"), tr(lang, "今回", "After")};
    for (const auto* state : c.added) table.rows.push_back({state->item->number, state->item->question.in(lang), state_text(lang, *state)});
    doc.table(std::move(table));
  }

  doc.heading(3, lang == Lang::ja ? fmt::format("なくなった項目（{}件）", c.removed.size())
                                  : fmt::format("Removed items ({})", c.removed.size()));
  if (c.removed.empty()) {
    doc.paragraph(tr(lang, "ありません。", "None."));
  } else {
    Table table;
    table.header = {"No.", tr(lang, "設問", "Question"), tr(lang, "前回", "Before")};
    for (const auto* state : c.removed) {
      table.rows.push_back({state->item->number, state->item->question.in(lang), state_text(lang, *state)});
    }
    doc.table(std::move(table));
  }
}

Json editions_json(const Comparison& c) {
  const auto& map = *c.editions;
  Json out;
  out["before"] = map.older->edition;
  out["after"] = map.newer->edition;
  auto numbers = [](const std::vector<const ItemState*>& states) {
    auto list = Json::array();
    for (const auto* state : states) list.push_back(report::json_item_number(state->item->number));
    return list;
  };
  out["added"] = numbers(c.added);
  out["removed"] = numbers(c.removed);
  auto mapped = Json::array();
  for (const auto& entry : map.mapped) {
    mapped.push_back({{"number", report::json_item_number(entry.newer->number)},
                      {"before_number", report::json_item_number(entry.older->number)},
                      {"question_changed", entry.question_changed}});
  }
  out["mapped"] = std::move(mapped);
  return out;
}

} // namespace secaction::history
