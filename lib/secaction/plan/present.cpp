#include "secaction/plan/present.hpp"

#include <map>

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

// Where the principle quoted in the cost-effectiveness section comes from (as content cites seed 000).
constexpr const char* k_principle_source_ja =
    "「中小企業向けサイバーセキュリティ対策の極意」（東京都の電子書籍）の改訂案（Sec01-01-02、2020年）"
    "Mission3-5 ITの活用診断・Mission3-6 サイバーセキュリティ対策診断「費用対効果」";
constexpr const char* k_principle_source_en =
    "A revision plan (Sec01-01-02, 2020) for 「中小企業向けサイバーセキュリティ対策の極意」, an e-book of the Tokyo Metropolitan "
    "Government, Mission3-5 (IT use) and Mission3-6 (cyber security measures), 「費用対効果」";

std::string yen(Lang lang, double amount) {
  const auto whole = static_cast<long long>(amount + 0.5);
  const std::string plain = std::to_string(whole);
  // Built forwards: inserting the commas in place made GCC 12 at -O3 warn (-Wrestrict, a false positive).
  std::string digits;
  for (std::size_t i = 0; i < plain.size(); ++i) {
    if (i > 0 && plain[i - 1] != '-' && (plain.size() - i) % 3 == 0) digits += ',';
    digits += plain[i];
  }
  return lang == Lang::ja ? digits + "円" : "¥" + digits;
}

std::string per_yen_text(double value) { return fmt::format("{:.2f}", value); }

std::string plan_rank_label(const CostedAction& entry, Lang lang) {
  return lang == Lang::ja ? fmt::format("{}（計画の{}位）", item_label(entry.action->primary, lang), entry.plan_rank)
                          : fmt::format("{} (plan rank {})", item_label(entry.action->primary, lang), entry.plan_rank);
}

std::string asset_names(const CostedAction& entry, Lang lang) {
  std::vector<std::string> names;
  for (const auto& target : entry.assets) names.push_back(target.asset->name);
  return joined(names, lang == Lang::ja ? "、" : "; ");
}

