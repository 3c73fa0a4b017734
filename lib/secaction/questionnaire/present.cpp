#include "secaction/questionnaire/present.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/core/text.hpp"
#include "secaction/report/vocabulary.hpp"

namespace secaction::questionnaire {
namespace {

using report::Align;
using report::Document;
using report::item_label;
using report::points_text;
using report::Table;

bool is_sum(const Assessment& a) { return a.instrument->scoring.method == ScoringMethod::sum; }

std::string answer_text(Lang lang, const ItemResult& result) {
  return report::answer_label(lang, result.option->label.in(lang), result.missing);
}

std::string score_line(Lang lang, const Assessment& a) { return report::score_text(lang, is_sum(a), a.total, a.max, a.percent()); }

std::string source_line(Lang lang, const Instrument& instrument) {
  return fmt::format("{}{}{}", instrument.source.document.in(lang), lang == Lang::ja ? "／" : " / ",
                     instrument.source.edition.in(lang));
}

std::string in_brackets(Lang lang, const std::string& text) {
  return lang == Lang::ja ? "（" + text + "）" : " (" + text + ")";
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
  fields.emplace_back(is_sum(a) ? tr(lang, "合計点", "Total score") : tr(lang, "達成率", "Completion"), score_line(lang, a));
  if (a.band != nullptr) {
    fields.emplace_back(tr(lang, "現在の状況", "Current state"), a.band->status.in(lang));
    if (!a.band->next.empty()) fields.emplace_back(tr(lang, "次の対策", "Next step"), a.band->next.in(lang));
    fields.emplace_back(tr(lang, "上の文言の出典", "Source of the wording above"), origin_label(lang, a.band->origin, a.band->via));
  }
  doc.fields(std::move(fields));
  if (a.band != nullptr && !a.band->advice.empty()) {
    doc.paragraph(fmt::format("{}{}", tr(lang, "secaction の助言：", "secaction's advice: "), a.band->advice.in(lang)));
  }
  if (!is_sum(a)) {
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

void add_open_items(Document& doc, Lang lang, const Assessment& a, const InstrumentTitles& titles) {
  doc.heading(2, lang == Lang::ja ? fmt::format("対策が必要な項目（{}件、優先度の高い順）", a.open_items.size())
                                  : fmt::format("What to do next ({} items, most urgent first)", a.open_items.size()));
  if (a.open_items.empty()) {
    doc.paragraph(tr(lang, "すべての項目を実施しています。", "Every item is fully in place."));
    return;
  }
  for (const auto* result : a.open_items) {
    const Item& item = *result->item;
    doc.heading(3, fmt::format("{} {}", item_label(lang, item.number), item.question.in(lang)));
    std::vector<std::pair<std::string, std::string>> fields;
    fields.emplace_back(tr(lang, "回答", "Answer"), fmt::format("{}{}{}", answer_text(lang, *result),
                                                                lang == Lang::ja ? "／" : " / ", points_text(lang, result->points)));
    if (!result->note.empty()) fields.emplace_back(tr(lang, "メモ", "Note"), result->note);
    if (!result->evidence.empty()) fields.emplace_back(tr(lang, "根拠", "Evidence"), result->evidence);
    doc.fields(std::move(fields));
    if (!item.why.empty()) doc.paragraph(fmt::format("{}{}", tr(lang, "secaction の解説：", "secaction's explanation: "), item.why.in(lang)));
    if (result->points <= 0 && !item.if_neglected.empty()) {
      doc.paragraph(fmt::format("{}{}", tr(lang, "放置した場合：", "If left undone: "), item.if_neglected.in(lang)));
    }
    for (const auto& block : item.criteria) {
      doc.paragraph(block.title.in(lang) + in_brackets(lang, origin_label(lang, block.origin, block.via)));
      doc.bullets(block.points.in(lang));
    }
    if (!item.measures.empty()) {
      doc.paragraph(tr(lang, "対策（secaction の例）：", "Measures (secaction's examples):"));
      doc.bullets(item.measures.in(lang));
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
  for (const auto& part : a.parts) {
    for (const auto& item : part.items) {
      table.rows.push_back({item.item->number, item.item->question.in(lang), answer_text(lang, item),
                            item.counted ? format_number(item.points) : "—"});
    }
  }
  doc.table(std::move(table));
}

void add_about(Document& doc, Lang lang, const Assessment& a) {
  const Instrument& in = *a.instrument;
  doc.heading(2, tr(lang, "この診断について", "About this assessment"));
  std::vector<std::string> lines;
  for (const auto& note : in.notes) lines.push_back(note.text.in(lang) + in_brackets(lang, origin_label(lang, note.origin, note.via)));
  lines.push_back(in.question_origin == Origin::official
                      ? std::string(tr(lang, "設問文は出典の公式の文言です。英訳、「secaction の解説」、対策の例、「放置した場合」の説明は secaction が書いたものです（出典の要約であるものは文末に出典を記しています）。",
                                       "The Japanese questions are the source's official wording. English renderings, secaction's "
                                       "explanations, the example measures and the “if left undone” texts are written by secaction "
                                       "(one that summarises a source names it at its end)."))
                      : std::string(tr(lang, "設問は secaction が出典の構成に沿って作成したもので、公式のチェック項目ではありません。",
                                       "The questions are secaction's own, written following the structure of the source; they "
                                       "are not an official checklist.")));
  doc.bullets(std::move(lines));
  std::vector<std::pair<std::string, std::string>> fields;
  fields.emplace_back(tr(lang, "発行", "Publisher"), in.source.publisher.in(lang));
  fields.emplace_back(tr(lang, "文書", "Document"), in.source.document.in(lang));
  fields.emplace_back(tr(lang, "版", "Edition"), in.source.edition.in(lang));
  if (!in.source.url.empty()) fields.emplace_back("URL", in.source.url);
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
                             const std::string& chart_file) {
  Document doc;
  add_header(doc, lang, assessment);
  add_result(doc, lang, assessment, chart_file);
  add_unknown(doc, lang, assessment);
  add_open_items(doc, lang, assessment, titles);
  add_not_applicable(doc, lang, assessment);
  add_missing(doc, lang, assessment);
  add_all_answers(doc, lang, assessment);
  add_about(doc, lang, assessment);
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
  out["lang"] = std::string(lang_code(lang));
  Json org;
  org["name"] = report::json_text_or_null(a.organization.name);
  org["industry"] = report::json_text_or_null(a.organization.industry);
  org["employees"] = a.organization.employees ? Json(*a.organization.employees) : Json();
  out["organization"] = std::move(org);
  out["assessed_on"] = a.assessed_on ? Json(to_string(*a.assessed_on)) : Json();
  out["assessor"] = report::json_text_or_null(a.assessor);
  out["score"] = {{"method", in.scoring.method == ScoringMethod::sum ? "sum" : "completion"},
                  {"total", report::json_number(a.total)},
                  {"max", report::json_number(a.max)},
                  {"percent", report::json_number(a.percent(), 1)}};
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
  return out;
}

} // namespace secaction::questionnaire
