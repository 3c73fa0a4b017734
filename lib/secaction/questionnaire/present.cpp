#include "secaction/questionnaire/present.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/core/text.hpp"
#include "secaction/questionnaire/credits.hpp"
#include "secaction/questionnaire/guidance.hpp"
#include "secaction/report/credits.hpp"
#include "secaction/report/vocabulary.hpp"

namespace secaction::questionnaire {
namespace {

using report::Align;
using report::Document;
using report::item_label;
using report::points_text;
using report::Table;

bool is_sum(const Assessment& a) { return a.instrument->scoring.method == ScoringMethod::sum; }
bool is_method(const Assessment& a, ScoringMethod method) { return a.instrument->scoring.method == method; }

// The provenance label of a text; an official text of an imported instrument names the file it came from.
std::string text_origin(Lang lang, const Instrument& instrument, Origin origin, const LocalText& via = {}) {
  const auto& file = instrument.source.file;
  if (origin != Origin::official || file.empty()) return origin_label(lang, origin, via);
  return lang == Lang::ja ? fmt::format("公式、{} から取り込み（SHA-256 {}…）", file.name, file.sha256.substr(0, 12))
                          : fmt::format("official, imported from {} (SHA-256 {}…)", file.name, file.sha256.substr(0, 12));
}

std::string level_text(Lang lang, const ScaleOption& option) { return option.label.in(lang); }

std::string answer_text(Lang lang, const ItemResult& result) {
  return report::answer_label(lang, result.option->label.in(lang), result.missing);
}

std::string score_line(Lang lang, const Assessment& a) { return report::score_text(lang, is_sum(a), a.total, a.max, a.percent()); }

std::string in_brackets(Lang lang, const std::string& text) {
  return lang == Lang::ja ? "（" + text + "）" : " (" + text + ")";
}

std::string quoted(Lang lang, const std::string& text) { return lang == Lang::ja ? "「" + text + "」" : "“" + text + "”"; }

// Credits a text of the instrument's source (official, or official-secondary through `via`).
void credit_source(Document& doc, Lang lang, const Instrument& in, Origin origin, const LocalText& via, std::string what) {
  doc.credit(origin, std::move(what), source_line(lang, in), via.in(lang));
}

// The source's guidance before the items (3原則, 経営者への問い, …), each block labelled with its origin.
void add_guidance(Document& doc, Lang lang, const Instrument& in) {
  for (const auto* block : guidance_blocks(in)) {
    doc.heading(2, block->title.in(lang));
    doc.paragraph(guidance_provenance(lang, *block));
    if (!block->intro.in(lang).empty()) doc.paragraph(block->intro.in(lang));
    if (!block->entries.empty()) {
      std::vector<std::string> entries;
      for (const auto& entry : block->entries) entries.push_back(guidance_entry(lang, entry));
      doc.bullets(std::move(entries));
    }
    // A block names its own place in the source (it may stand in another part of it, or another document).
    const std::string& where = block->source_ref.in(lang);
    doc.credit(block->origin, quoted(lang, block->title.in(lang)), where.empty() ? source_line(lang, in) : where,
               block->via.in(lang));
  }
}

void add_header(Document& doc, Lang lang, const Assessment& a) {
  const Instrument& in = *a.instrument;
  doc.title = lang == Lang::ja ? fmt::format("{} 結果", in.title.ja) : fmt::format("{}: results", in.title.en);
  std::vector<std::pair<std::string, std::string>> fields;
  fields.emplace_back(tr(lang, "組織", "Organisation"), describe_organization(lang, a.organization));
  fields.emplace_back(tr(lang, "評価日", "Assessed on"),
                      a.assessed_on ? to_string(*a.assessed_on) : report::not_given(lang));
  if (!a.assessor.empty()) fields.emplace_back(tr(lang, "回答者", "Assessor"), a.assessor);
  fields.emplace_back(tr(lang, "出典", "Source"), source_line(lang, in));
  doc.fields(std::move(fields));
}

void add_result(Document& doc, Lang lang, const Assessment& a, const std::string& chart_file) {
  doc.heading(2, tr(lang, "結果", "Result"));
  std::vector<std::pair<std::string, std::string>> fields;
  fields.emplace_back(is_sum(a)                                 ? tr(lang, "合計点", "Total score")
                      : is_method(a, ScoringMethod::maturity) ? tr(lang, "成熟度", "Maturity")
                      : is_method(a, ScoringMethod::all_met)  ? tr(lang, "満たしている割合", "Criteria met")
                                                              : tr(lang, "達成率", "Completion"),
                      score_line(lang, a));
  if (is_method(a, ScoringMethod::maturity)) {
    fields.emplace_back(tr(lang, "目標レベルに達した項目", "Items at their target level"),
                        lang == Lang::ja ? fmt::format("{}件 / {}件", a.goals_met, a.goals_counted)
                                         : fmt::format("{} of {}", a.goals_met, a.goals_counted));
  }
  if (is_method(a, ScoringMethod::all_met)) {
    const std::size_t unmet = a.goals_counted - a.goals_met;
    fields.emplace_back(tr(lang, "判定", "Verdict"),
                        a.all_goals_met() ? tr(lang, "すべての評価基準を満たしています", "Every criterion is met")
                        : lang == Lang::ja ? fmt::format("満たしていない評価基準が{}件あります", unmet)
                                           : fmt::format("{} criteri{} not met", unmet, unmet == 1 ? "on is" : "a are"));
    if (!a.instrument->requirements.empty()) {
      const std::size_t total = a.instrument->requirements.size();
      const std::size_t met = total - a.unmet_requirements.size();
      fields.emplace_back(tr(lang, "すべての評価基準を満たした要求事項", "Requirements with every criterion met"),
                          lang == Lang::ja ? fmt::format("{}件 / {}件", met, total) : fmt::format("{} of {}", met, total));
    }
  }
  if (a.band != nullptr) {
    fields.emplace_back(tr(lang, "現在の状況", "Current state"), a.band->status.in(lang));
    if (!a.band->next.empty()) fields.emplace_back(tr(lang, "次の対策", "Next step"), a.band->next.in(lang));
    fields.emplace_back(tr(lang, "上の文言の出典", "Source of the wording above"), origin_label(lang, a.band->origin, a.band->via));
    credit_band(doc, lang, *a.instrument, *a.band);
  }
  doc.fields(std::move(fields));
  if (a.band != nullptr && !a.band->advice.empty()) {
    doc.paragraph(fmt::format("{}{}", tr(lang, "secaction の助言：", "secaction's advice: "), a.band->advice.in(lang)));
    doc.credit(Origin::secaction, tr(lang, "助言", "the advice"));
  }
  if (is_method(a, ScoringMethod::maturity)) {
    doc.credit(Origin::secaction, tr(lang, "成熟度", "the maturity measure"));
    doc.paragraph(tr(lang, "成熟度は secaction 独自の指標です（各項目のレベルの合計 ÷ 最高レベルの合計。該当しない項目は除きます）。"
                           "目標レベルは内容ファイルが項目ごとに定めたものです。",
                     "Maturity is secaction's own measure (the sum of the items' levels over the sum of the highest levels; "
                     "items that do not apply are left out). The target levels are set per item by the content file."));
  } else if (is_method(a, ScoringMethod::all_met)) {
    doc.credit(Origin::secaction, tr(lang, "評価基準を満たす割合", "the share of criteria met"));
    doc.paragraph(tr(lang, "すべての評価基準を満たしたときに限り、判定は「満たしている」になります（該当しない評価基準は除きます）。割合は secaction 独自の目安です。",
                     "The verdict is “met” only when every criterion is met (criteria that do not apply are left out). "
                     "The percentage is secaction's own guide."));
  } else if (!is_sum(a)) {
    doc.credit(Origin::secaction, tr(lang, "達成率", "the completion rate"));
    doc.paragraph(tr(lang, "達成率は secaction 独自の指標です（実施している＝1、一部実施している＝0.5、実施していない＝0。該当しない項目は分母から除きます）。",
                     "The completion rate is secaction's own measure (done = 1, partly done = 0.5, not done = 0; "
                     "items that do not apply are left out)."));
  }

  doc.heading(2, tr(lang, "区分別の小計", "Subtotals by section"));
  Table table;
  table.header = {tr(lang, "区分", "Section"), tr(lang, "項目数", "Items"),
                  tr(lang, "得点", "Score"), tr(lang, "満点", "Maximum"),
                  tr(lang, "達成率", "Percent")};
  table.align = {Align::left, Align::right, Align::right, Align::right, Align::right};
  for (const auto& part : a.parts) {
    table.rows.push_back({part.part->title.in(lang), std::to_string(part.items.size()), format_number(part.score),
                          format_number(part.max), part.max > 0 ? format_number(part.percent()) + "%" : "—"});
  }
  doc.table(std::move(table));
  if (!chart_file.empty()) {
    doc.image(tr(lang, "区分別の小計と合計のグラフ", "Chart of the subtotals by section and the total"), chart_file);
  }
}

void add_unknown(Document& doc, Lang lang, const Assessment& a) {
  const auto* unknown = a.instrument->unknown_option();
  if (unknown == nullptr) return;
  doc.heading(2, lang == Lang::ja ? fmt::format("「{}」と回答した項目（{}件）", unknown->label.ja, a.unknown.size())
                                  : fmt::format("Items answered “{}” ({})", unknown->label.en, a.unknown.size()));
  if (a.unknown.empty()) {
    doc.paragraph(tr(lang, "ありません。", "None."));
    return;
  }
  doc.paragraph(tr(lang, "IPA は「わからない」と回答した項目を必ず確認するよう求めています。実施状況を知っている人に確認し、回答を更新してください。",
                   "IPA asks you to follow up every item answered “don't know”. Ask the people who know, then update the answer."));
  Table table;
  table.header = {"No.", tr(lang, "設問", "Question")};
  for (const auto* item : a.unknown) table.rows.push_back({item->item->number, item->item->question.in(lang)});
  doc.table(std::move(table));
}

void add_open_item(Document& doc, Lang lang, const Assessment& a, const ItemResult* result, const InstrumentTitles& titles,
                   int level) {
  {
    const Item& item = *result->item;
    doc.heading(level, fmt::format("{} {}", item_label(lang, item.number), item.question.in(lang)));
    std::vector<std::pair<std::string, std::string>> fields;
    fields.emplace_back(tr(lang, "回答", "Answer"), fmt::format("{}{}{}", answer_text(lang, *result),
                                                                lang == Lang::ja ? "／" : " / ", points_text(lang, result->points)));
    const ScaleOption* target = a.instrument->target_option(item);
    if (target != nullptr) fields.emplace_back(tr(lang, "目標レベル", "Target level"), level_text(lang, *target));
    if (!result->note.empty()) fields.emplace_back(tr(lang, "メモ", "Note"), result->note);
    if (!result->evidence.empty()) fields.emplace_back(tr(lang, "根拠", "Evidence"), result->evidence);
    doc.fields(std::move(fields));
    if (!item.why.empty()) {
      doc.paragraph(fmt::format("{}{}", tr(lang, "secaction の解説：", "secaction's explanation: "), item.why.in(lang)));
      doc.credit(Origin::secaction, tr(lang, "「secaction の解説」", "“secaction's explanation”"));
    }
    if (result->points <= 0 && !item.if_neglected.empty()) {
      doc.paragraph(fmt::format("{}{}", tr(lang, "放置した場合：", "If left undone: "), item.if_neglected.in(lang)));
      doc.credit(Origin::secaction, tr(lang, "「放置した場合」の説明（出典の要約であるものは文末に出典を記載）",
                                       "the “if left undone” texts (one that summarises a source names it at its end)"));
    }
    if (target != nullptr && !item.levels.empty()) {
      // The level descriptions from the answer given up to the target: what the next steps look like.
      std::vector<std::string> steps;
      for (const auto& option : a.instrument->scale) {
        if (option.points <= result->points || option.points > target->points) continue;
        if (auto text = item.levels.find(option.id); text != item.levels.end()) {
          steps.push_back(fmt::format("{}: {}", level_text(lang, option), text->second.in(lang)));
        }
      }
      if (!steps.empty()) {
        doc.paragraph(tr(lang, "目標までのレベル", "The levels up to the target") +
                      in_brackets(lang, text_origin(lang, *a.instrument, a.instrument->question_origin)));
        doc.bullets(steps);
      }
    }
    for (const auto& block : item.criteria) {
      doc.paragraph(block.title.in(lang) + in_brackets(lang, text_origin(lang, *a.instrument, block.origin, block.via)));
      doc.bullets(block.points.in(lang));
      if (block.origin == Origin::secaction) {
        doc.credit(Origin::secaction, quoted(lang, block.title.in(lang)));
      } else {
        credit_source(doc, lang, *a.instrument, block.origin, block.via, quoted(lang, block.title.in(lang)));
      }
    }
    if (!item.measures.empty()) {
      doc.paragraph(tr(lang, "対策（secaction の例）：", "Measures (secaction's examples):"));
      doc.bullets(item.measures.in(lang));
      doc.credit(Origin::secaction, tr(lang, "対策の例", "the example measures"));
    }
    if (!item.refs.empty()) {
      std::vector<std::string> refs;
      for (const auto& ref : item.refs) {
        auto title = titles.find(ref.instrument);
        refs.push_back(fmt::format("{}{}{}{}", title != titles.end() ? title->second.in(lang) : ref.instrument,
                                   lang == Lang::ja ? "（" : " (", item_label(lang, ref.item), lang == Lang::ja ? "）" : ")"));
      }
      doc.paragraph(fmt::format("{}{}", tr(lang, "関連：", "Related: "), fmt::join(refs, report::list_separator(lang))));
    }
  }
}

// all-met: the criteria not met, under their requirements (content order), then any without one.
void add_unmet_criteria(Document& doc, Lang lang, const Assessment& a, const InstrumentTitles& titles) {
  doc.heading(2, lang == Lang::ja ? fmt::format("満たしていない評価基準（{}件）", a.open_items.size())
                                  : fmt::format("Criteria not met ({})", a.open_items.size()));
  if (a.open_items.empty()) {
    doc.paragraph(tr(lang, "すべての評価基準を満たしています。", "Every criterion is met."));
    return;
  }
  std::vector<const ItemResult*> in_order;
  for (const auto& part : a.parts) {
    for (const auto& item : part.items) {
      if (std::find(a.open_items.begin(), a.open_items.end(), &item) != a.open_items.end()) in_order.push_back(&item);
    }
  }
  for (const auto* requirement : a.unmet_requirements) {
    doc.heading(3, fmt::format("{} {}", requirement->id, requirement->text.in(lang)));
    doc.paragraph(tr(lang, "要求事項", "Requirement") + in_brackets(lang, text_origin(lang, *a.instrument, requirement->origin)));
    credit_source(doc, lang, *a.instrument, requirement->origin, {}, tr(lang, "要求事項", "the requirements"));
    for (const auto* result : in_order) {
      if (result->item->requirement == requirement->id) add_open_item(doc, lang, a, result, titles, 4);
    }
  }
  for (const auto* result : in_order) {
    if (result->item->requirement.empty()) add_open_item(doc, lang, a, result, titles, 3);
  }
}

void add_open_items(Document& doc, Lang lang, const Assessment& a, const InstrumentTitles& titles) {
  if (is_method(a, ScoringMethod::all_met)) {
    add_unmet_criteria(doc, lang, a, titles);
    return;
  }
  const bool maturity = is_method(a, ScoringMethod::maturity);
  doc.heading(2, maturity ? (lang == Lang::ja ? fmt::format("目標レベルに達していない項目（{}件、差の大きい順）", a.open_items.size())
                                              : fmt::format("Items below their target level ({}, largest gap first)", a.open_items.size()))
                 : lang == Lang::ja ? fmt::format("対策が必要な項目（{}件、優先度の高い順）", a.open_items.size())
                                    : fmt::format("What to do next ({} items, most urgent first)", a.open_items.size()));
  if (a.open_items.empty()) {
    doc.paragraph(maturity ? tr(lang, "すべての項目が目標レベルに達しています。", "Every item is at its target level.")
                           : tr(lang, "すべての項目を実施しています。", "Every item is fully in place."));
    return;
  }
  doc.credit(Origin::secaction, maturity ? tr(lang, "目標レベルに達していない項目の順", "the order of the items below their target")
                                         : tr(lang, "対策が必要な項目の優先順", "the order of the items to act on"));
  for (const auto* result : a.open_items) add_open_item(doc, lang, a, result, titles, 3);
}

void add_not_applicable(Document& doc, Lang lang, const Assessment& a) {
  const auto na = std::find_if(a.instrument->scale.begin(), a.instrument->scale.end(),
                               [](const ScaleOption& o) { return o.flag == AnswerFlag::not_applicable; });
  if (na == a.instrument->scale.end()) return;
  doc.heading(2, lang == Lang::ja ? fmt::format("「{}」と回答した項目（{}件）", na->label.ja, a.not_applicable.size())
                                  : fmt::format("Items answered “{}” ({})", na->label.en, a.not_applicable.size()));
  if (a.not_applicable.empty()) {
    doc.paragraph(tr(lang, "ありません。", "None."));
    return;
  }
  if (na->counts_toward_max) {
    doc.paragraph(lang == Lang::ja
                      ? fmt::format("これらの項目は{}として計算しています（下の「この診断について」を参照）。", points_text(lang, na->points))
                      : fmt::format("These items are scored {} points each (see “About this assessment” below).",
                                    format_number(na->points)));
  } else {
    doc.paragraph(tr(lang, "これらの項目は得点と満点の両方から除いています。", "These items are left out of both the score and the maximum."));
  }
  Table table;
  table.header = {"No.", tr(lang, "設問", "Question"), tr(lang, "メモ", "Note")};
  for (const auto* item : a.not_applicable) {
    table.rows.push_back({item->item->number, item->item->question.in(lang),
                          item->note.empty() ? tr(lang, "（メモなし）", "(no note)") : item->note});
  }
  doc.table(std::move(table));
}

void add_missing(Document& doc, Lang lang, const Assessment& a) {
  if (a.missing.empty()) return;
  doc.heading(2, lang == Lang::ja ? fmt::format("未回答の項目（{}件）", a.missing.size())
                                  : fmt::format("Items not answered ({})", a.missing.size()));
  std::vector<std::string> numbers;
  for (const auto* item : a.missing) numbers.push_back(item->item->number);
  doc.paragraph(lang == Lang::ja ? fmt::format("--allow-missing により、次の項目を「{}」として計算しました：{}",
                                               a.missing.front()->option->label.ja, fmt::join(numbers, ", "))
                                 : fmt::format("With --allow-missing these items were scored as “{}”: {}",
                                               a.missing.front()->option->label.en, fmt::join(numbers, ", ")));
}

void add_all_answers(Document& doc, Lang lang, const Assessment& a) {
  doc.heading(2, tr(lang, "全項目の回答", "All answers"));
  Table table;
  table.header = {"No.", tr(lang, "設問", "Question"), tr(lang, "回答", "Answer"),
                  tr(lang, "点数", "Points")};
  table.align = {Align::left, Align::left, Align::left, Align::right};
  const bool targets = is_method(a, ScoringMethod::maturity);
  if (targets) {
    table.header.push_back(tr(lang, "目標", "Target"));
    table.align.push_back(Align::right);
  }
  for (const auto& part : a.parts) {
    for (const auto& item : part.items) {
      table.rows.push_back({item.item->number, item.item->question.in(lang), answer_text(lang, item),
                            item.counted ? format_number(item.points) : "—"});
      if (targets) table.rows.back().push_back(format_number(item.goal));
    }
  }
  doc.table(std::move(table));
}

void add_about(Document& doc, Lang lang, const Assessment& a) {
  const Instrument& in = *a.instrument;
  doc.heading(2, tr(lang, "この診断について", "About this assessment"));
  std::vector<std::string> lines;
  for (const auto& note : in.notes) {
    lines.push_back(note.text.in(lang) + in_brackets(lang, origin_label(lang, note.origin, note.via)));
    if (note.origin == Origin::secaction) {
      doc.credit(Origin::secaction, tr(lang, "「この診断について」の注記", "the notes under “About this assessment”"));
    } else {
      credit_source(doc, lang, in, note.origin, note.via,
                    tr(lang, "「この診断について」の注記", "the notes under “About this assessment”"));
    }
  }
  // An imported instrument's own note says whose texts are whose (and names the file).
  if (in.source.file.empty() && in.question_origin != Origin::official) {
    lines.push_back(
        tr(lang, "設問は secaction が出典の構成に沿って作成したもので、公式のチェック項目ではありません。",
           "The questions are secaction's own, written following the structure of the source; they are not an official "
           "checklist."));
  }
  if (!lines.empty()) doc.bullets(std::move(lines));
  std::vector<std::pair<std::string, std::string>> fields;
  fields.emplace_back(tr(lang, "発行", "Publisher"), in.source.publisher.in(lang));
  fields.emplace_back(tr(lang, "文書", "Document"), in.source.document.in(lang));
  fields.emplace_back(tr(lang, "版", "Edition"), in.source.edition.in(lang));
  if (!in.source.url.empty()) fields.emplace_back("URL", in.source.url);
  if (!in.source.file.empty()) {
    fields.emplace_back(tr(lang, "取り込み元ファイル", "Imported from"),
                        in.source.file.sheet.empty() ? in.source.file.name
                                                     : fmt::format("{} ({})", in.source.file.name, in.source.file.sheet));
    fields.emplace_back("SHA-256", in.source.file.sha256);
  }
  doc.fields(std::move(fields));
}

void add_records(Document& doc, Lang lang, const Assessment& a) {
  Table& records = doc.records;
  records.header = {"instrument", "organization", "assessed_on", "part", "number", "question", "answer", "answer_label",
                    "points", "max_points", "counted", "note", "evidence"};
  for (const auto& part : a.parts) {
    for (const auto& item : part.items) {
      records.rows.push_back({a.instrument->id, a.organization.name, a.assessed_on ? to_string(*a.assessed_on) : "",
                              part.part->title.in(lang), item.item->number, item.item->question.in(lang),
                              item.missing ? "" : item.option->id, answer_text(lang, item), format_number(item.points),
                              format_number(a.instrument->scoring.max_points_per_item), item.counted ? "true" : "false",
                              item.note, item.evidence});
    }
  }
  // One last record for the whole: part 合計/Total, no item number, the total and maximum in the
  // points columns and the band (id and status) in the answer columns. A tool that sums the items
  // skips it by its empty number.
  records.rows.push_back({a.instrument->id, a.organization.name, a.assessed_on ? to_string(*a.assessed_on) : "",
                          tr(lang, "合計", "Total"), "", "", a.band ? a.band->id : "", a.band ? a.band->status.in(lang) : "",
                          format_number(a.total), format_number(a.max), "", "", ""});
}

nlohmann::ordered_json numbers_json(const std::vector<const ItemResult*>& items) {
  auto list = nlohmann::ordered_json::array();
  for (const auto* item : items) list.push_back(report::json_item_number(item->item->number));
  return list;
}

} // namespace

report::Document to_document(const Assessment& assessment, Lang lang, const InstrumentTitles& titles,
                             const std::string& chart_file, const report::Document& appendix) {
  Document doc;
  add_header(doc, lang, assessment);
  add_guidance(doc, lang, *assessment.instrument);
  add_result(doc, lang, assessment, chart_file);
  add_unknown(doc, lang, assessment);
  add_open_items(doc, lang, assessment, titles);
  add_not_applicable(doc, lang, assessment);
  add_missing(doc, lang, assessment);
  add_all_answers(doc, lang, assessment);
  doc.append(appendix);
  credit_questions(doc, lang, *assessment.instrument);
  add_about(doc, lang, assessment);
  if (lang == Lang::en) doc.credit(Origin::secaction, "the English renderings of the official texts");
  doc.credit(Origin::secaction, tr(lang, "この報告の構成と説明の文章", "the report's layout and explanatory sentences"));
  report::add_credits_section(doc, lang);
  add_records(doc, lang, assessment);
  return doc;
}

nlohmann::ordered_json to_json(const Assessment& a, Lang lang) {
  using Json = nlohmann::ordered_json;
  const Instrument& in = *a.instrument;
  Json out;
  out["schema"] = "secaction.result/v1";
  out["instrument"] = in.id;
  out["instrument_title"] = in.title.in(lang);
  out["edition"] = in.source.edition.in(lang);
  if (!in.edition.empty()) out["edition_id"] = in.edition;
  out["lang"] = std::string(lang_code(lang));
  Json org;
  org["name"] = report::json_text_or_null(a.organization.name);
  org["industry"] = report::json_text_or_null(a.organization.industry);
  org["employees"] = a.organization.employees ? Json(*a.organization.employees) : Json();
  out["organization"] = std::move(org);
  out["assessed_on"] = a.assessed_on ? Json(to_string(*a.assessed_on)) : Json();
  out["assessor"] = report::json_text_or_null(a.assessor);
  out["score"] = {{"method", std::string(method_id(in.scoring.method))},
                  {"total", report::json_number(a.total)},
                  {"max", report::json_number(a.max)},
                  {"percent", report::json_number(a.percent(), 1)}};
  if (in.scoring.method == ScoringMethod::maturity || in.scoring.method == ScoringMethod::all_met) {
    out["score"]["goals_met"] = a.goals_met;
    out["score"]["goals_counted"] = a.goals_counted;
    out["score"]["all_met"] = a.all_goals_met();
  }
  if (a.band != nullptr) {
    out["band"] = {{"id", a.band->id},
                   {"status", a.band->status.in(lang)},
                   {"next", a.band->next.in(lang)},
                   {"origin", std::string(origin_id(a.band->origin))}};
  } else {
    out["band"] = nullptr;
  }
  auto parts = Json::array();
  for (const auto& part : a.parts) {
    Json p;
    p["id"] = part.part->id;
    p["title"] = part.part->title.in(lang);
    p["score"] = report::json_number(part.score);
    p["max"] = report::json_number(part.max);
    auto items = Json::array();
    for (const auto& item : part.items) {
      Json i;
      i["number"] = report::json_item_number(item.item->number);
      i["id"] = item.item->id;
      i["answer"] = item.missing ? Json() : Json(item.option->id);
      i["answer_label"] = item.option->label.in(lang);
      i["points"] = report::json_number(item.points);
      if (in.scoring.method == ScoringMethod::maturity) i["target"] = report::json_number(item.goal);
      i["counted"] = item.counted;
      i["note"] = report::json_text_or_null(item.note);
      i["evidence"] = report::json_text_or_null(item.evidence);
      items.push_back(std::move(i));
    }
    p["items"] = std::move(items);
    parts.push_back(std::move(p));
  }
  out["parts"] = std::move(parts);
  out["unknown"] = numbers_json(a.unknown);
  out["not_applicable"] = numbers_json(a.not_applicable);
  out["missing"] = numbers_json(a.missing);
  out["open_items"] = numbers_json(a.open_items);
  if (in.scoring.method == ScoringMethod::all_met && !in.requirements.empty()) {
    auto unmet = Json::array();
    for (const auto* requirement : a.unmet_requirements) unmet.push_back(requirement->id);
    out["unmet_requirements"] = std::move(unmet);
  }
  return out;
}

} // namespace secaction::questionnaire