void cost_section(report::Document& document, const CostView& view, Lang lang) {
  document.heading(2, tr(lang, "費用対効果（secaction の方法による見積り）", "Cost-effectiveness (estimated by secaction's method)"));
  document.paragraph(tr(lang, "原則（引用）：", "The principle (quoted, in Japanese as published): ") +
                     "「IT化による想定利益>IT化投資額(IT導入、運用、セキュリティ対策費)」「セキュリティ侵害による想定被害額(経済的損失、社会的信用)>"
                     "セキュリティ対策費」「セキュリティ対策費が、セキュリティ侵害による想定被害額を上回っている場合は、対策費を削減すべきである」" +
                     tr(lang, "（出典：", " (source: ") + tr(lang, k_principle_source_ja, k_principle_source_en) + tr(lang, "）", ")"));
  if (lang == Lang::en) {
    document.paragraph("In English (secaction's rendering): expected benefit of IT > IT investment (introduction, operation, security "
                       "measures); expected loss from a security breach (economic loss, social trust) > cost of security measures; "
                       "where the cost of security measures exceeds the expected loss from a breach, the cost should be cut.");
  }
  document.paragraph(tr(
      lang,
      fmt::format("見積りの方法（secaction 独自の規則。上の原則にも IPA のガイドラインにも計算式はありません）：対策が減らすリスク（円）＝"
                  "その対策が守る資産（--costs の assets）ごとの「想定被害額 × 被害発生可能性 ÷ {}」の合計。被害発生可能性（1〜{}）は "
                  "secaction risk と同じ規則（第3.1版）で台帳から求めます。1円あたりの低減額＝減らすリスク ÷ 対策の費用。"
                  "1円あたりの低減額の大きい順に並べ、同じ値は計画の順位の順です。「原則」の列は、減らすリスクが費用を上回るかどうかです。"
                  "費用と想定被害額は利用者の見積りで、secaction は確かめていません。",
                  view.likelihood_max, view.likelihood_max),
      fmt::format("How it is estimated (secaction's own rule; neither the principle above nor IPA's guideline gives a formula): the "
                  "risk an action reduces (yen) = the sum, over the assets it protects (assets: in --costs), of estimated loss "
                  "(想定被害額) × likelihood (被害発生可能性) ÷ {}. The likelihood (1-{}) comes from the register by the rules "
                  "`secaction risk` uses (edition 3.1). Risk reduced per yen = risk reduced ÷ the action's cost. Actions are "
                  "ranked by risk reduced per yen, highest first; equal values keep the plan's order. The “principle” column says "
                  "whether the risk reduced exceeds the cost. Costs and losses are your estimates; secaction does not check them.",
                  view.likelihood_max, view.likelihood_max)));
  if (view.ranked.empty()) {
    document.paragraph(tr(lang,
                          "順位を付けられる対策がありません（費用と、想定被害額のある資産の両方が必要です）。",
                          "No action can be ranked (it needs a cost and a protected asset with an estimated loss)."));
  } else {
    report::Table table;
    table.header = {tr(lang, "順位", "Rank"),
                    tr(lang, "対策（計画の順位）", "Action (plan rank)"),
                    tr(lang, "費用", "Cost"),
                    tr(lang, "減らすリスク", "Risk reduced"),
                    tr(lang, "1円あたり", "Per yen"),
                    tr(lang, "原則（減らすリスク > 費用）", "Principle (risk reduced > cost)"),
                    tr(lang, "守る資産", "Protects")};
    table.align = {report::Align::right, report::Align::left, report::Align::right, report::Align::right, report::Align::right};
    std::size_t rank = 0;
    for (const auto& entry : view.ranked) {
      table.rows.push_back({std::to_string(++rank), plan_rank_label(entry, lang), yen(lang, static_cast<double>(*entry.cost_yen)),
                            yen(lang, *entry.risk_reduced_yen), per_yen_text(*entry.per_yen),
                            entry.worth_it() ? tr(lang, "満たす", "met") : tr(lang, "満たさない（費用の見直しを）", "not met (review the cost)"),
                            asset_names(entry, lang)});
    }
    document.table(std::move(table));
  }
  if (!view.no_estimate.empty()) {
    document.paragraph(tr(lang, "費用はあるが減らすリスクを見積もれない対策（順位なし）：",
                          "Actions with a cost but no risk estimate (not ranked): "));
    std::vector<std::string> lines;
    for (const auto& entry : view.no_estimate) {
      const std::string why = !view.register_given ? tr(lang, "--register の台帳がありません", "no --register")
                              : entry.assets.empty() ? tr(lang, "守る資産の指定がありません", "no assets named")
                                                     : tr(lang, "守る資産に想定被害額がありません", "no estimated loss for its assets");
      lines.push_back(lang == Lang::ja ? fmt::format("{}：費用 {}（{}）", plan_rank_label(entry, lang), yen(lang, static_cast<double>(*entry.cost_yen)), why)
                                       : fmt::format("{}: cost {} ({})", plan_rank_label(entry, lang), yen(lang, static_cast<double>(*entry.cost_yen)), why));
    }
    document.bullets(std::move(lines));
  }
  if (!view.no_cost.empty()) {
    document.paragraph(tr(lang, "費用の見積りがない対策（順位なし）：", "Actions without a cost estimate (not ranked): "));
    std::vector<std::string> lines;
    for (const auto& entry : view.no_cost) lines.push_back(plan_rank_label(entry, lang));
    document.bullets(std::move(lines));
  }
  if (!view.assets_without_loss.empty()) {
    document.paragraph(tr(lang, "台帳に想定被害額がない資産（0円として数えています）：", "Assets the register gives no estimated loss (counted as 0): ") +
                       joined(view.assets_without_loss, lang == Lang::ja ? "、" : "; "));
  }
}

} // namespace

