#include "secaction/merge/present.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/report/credits.hpp"
#include "secaction/report/vocabulary.hpp"

namespace secaction::merge {
namespace {

std::string option_label(const questionnaire::Instrument& instrument, const std::string& id, Lang lang) {
  if (id.empty()) return report::answer_label(lang, {}, true);
  const auto* option = instrument.find_option_by_id(id);
  if (option == nullptr) return id;
  return fmt::format("{} ({})", option->label.in(lang), id);
}

std::string rule_text(Lang lang) {
  return tr(lang,
            "統合の規則（secaction 独自の規則。IPA は統合方法を示していません）：項目ごとに最も弱い回答を採ります。"
            "だれか一人でも「実施していない」（ベンチマークではレベル1）なら「実施していない」、そうでなく「わからない」があれば「わからない」、"
            "そうでなければ最も点数の低い回答（「一部実施している」、または最も低いレベル）。"
            "「該当しない」は全員が「該当しない」と答えた項目だけに使い、それ以外では「該当しない」の回答を除いて判定します。"
            "空欄の回答者はその項目の判定に加わりません。",
            "Merge rule (secaction's own; IPA does not say how to combine answers): the weakest answer wins for each item. "
            "If anyone answered “no” (level 1 on the benchmark), the result is “no”; otherwise if anyone answered “don't know”, "
            "it is “don't know”; otherwise the answer with the fewest points (“partly”, or the lowest level). "
            "“Not applicable” is kept only when every respondent answered it; otherwise those answers are left out. "
            "A respondent who left an item blank takes no part in it.");
}

} // namespace

std::string merge_comment(const MergeResult& result, Lang lang) {
  const std::string names = fmt::format("{}", fmt::join(result.respondents, report::list_separator(lang)));
  return lang == Lang::ja ? fmt::format("secaction merge で {}件の回答を統合（{}）。規則：最も弱い回答を採る（secaction 独自）", result.respondents.size(), names)
                          : fmt::format("Merged by secaction merge from {} answer sets ({}). Rule: the weakest answer wins (secaction's own)",
                                        result.respondents.size(), names);
}

report::Document provenance_document(const questionnaire::Instrument& instrument, const MergeResult& result, Lang lang) {
  report::Document document;
  document.title = fmt::format("{}: {}", tr(lang, "回答の統合元", "Merge provenance"), instrument.title.in(lang));
  document.fields({{tr(lang, "組織", "Organisation"), describe_organization(lang, result.merged.organization)},
                   {tr(lang, "回答者", "Respondents"), result.merged.assessor},
                   {tr(lang, "診断日", "Assessed on"),
                    result.merged.assessed_on ? to_string(*result.merged.assessed_on) : report::not_given(lang)}});
  document.paragraph(rule_text(lang));

  report::Table table;
  table.header.emplace_back(tr(lang, "No.", "No."));
  for (const auto& name : result.respondents) table.header.push_back(name);
  table.header.emplace_back(tr(lang, "統合結果", "Merged"));
  report::Table records;
  records.header = {"item", "respondent", "answer", "merged"};
  for (const auto& item : result.items) {
    std::vector<std::string> row{item.number};
    for (std::size_t i = 0; i < item.answers.size(); ++i) {
      row.push_back(option_label(instrument, item.answers[i], lang));
      records.rows.push_back({item.number, result.respondents[i], item.answers[i], item.merged});
    }
    row.push_back(option_label(instrument, item.merged, lang));
    table.rows.push_back(std::move(row));
  }
  document.heading(2, tr(lang, "項目ごとの回答", "Answers per item"));
  document.table(std::move(table));
  document.credit(Origin::secaction, tr(lang, "統合の規則", "the merge rule"));
  document.credit(Origin::secaction, tr(lang, "この報告の構成と説明の文章", "the report's layout and explanatory sentences"));
  report::add_credits_section(document, lang);
  document.records = std::move(records);
  return document;
}

} // namespace secaction::merge
