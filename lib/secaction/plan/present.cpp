#include "secaction/plan/present.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/core/text.hpp"
#include "secaction/questionnaire/credits.hpp"
#include "secaction/report/credits.hpp"
#include "secaction/report/vocabulary.hpp"

namespace secaction::plan {
namespace {

using Json = nlohmann::ordered_json;

std::string joined(const std::vector<std::string>& texts, std::string_view separator) {
  return fmt::format("{}", fmt::join(texts, separator));
}

std::string item_label(const Finding& finding, Lang lang) {
  return fmt::format("{} {}", finding.instrument->title.in(lang), report::item_label(lang, finding.item->number));
}

std::string answer_label(const Finding& finding, Lang lang) {
  const auto* option = finding.instrument->find_option_by_id(finding.option_id);
  return option == nullptr ? finding.option_id : option->label.in(lang);
}

// "5（満点 4）": the points lost and, in brackets, what the item can earn (what "5 / 4" left
// unsaid): its maximum, or for a maturity item the points of its target level (目標 3).
std::string points_lost_text(const Finding& finding, Lang lang) {
  const std::string lost = format_number(finding.points_lost);
  const std::string goal = format_number(finding.instrument->goal_points(*finding.item));
  if (finding.instrument->scoring.method == questionnaire::ScoringMethod::maturity) {
    return lang == Lang::ja ? fmt::format("{}（目標 {}）", lost, goal) : fmt::format("{} (target {})", lost, goal);
  }
  return lang == Lang::ja ? fmt::format("{}（満点 {}）", lost, goal) : fmt::format("{} (max {})", lost, goal);
}

std::string related_text(const Action& action, Lang lang) {
  std::vector<std::string> entries;
  for (const auto& related : action.related) {
    entries.push_back(lang == Lang::ja ? fmt::format("{}（{}）", item_label(related, lang), answer_label(related, lang))
                                       : fmt::format("{} ({})", item_label(related, lang), answer_label(related, lang)));
  }
  return joined(entries, lang == Lang::ja ? "、" : "; ");
}

const std::vector<std::string>& measures(const Action& action, Lang lang) {
  return lang == Lang::ja ? action.measures_ja : action.measures_en;
}

std::string rule_text(Lang lang) {
  return tr(
      lang,
      "並び順（secaction 独自の規則。IPA は複数の診断をまたぐ優先順位を示していません）：(1) 項目の満点に対して失った点の割合が大きい順"
      "（自社診断の「わからない」は -1 点なので満点以上を失います）、(2) 失った点数の多い順、(3) secaction が各診断に割り当てた段階の順"
      "（ガイドライン第2部の Step1〜4 をおおまかに参考にしたもの：5か条 → 自社診断・経営者の7つの取組 → 管理策・ベンチマーク → クラウド・テレワーク・委託・事故対応）、同じ段階では設問の順。"
      "互いに参照し合う項目（例：自社診断 No.3 と 5か条 No.3）は一つの対策としてまとめ、一度だけ載せます。",
      "Order (secaction's own rule; IPA gives no priority across its questionnaires): (1) the share of the item's maximum "
      "that was lost, largest first (“don't know” in the self-diagnosis scores -1, so it loses more than the whole item), "
      "(2) points lost, most first, (3) the stage secaction assigns to each questionnaire (loosely after Steps 1-4 of the guideline's part 2: five principles → self-diagnosis and the executives' seven "
      "steps → management controls and benchmark → cloud, telework, outsourcing and incident response), then question "
      "order. Items that reference each other (e.g. self-diagnosis No. 3 and five principles No. 3) are one action and "
      "are listed once.");
}

} // namespace

report::Document to_document(const Plan& plan, Lang lang) {
  report::Document document;
  document.title = tr(lang, "情報セキュリティ対策 実行計画", "Information security action plan");
  std::vector<std::string> titles;
  for (const auto* instrument : plan.instruments) titles.push_back(instrument->title.in(lang));
  document.fields({{tr(lang, "組織", "Organisation"), describe_organization(lang, plan.organization)},
                   {tr(lang, "診断日（最新）", "Assessed on (latest)"),
                    plan.assessed_on ? to_string(*plan.assessed_on) : report::not_given(lang)},
                   {tr(lang, "元にした診断", "Based on"), joined(titles, lang == Lang::ja ? "、" : "; ")},
                   {tr(lang, "対策の数", "Actions"),
                    lang == Lang::ja ? fmt::format("{}件（未対応の回答 {}件をまとめたもの）", plan.actions.size(), plan.open_findings)
                                     : fmt::format("{} (from {} open answers)", plan.actions.size(), plan.open_findings)}});
  document.paragraph(rule_text(lang));
  document.paragraph(tr(lang, "担当者と期限の欄は空けてあります。項目ごとに決めて記入してください。",
                        "The owner and due-date columns are left blank: decide them for each action and fill them in."));

  // One short row per action (a table cell cannot hold a list that survives rendering); the
  // question, the measures as a list and the related items follow under the table, by rank.
  report::Table table;
  table.header = {tr(lang, "順位", "Rank"),
                  tr(lang, "項目", "Item"),
                  tr(lang, "回答", "Answer"),
                  tr(lang, "失点", "Points lost"),
                  tr(lang, "担当者", "Owner"),
                  tr(lang, "期限", "Due date")};
  table.align = {report::Align::right, report::Align::left, report::Align::left, report::Align::right};
  report::Table records;
  records.header = {"rank", "instrument", "item", "question", "answer", "points_lost", "max_points", "share_lost", "measures", "also_covers",
                    "owner", "due_date"};
  std::vector<std::pair<std::string, const Action*>> details;
  std::size_t rank = 0;
  for (const auto& action : plan.actions) {
    ++rank;
    const auto& primary = action.primary;
    table.rows.push_back({std::to_string(rank), item_label(primary, lang), answer_label(primary, lang), points_lost_text(primary, lang), "", ""});
    details.emplace_back(lang == Lang::ja ? fmt::format("{}位　{}", rank, item_label(primary, lang))
                                          : fmt::format("Rank {}: {}", rank, item_label(primary, lang)),
                         &action);
    records.rows.push_back({std::to_string(rank), primary.instrument->id, primary.item->number, primary.item->question.in(lang),
                            primary.option_id, format_number(primary.points_lost), format_number(primary.instrument->goal_points(*primary.item)),
                            fmt::format("{:.2f}", primary.share_lost), joined(measures(action, lang), "\n"), related_text(action, lang), "",
                            ""});
  }
  document.heading(2, tr(lang, "対策の一覧（優先順）", "Actions in priority order"));
  if (plan.actions.empty()) {
    document.paragraph(tr(lang, "未対応の項目はありません。", "No open items."));
  } else {
    document.paragraph(tr(lang,
                          "「失点」は、その項目で取れる点（括弧内：満点、成熟度の項目では目標の水準の点）のうち回答で失った点数です。"
                          "自社診断の「わからない」は -1 点なので、失点が満点を超えます。",
                          "“Points lost” is how many of the points the item can earn (in brackets: its maximum, or for a "
                          "maturity item its target level's) the answer lost. “Don't know” in the self-diagnosis scores -1, so "
                          "it loses more than the maximum."));
    document.table(std::move(table));
    document.heading(2, tr(lang, "対策の内容", "What to do"));
    for (const auto& [title, action] : details) {
      document.heading(3, title);
      document.paragraph(action->primary.item->question.in(lang));
      if (!measures(*action, lang).empty()) {
        document.paragraph(tr(lang, "実施する対策：", "Measures to take:"));
        document.bullets(measures(*action, lang));
      } else {
        document.paragraph(tr(lang, "この項目には secaction の対策の例がありません。", "secaction has no example measures for this item."));
      }
      if (!action->related.empty()) {
        document.paragraph(tr(lang, "関連項目（この対策でまとめて対応）：", "Also covers: ") + related_text(*action, lang));
      }
    }
  }
  // Whose words: each question is its instrument's (official or secaction's); measures and order are secaction's.
  for (const auto* instrument : plan.instruments) {
    std::vector<const questionnaire::Item*> shown;
    for (const auto& action : plan.actions) {
      if (action.primary.instrument == instrument) shown.push_back(action.primary.item);
    }
    if (!shown.empty()) questionnaire::credit_questions(document, lang, *instrument, shown);
  }
  document.credit(Origin::secaction, tr(lang, "実施する対策", "the measures to take"));
  document.credit(Origin::secaction, tr(lang, "並び順の規則", "the ordering rule"));
  if (lang == Lang::en) document.credit(Origin::secaction, "the English renderings of the official texts");
  document.credit(Origin::secaction, tr(lang, "この報告の構成と説明の文章", "the report's layout and explanatory sentences"));
  report::add_credits_section(document, lang);
  document.records = std::move(records);
  return document;
}

Json to_json(const Plan& plan, Lang lang) {
  Json json;
  json["organization"] = {{"name", plan.organization.name}, {"industry", plan.organization.industry}};
  json["assessed_on"] = plan.assessed_on ? Json(to_string(*plan.assessed_on)) : Json(nullptr);
  json["lang"] = std::string(lang_code(lang));
  Json instruments = Json::array();
  for (const auto* instrument : plan.instruments) instruments.push_back(instrument->id);
  json["instruments"] = instruments;
  json["open_answers"] = plan.open_findings;
  const auto finding_json = [&](const Finding& finding) {
    return Json{{"instrument", finding.instrument->id}, {"item", report::json_item_number(finding.item->number)},
                {"answer", finding.option_id},          {"points_lost", report::json_number(finding.points_lost)},
                {"open", finding.open}};
  };
  Json actions = Json::array();
  std::size_t rank = 0;
  for (const auto& action : plan.actions) {
    Json entry;
    entry["rank"] = ++rank;
    const Json primary = finding_json(action.primary);
    for (const auto& [key, value] : primary.items()) entry[key] = value;
    entry["question"] = action.primary.item->question.in(lang);
    entry["measures"] = measures(action, lang);
    Json related = Json::array();
    for (const auto& other : action.related) related.push_back(finding_json(other));
    entry["also_covers"] = related;
    entry["owner"] = "";
    entry["due_date"] = "";
    actions.push_back(entry);
  }
  json["actions"] = actions;
  return json;
}

} // namespace secaction::plan