report::Document to_document(const Plan& plan, Lang lang, const CostView* costs) {
  report::Document document;
  document.title = tr(lang, "情報セキュリティ対策 実行計画", "Information security action plan");
  std::vector<std::string> titles;
  for (const auto* instrument : plan.instruments) titles.push_back(instrument->title.in(lang));
  document.fields({{tr(lang, "組織", "Organisation"), describe_organization(lang, plan.organization)},
                   {tr(lang, "診断日（最新）", "Assessed on (latest)"),
                    plan.assessed_on ? to_string(*plan.assessed_on) : report::not_given(lang)},
                   {tr(lang, "元にした診断", "Based on"), titles.empty() ? report::not_given(lang) : joined(titles, lang == Lang::ja ? "、" : "; ")},
                   {tr(lang, "対策の数", "Actions"),
                    lang == Lang::ja ? fmt::format("{}件（未対応の回答 {}件をまとめたもの）", plan.actions.size(), plan.open_findings)
                                     : fmt::format("{} (from {} open answers)", plan.actions.size(), plan.open_findings)}});
  if (!plan.skipped.empty()) {
    std::vector<std::string> skipped;
    for (const auto* instrument : plan.skipped) skipped.push_back(instrument->title.in(lang));
    document.paragraph(tr(lang, "次の回答は組織の分類のための問いで対策ではないため、計画に含めていません：",
                          "These answers classify the organisation and are not measures, so the plan leaves them out: ") +
                       joined(skipped, lang == Lang::ja ? "、" : "; "));
  }
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
  // --costs: each action's estimate, by plan rank (the cost-effectiveness rank is a column).
  std::map<std::size_t, std::pair<const CostedAction*, std::size_t>> costed; // plan rank -> entry, cost rank (0: none)
  if (costs != nullptr) {
    for (const auto* name : {"cost_yen", "risk_reduced_yen", "risk_reduced_per_yen", "cost_effectiveness_rank", "protects"}) {
      records.header.emplace_back(name);
    }
    for (std::size_t r = 0; r < costs->ranked.size(); ++r) costed[costs->ranked[r].plan_rank] = {&costs->ranked[r], r + 1};
    for (const auto& entry : costs->no_estimate) costed[entry.plan_rank] = {&entry, 0};
  }
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
    if (costs != nullptr) {
      auto& row = records.rows.back();
      const auto found = costed.find(rank);
      const CostedAction* entry = found == costed.end() ? nullptr : found->second.first;
      row.push_back(entry != nullptr ? std::to_string(*entry->cost_yen) : "");
      row.push_back(entry != nullptr && entry->risk_reduced_yen ? fmt::format("{:.0f}", *entry->risk_reduced_yen) : "");
      row.push_back(entry != nullptr && entry->per_yen ? per_yen_text(*entry->per_yen) : "");
      row.push_back(entry != nullptr && found->second.second > 0 ? std::to_string(found->second.second) : "");
      row.push_back(entry != nullptr ? asset_names(*entry, lang) : "");
    }
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
    // Beside the list (so the XLSX summary sheet, which stops at the item-by-item part, has it too).
    if (costs != nullptr) cost_section(document, *costs, lang);
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
  if (costs != nullptr) {
    document.credit(Origin::official, tr(lang, "費用対効果の原則（引用）", "the cost-effectiveness principle (quoted)"),
                    tr(lang, k_principle_source_ja, k_principle_source_en));
    document.credit(Origin::secaction, tr(lang, "費用対効果の見積りの方法", "the method of the cost-effectiveness estimate"));
  }
  if (lang == Lang::en) document.credit(Origin::secaction, "the English renderings of the official texts");
  document.credit(Origin::secaction, tr(lang, "この報告の構成と説明の文章", "the report's layout and explanatory sentences"));
  report::add_credits_section(document, lang);
  document.records = std::move(records);
  return document;
}

Json to_json(const Plan& plan, Lang lang, const CostView* costs) {
  Json json;
  json["organization"] = {{"name", plan.organization.name}, {"industry", plan.organization.industry}};
  json["assessed_on"] = plan.assessed_on ? Json(to_string(*plan.assessed_on)) : Json(nullptr);
  json["lang"] = std::string(lang_code(lang));
  Json instruments = Json::array();
  for (const auto* instrument : plan.instruments) instruments.push_back(instrument->id);
  json["instruments"] = instruments;
  Json skipped = Json::array();
  for (const auto* instrument : plan.skipped) skipped.push_back(instrument->id);
  json["skipped_classification_only"] = skipped;
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
  if (costs != nullptr) {
    const auto entry_json = [&](const CostedAction& entry) {
      Json assets = Json::array();
      for (const auto& target : entry.assets) {
        assets.push_back({{"name", target.asset->name},
                          {"estimated_loss_yen", target.asset->estimated_loss ? Json(*target.asset->estimated_loss) : Json(nullptr)},
                          {"likelihood", target.asset->likelihood},
                          {"risk_yen", report::json_number(target.risk_yen, 0)}});
      }
      return Json{{"plan_rank", entry.plan_rank},
                  {"instrument", entry.action->primary.instrument->id},
                  {"item", report::json_item_number(entry.action->primary.item->number)},
                  {"cost_yen", entry.cost_yen ? Json(*entry.cost_yen) : Json(nullptr)},
                  {"risk_reduced_yen", entry.risk_reduced_yen ? report::json_number(*entry.risk_reduced_yen, 0) : Json(nullptr)},
                  {"risk_reduced_per_yen", entry.per_yen ? report::json_number(*entry.per_yen) : Json(nullptr)},
                  {"principle_met", entry.risk_reduced_yen ? Json(entry.worth_it()) : Json(nullptr)},
                  {"protects", assets}};
    };
    Json view;
    view["method"] = "secaction";
    view["principle_source"] = tr(lang, k_principle_source_ja, k_principle_source_en);
    view["likelihood_max"] = costs->likelihood_max;
    view["register_given"] = costs->register_given;
    for (const auto& [key, list] : {std::pair<const char*, const std::vector<CostedAction>*>{"ranked", &costs->ranked},
                                    {"no_estimate", &costs->no_estimate},
                                    {"no_cost", &costs->no_cost}}) {
      Json entries = Json::array();
      for (const auto& entry : *list) entries.push_back(entry_json(entry));
      view[key] = entries;
    }
    view["assets_without_loss"] = costs->assets_without_loss;
    json["cost_effectiveness"] = view;
  }
  return json;
}

} // namespace secaction::plan
