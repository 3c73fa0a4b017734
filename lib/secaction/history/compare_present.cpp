// secaction compare: a Comparison -> report::Document (Markdown, CSV) and JSON.
#include "secaction/history/present.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/core/text.hpp"
#include "secaction/history/editions_present.hpp"
#include "secaction/history/snapshot_present.hpp"
#include "secaction/questionnaire/credits.hpp"
#include "secaction/report/credits.hpp"
#include "secaction/report/vocabulary.hpp"

namespace secaction::history {
namespace {

using Json = nlohmann::ordered_json;
using questionnaire::Instrument;
using report::Align;
using report::Document;
using report::Table;

std::string answer_label(Lang lang, const ItemState& state) {
  return report::answer_label(lang, state.option != nullptr ? state.option->label.in(lang) : std::string("—"), state.missing);
}

std::string answer_with_points(Lang lang, const ItemState& state) {
  if (!state.counted) return fmt::format("{}{}", answer_label(lang, state), tr(lang, "（対象外）", " (not counted)"));
  return lang == Lang::ja ? fmt::format("{}（{}）", answer_label(lang, state), report::points_text(lang, state.points))
                          : fmt::format("{} ({})", answer_label(lang, state), report::points_text(lang, state.points));
}

std::string dated_source(Lang lang, const Snapshot& snapshot) {
  const std::string date = snapshot.assessed_on ? to_string(*snapshot.assessed_on) : tr(lang, "日付なし", "no date");
  return lang == Lang::ja ? fmt::format("{}（{}）", snapshot.source, date) : fmt::format("{} ({})", snapshot.source, date);
}

const char* movement_id(Movement movement) {
  switch (movement) {
  case Movement::improved: return "improved";
  case Movement::regressed: return "regressed";
  case Movement::changed: return "changed";
  case Movement::unchanged: break;
  }
  return "unchanged";
}

// Points of an answer left out of the maximum mean nothing, so neither does their difference.
std::string item_delta_text(const ItemChange& change) {
  return change.before->counted && change.after->counted ? signed_number(change.delta) : std::string("—");
}

void add_compare_header(Document& doc, Lang lang, const Comparison& c) {
  const Instrument& in = *c.after->instrument;
  doc.title = lang == Lang::ja ? fmt::format("{} 前回との比較", in.title.ja) : fmt::format("{}: comparison", in.title.en);
  std::vector<std::pair<std::string, std::string>> fields;
  const std::string before_org = describe_organization(lang, c.before->organization);
  const std::string after_org = describe_organization(lang, c.after->organization);
  fields.emplace_back(tr(lang, "組織", "Organisation"), before_org == after_org ? after_org : fmt::format("{} → {}", before_org, after_org));
  fields.emplace_back(tr(lang, "前回", "Before"), dated_source(lang, *c.before));
  fields.emplace_back(tr(lang, "今回", "After"), dated_source(lang, *c.after));
  doc.fields(std::move(fields));
}

std::string regression_summary(Lang lang, const Comparison& c) {
  if (!c.has_regression()) return tr(lang, "悪化した点はありません。", "Nothing got worse.");
  std::vector<std::string> parts;
  if (c.total_regressed()) {
    parts.push_back(c.before->is_sum() ? tr(lang, "合計点が下がりました", "the total score went down")
                                       : tr(lang, "達成率が下がりました", "the completion rate went down"));
  }
  if (!c.regressed.empty()) {
    std::vector<std::string> numbers;
    for (std::size_t index : c.regressed) numbers.push_back(c.items[index].after->item->number);
    parts.push_back(lang == Lang::ja ? fmt::format("{}項目の点数が下がりました（No. {}）", c.regressed.size(), fmt::join(numbers, ", "))
                                     : fmt::format("{} {} scored lower (No. {})", c.regressed.size(), c.regressed.size() == 1 ? "item" : "items", fmt::join(numbers, ", ")));
  }
  return lang == Lang::ja ? fmt::format("悪化あり：{}。", fmt::join(parts, "。")) : fmt::format("Regression: {}.", fmt::join(parts, "; "));
}

void add_compare_result(Document& doc, Lang lang, const Comparison& c) {
  const bool sum = c.before->is_sum();
  doc.heading(2, tr(lang, "結果の変化", "What changed"));
  Table table;
  table.header = {tr(lang, "項目", "Measure"), tr(lang, "前回", "Before"), tr(lang, "今回", "After"),
                  tr(lang, "増減", "Change")};
  table.align = {Align::left, Align::right, Align::right, Align::right};
  table.rows.push_back({sum ? tr(lang, "合計点", "Total score") : tr(lang, "達成率", "Completion"), score_text(lang, *c.before),
                        score_text(lang, *c.after),
                        sum ? signed_number(c.total_delta) : percent_points(lang, c.percent_delta)});
  if (c.before->band != nullptr || c.after->band != nullptr) {
    table.rows.push_back({tr(lang, "現在の状況", "Current state"), band_text(lang, c.before->band), band_text(lang, c.after->band),
                          c.band_changed ? tr(lang, "変化あり", "changed") : tr(lang, "変化なし", "same")});
  }
  for (const auto& part : c.parts) {
    table.rows.push_back({part.after->part->title.in(lang), part_text(*part.before), part_text(*part.after), signed_number(part.delta)});
  }
  doc.table(std::move(table));

  std::vector<std::pair<std::string, std::string>> fields;
  const std::size_t unchanged = c.items.size() - c.improved.size() - c.regressed.size() - c.changed.size();
  fields.emplace_back(tr(lang, "改善した項目", "Items improved"), std::to_string(c.improved.size()));
  fields.emplace_back(tr(lang, "悪化した項目", "Items that got worse"), std::to_string(c.regressed.size()));
  fields.emplace_back(tr(lang, "回答だけ変わった項目", "Answers changed, same score"), std::to_string(c.changed.size()));
  fields.emplace_back(tr(lang, "変化のない項目", "Items unchanged"), std::to_string(unchanged));
  doc.fields(std::move(fields));

  if (c.band_changed && c.before->band != nullptr && c.after->band != nullptr) {
    doc.paragraph(lang == Lang::ja ? fmt::format("点数帯が「{}」から「{}」に変わりました。", c.before->band->status.ja, c.after->band->status.ja)
                                   : fmt::format("The band changed from “{}” to “{}”.", c.before->band->status.en, c.after->band->status.en));
    if (!c.after->band->next.empty()) {
      doc.paragraph(fmt::format("{}{}", tr(lang, "次の対策：", "Next step: "), c.after->band->next.in(lang)));
    }
  }
  doc.paragraph(regression_summary(lang, c));
}

void add_item_table(Document& doc, Lang lang, const Comparison& c, const std::vector<std::size_t>& indices, std::string heading,
                    std::string none) {
  doc.heading(2, std::move(heading));
  if (indices.empty()) {
    doc.paragraph(std::move(none));
    return;
  }
  Table table;
  table.header = {"No.", tr(lang, "設問", "Question"), tr(lang, "前回", "Before"), tr(lang, "今回", "After"),
                  tr(lang, "増減", "Change")};
  table.align = {Align::left, Align::left, Align::left, Align::left, Align::right};
  for (std::size_t index : indices) {
    const ItemChange& change = c.items[index];
    table.rows.push_back({change.after->item->number, change.after->item->question.in(lang), answer_with_points(lang, *change.before),
                          answer_with_points(lang, *change.after), item_delta_text(change)});
  }
  doc.table(std::move(table));
}

void add_compare_rule(Document& doc, Lang lang) {
  doc.heading(2, tr(lang, "比較の規則（secaction 独自）", "How the comparison works (secaction's own rule)"));
  doc.paragraph(tr(lang,
                   "IPA は結果の比較方法を定めていないため、次の規則は secaction 独自のものです。項目の改善・悪化は、前回と今回の両方で満点に数える回答"
                   "について、点数が上がったか下がったかで判定します。点数が同じままの回答の変更や、満点に数えない回答（チェックリストの「該当しない」など）"
                   "への変更は、改善にも悪化にも数えません。合計の悪化とは、合計点（チェックリストでは達成率）が下がったことをいいます。"
                   "--fail-on-regression を付けると、悪化した項目があるか合計が下がったときに終了コード 1 を返します。",
                   "IPA gives no rule for comparing results, so this rule is secaction's own. An item improved or got worse when its "
                   "points went up or down, provided both answers count toward the maximum. An answer that changed without changing "
                   "the points, or that moved to or from an answer left out of the maximum (such as a checklist's “not applicable”), "
                   "counts as neither. The total got worse when the total score (for a checklist, the completion rate) went down. "
                   "With --fail-on-regression the exit status is 1 when any item or the total got worse."));
}

void add_compare_records(Document& doc, Lang lang, const Comparison& c) {
  Table& records = doc.records;
  records.header = {"instrument", "number", "part", "question", "before_answer", "after_answer", "before_points", "after_points",
                    "delta", "change"};
  for (const auto& change : c.items) {
    records.rows.push_back({c.after->instrument->id, change.after->item->number, change.after->part->title.in(lang),
                            change.after->item->question.in(lang), change.before->missing ? "" : change.before->option->id,
                            change.after->missing ? "" : change.after->option->id, format_number(change.before->points),
                            format_number(change.after->points), format_number(change.delta), movement_id(change.movement)});
  }
}

} // namespace

namespace {

// Whose words the comparison shows: the questions of the items listed and the band texts are the
// instrument's; the comparison rule and the layout are secaction's.
void credit(Document& doc, Lang lang, const Comparison& c) {
  const Instrument& in = *c.after->instrument;
  std::vector<const questionnaire::Item*> shown;
  for (const auto* list : {&c.regressed, &c.improved, &c.changed}) {
    for (const auto index : *list) shown.push_back(c.items[index].after->item);
  }
  if (!shown.empty()) questionnaire::credit_questions(doc, lang, in, shown);
  for (const auto* band : {c.before->band, c.after->band}) {
    if (band != nullptr) questionnaire::credit_band(doc, lang, in, *band);
  }
  doc.credit(Origin::secaction, tr(lang, "比較の規則", "the comparison rule"));
  if (lang == Lang::en) doc.credit(Origin::secaction, "the English renderings of the official texts");
  doc.credit(Origin::secaction, tr(lang, "この報告の構成と説明の文章", "the report's layout and explanatory sentences"));
}

} // namespace

report::Document to_document(const Comparison& comparison, Lang lang) {
  Document doc;
  add_compare_header(doc, lang, comparison);
  add_compare_result(doc, lang, comparison);
  add_item_table(doc, lang, comparison, comparison.regressed,
                 lang == Lang::ja ? fmt::format("悪化した項目（{}件）", comparison.regressed.size())
                                  : fmt::format("Items that got worse ({})", comparison.regressed.size()),
                 tr(lang, "ありません。", "None."));
  add_item_table(doc, lang, comparison, comparison.improved,
                 lang == Lang::ja ? fmt::format("改善した項目（{}件）", comparison.improved.size())
                                  : fmt::format("Items that improved ({})", comparison.improved.size()),
                 tr(lang, "ありません。", "None."));
  add_item_table(doc, lang, comparison, comparison.changed,
                 lang == Lang::ja ? fmt::format("回答だけ変わった項目（{}件）", comparison.changed.size())
                                  : fmt::format("Answers changed without a score change ({})", comparison.changed.size()),
                 tr(lang, "ありません。", "None."));
  if (comparison.editions != nullptr) add_edition_sections(doc, lang, comparison);
  add_compare_rule(doc, lang);
  credit(doc, lang, comparison);
  report::add_credits_section(doc, lang);
  add_compare_records(doc, lang, comparison);
  return doc;
}

nlohmann::ordered_json to_json(const Comparison& c, Lang lang) {
  const Instrument& in = *c.after->instrument;
  Json out;
  out["schema"] = "secaction.compare/v1";
  out["instrument"] = in.id;
  out["instrument_title"] = in.title.in(lang);
  out["lang"] = std::string(lang_code(lang));
  out["method"] = std::string(questionnaire::method_id(in.scoring.method));
  out["before"] = snapshot_summary_json(*c.before, lang);
  out["after"] = snapshot_summary_json(*c.after, lang);
  out["change"] = {{"total", report::json_number(c.total_delta)},
                   {"percent", report::json_number(c.percent_delta, 1)},
                   {"band_changed", c.band_changed},
                   {"total_regressed", c.total_regressed()},
                   {"regression", c.has_regression()}};
  auto parts = Json::array();
  for (const auto& part : c.parts) {
    parts.push_back({{"id", part.after->part->id},
                     {"title", part.after->part->title.in(lang)},
                     {"before", report::json_number(part.before->score)},
                     {"after", report::json_number(part.after->score)},
                     {"max", report::json_number(part.after->max)},
                     {"delta", report::json_number(part.delta)}});
  }
  out["parts"] = std::move(parts);
  auto items = Json::array();
  for (const auto& change : c.items) {
    items.push_back({{"number", report::json_item_number(change.after->item->number)},
                     {"id", change.after->item->id},
                     {"part", change.after->part->id},
                     {"before", {{"answer", change.before->missing ? Json() : Json(change.before->option->id)},
                                 {"points", report::json_number(change.before->points)},
                                 {"counted", change.before->counted}}},
                     {"after", {{"answer", change.after->missing ? Json() : Json(change.after->option->id)},
                                {"points", report::json_number(change.after->points)},
                                {"counted", change.after->counted}}},
                     {"delta", report::json_number(change.delta)},
                     {"change", movement_id(change.movement)}});
  }
  out["items"] = std::move(items);
  auto numbers = [&](const std::vector<std::size_t>& indices) {
    auto list = Json::array();
    for (std::size_t index : indices) list.push_back(report::json_item_number(c.items[index].after->item->number));
    return list;
  };
  out["improved"] = numbers(c.improved);
  out["regressed"] = numbers(c.regressed);
  out["changed"] = numbers(c.changed);
  if (c.editions != nullptr) out["editions"] = editions_json(c);
  return out;
}

} // namespace secaction::history
