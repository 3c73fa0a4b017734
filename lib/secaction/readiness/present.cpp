#include "secaction/readiness/present.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "secaction/core/text.hpp"
#include "secaction/report/credits.hpp"
#include "secaction/report/vocabulary.hpp"

namespace secaction::readiness {
namespace {

using report::Document;
using report::Table;
using Json = nlohmann::ordered_json;

constexpr const char* k_security_action_url = "https://www.ipa.go.jp/security/security-action/";

// IPA's own words for the two stars (seed 004 L649-657: SECURITY ACTION 制度概要, the same as the FAQ).
constexpr const char* k_one_star_rule = "「情報セキュリティ5か条」に取組むことを宣言";
constexpr const char* k_two_star_rule =
    "「5分でできる！情報セキュリティ自社診断」で自社の状況を把握したうえで、「情報セキュリティ基本方針」を定め、外部に公開したことを宣言";
constexpr const char* k_two_stages = "2段階の取組み目標";
// IPA's FAQ on declaring before doing anything, as the project's reference notes record it (ipa-rules.md §5).
constexpr const char* k_faq_first_step = "これから情報セキュリティ対策を始める行動を起こす意味";
// The self-diagnosis' instructions, through the Tokyo handbook 3-3-3 (ipa-rules.md §1.2).
constexpr const char* k_check_unknown = "回答が「わからない」となっている項目を確認します。";

std::string overview_source(Lang lang) {
  return tr(lang, "IPA「SECURITY ACTION」制度概要（中小企業向け支援事業の説明資料 3.）",
            "IPA, SECURITY ACTION overview (slides on the support programmes for SMEs, chapter 3)");
}
std::string faq_source(Lang lang) { return tr(lang, "IPA「SECURITY ACTION」よくある質問", "IPA, SECURITY ACTION FAQ"); }
std::string faq_via(Lang lang) {
  return tr(lang, "secaction の参照ノート（ipa-rules.md §5）", "secaction's reference notes (ipa-rules.md §5)");
}
std::string procedure_source(Lang lang) {
  return tr(lang, "IPA「5分でできる！情報セキュリティ自社診断」の記入方法",
            "IPA, the instructions of the 5-minute self-diagnosis");
}
std::string procedure_via(Lang lang) {
  return tr(lang, "東京都「中小企業向けサイバーセキュリティの実践ハンドブック」令和5年度 3-3-3",
            "Tokyo Metropolitan Government SME cyber security handbook FY2023, 3-3-3");
}

// The section of the self-diagnosis an item stands in. The readiness report names わからない items
// by number and section rather than quoting the questions, because an official question may use
// words (such as 取得) that this report must never print; `secaction diagnose` shows them in full.
std::string part_title(const questionnaire::Assessment& assessment, const questionnaire::ItemResult* wanted, Lang lang) {
  for (const auto& part : assessment.parts) {
    for (const auto& item : part.items) {
      if (&item == wanted) return part.part->title.in(lang);
    }
  }
  return {};
}

std::string gap_text(Lang lang, const PrincipleGap& gap) {
  switch (gap.reason) {
  case GapReason::partly_done: return tr(lang, "「一部実施している」と回答", "answered “partly done”");
  case GapReason::answered_no:
    return tr(lang, "「実施していない」と回答", "answered “not done”");
  case GapReason::answered_not_applicable:
    return tr(lang, "「該当しない」と回答（5か条はどの組織にも当てはまります）",
              "answered “not applicable” (the five principles apply to every organisation)");
  case GapReason::unanswered:
    return report::not_answered(lang);
  }
  return {};
}

std::string gap_id(GapReason reason) {
  switch (reason) {
  case GapReason::partly_done: return "partly_done";
  case GapReason::answered_no: return "answered_no";
  case GapReason::answered_not_applicable: return "answered_not_applicable";
  case GapReason::unanswered: return "unanswered";
  }
  return {};
}

std::string missing_id(Missing missing) {
  switch (missing) {
  case Missing::self_diagnosis: return "self_diagnosis";
  case Missing::self_diagnosis_incomplete: return "self_diagnosis_incomplete";
  case Missing::policy: return "policy";
  case Missing::publication: return "publication";
  }
  return {};
}

std::string missing_text(Lang lang, Missing missing) {
  switch (missing) {
  case Missing::self_diagnosis:
    return tr(lang, "「5分でできる！情報セキュリティ自社診断」を行う（secaction diagnose --template で回答ファイルを作成）",
              "Do the 5-minute self-diagnosis (create an answer file with secaction diagnose --template)");
  case Missing::self_diagnosis_incomplete:
    return tr(lang, "自社診断の未回答の項目に回答する", "Answer the self-diagnosis items left unanswered");
  case Missing::policy:
    return tr(lang, "情報セキュリティ基本方針を定める（証拠ファイルの policy.established_on に策定日を記入）",
              "Set an information security basic policy (write the date in policy.established_on of the evidence file)");
  case Missing::publication:
    return tr(lang, "基本方針を外部に公開する（証拠ファイルの policy.published と policy.where に公開先を記入）",
              "Publish the basic policy (write policy.published and where it is posted in policy.where of the evidence file)");
  }
  return {};
}

bool has(const TwoStar& two, Missing missing) {
  for (auto m : two.missing) {
    if (m == missing) return true;
  }
  return false;
}

std::string done_text(Lang lang, bool done) {
  return done ? tr(lang, "済", "Done") : tr(lang, "未", "Missing");
}

std::string self_diagnosis_detail(Lang lang, const Readiness& r) {
  if (r.self_diagnosis == nullptr) return tr(lang, "回答ファイルがありません", "No answer file given");
  const auto& sd = *r.self_diagnosis;
  std::vector<std::string> unanswered;
  for (const auto* item : r.two_star.unanswered) unanswered.push_back(item->item->number);
  if (!unanswered.empty()) {
    return lang == Lang::ja ? fmt::format("未回答の項目があります：{}", fmt::join(unanswered, ", "))
                            : fmt::format("Items not answered: {}", fmt::join(unanswered, ", "));
  }
  return lang == Lang::ja ? fmt::format("全{}項目に回答済み（合計{}点／{}点）", sd.instrument->item_count(), format_number(sd.total),
                                        format_number(sd.max))
                          : fmt::format("All {} items answered (total {} of {} points)", sd.instrument->item_count(),
                                        format_number(sd.total), format_number(sd.max));
}

std::string policy_detail(Lang lang, const TwoStar& two) {
  if (!two.policy || !two.policy->established_on) return tr(lang, "策定日の記入がありません", "No date of establishment given");
  return lang == Lang::ja ? fmt::format("策定日 {}", to_string(*two.policy->established_on))
                          : fmt::format("Established on {}", to_string(*two.policy->established_on));
}

std::string publication_detail(Lang lang, const TwoStar& two) {
  if (!two.policy || !two.policy->published) return tr(lang, "公開していません", "Not published");
  if (two.policy->where.empty()) return tr(lang, "公開先の記入がありません", "Where it is published is not given");
  return two.policy->where;
}

std::string organization_name(const Readiness& r) {
  for (const auto* a : {r.self_diagnosis, r.five_principles}) {
    if (a != nullptr && !a->organization.name.empty()) return a->organization.name;
  }
  return {};
}

std::string declarable_text(Lang lang, bool declarable) {
  return declarable ? tr(lang, "宣言できます", "You can declare it")
                    : tr(lang, "まだ条件がそろっていません", "Not all conditions are met yet");
}

void add_one_star(Document& doc, Lang lang, const Readiness& r) {
  const OneStar& one = r.one_star;
  doc.heading(2, tr(lang, "一つ星（★）：情報セキュリティ5か条に取り組む", "One star (★): commit to the five principles"));
  doc.fields({{tr(lang, "状態", "Status"), declarable_text(lang, one.declarable)}});
  doc.paragraph(
      lang == Lang::ja
          ? fmt::format(
                "IPAの定め：一つ星は「{}」するものです（制度概要）。FAQはこれを「{}」での SECURITY ACTION と説明しています。"
                "宣言の前に済ませておく対策はありません。5か条に取り組むと決めることが宣言です。",
                k_one_star_rule, k_faq_first_step)
          : fmt::format("IPA's rule: one star declares that you will work on the five principles (「{}」, SECURITY "
                        "ACTION overview); its FAQ calls it SECURITY ACTION in the sense of 「{}」 (taking the "
                        "first step). Nothing has to be in place before you declare: deciding to work on the "
                        "five principles is the declaration.",
                        k_one_star_rule, k_faq_first_step));
  doc.credit(Origin::official, tr(lang, "一つ星・二つ星の説明", "the description of one and two stars"), overview_source(lang));
  doc.credit(Origin::official_secondary, tr(lang, "一つ星についての回答", "the answer on one star"), faq_source(lang),
             faq_via(lang));
  if (!one.evidence_given) {
    doc.paragraph(
        tr(lang,
           "5か条の回答ファイルはありません（宣言には要りません）。secaction checklist five-principles --template で作成して "
           "--five-principles で指定すると、宣言後に取り組むことがわかります。",
           "No five-principles answer file was given (declaring does not need one). Fill one in with secaction checklist "
           "five-principles --template and pass it with --five-principles to see what to act on after declaring."));
    return;
  }
  Table table;
  table.header = {"No.", tr(lang, "5か条", "Principle"), tr(lang, "回答", "Answer"), tr(lang, "宣言後", "After declaring")};
  for (const auto& part : r.five_principles->parts) {
    for (const auto& item : part.items) {
      const bool in_place = std::find(one.in_place.begin(), one.in_place.end(), &item) != one.in_place.end();
      table.rows.push_back({item.item->number, item.item->question.in(lang),
                            item.missing ? report::answer_label(lang, {}, true) : item.option->label.in(lang),
                            in_place ? tr(lang, "実施済み：続ける", "In place: keep it up") : tr(lang, "取り組む", "Act on it")});
    }
  }
  doc.table(std::move(table));
  doc.credit(Origin::official, tr(lang, "5か条の見出し", "the five principles' titles"),
             tr(lang, "中小企業の情報セキュリティ対策ガイドライン 付録1「情報セキュリティ5か条」／第3.1版",
                "Guidelines for Information Security Measures for SMEs, Appendix 1, edition 3.1"));
  if (one.to_act_on.empty()) {
    doc.paragraph(tr(lang, "5か条はすべて実施しています。宣言後も続けてください。",
                     "All five principles are in place. Keep them up after declaring."));
    return;
  }
  doc.heading(3, lang == Lang::ja ? fmt::format("宣言後に取り組むこと（{}件）", one.to_act_on.size())
                                  : fmt::format("Commitments to act on after declaring ({})", one.to_act_on.size()));
  doc.paragraph(tr(lang,
                   "まだ実施できていない原則は、宣言を妨げません。宣言することで取り組むと約束する内容です（secaction の整理）。",
                   "A principle not yet in place does not stop you declaring: it is what the declaration commits you to "
                   "(secaction's way of listing them)."));
  std::vector<std::string> lines;
  for (const auto& gap : one.to_act_on) {
    lines.push_back(fmt::format("{} {}{}{}{}", report::item_label(lang, gap.item->item->number),
                                gap.item->item->question.in(lang), lang == Lang::ja ? "（" : " (", gap_text(lang, gap),
                                lang == Lang::ja ? "）" : ")"));
  }
  doc.bullets(std::move(lines));
}

void add_two_star(Document& doc, Lang lang, const Readiness& r) {
  const TwoStar& two = r.two_star;
  doc.heading(2, tr(lang, "二つ星（★★）：自社診断・基本方針・公開", "Two stars (★★): self-diagnosis, basic policy, publication"));
  doc.fields({{tr(lang, "状態", "Status"), declarable_text(lang, two.ready)}});
  doc.paragraph(lang == Lang::ja
                    ? fmt::format("IPAの定め：二つ星は「{}」するものです（制度概要）。自社診断の点数や回答に条件はありません。",
                                  k_two_star_rule)
                    : fmt::format("IPA's rule: two stars declare that you have grasped your situation with the 5-minute "
                                  "self-diagnosis, set an information security basic policy and published it (「{}」, "
                                  "SECURITY ACTION overview). There is no condition on the self-diagnosis score or answers.",
                                  k_two_star_rule));
  doc.paragraph(
      lang == Lang::ja
          ? fmt::format(
                "一つ星との関係：IPAは制度を「{}」と説明していますが、二つ星の条件に一つ星の宣言を挙げていません（制度概要、FAQ）。"
                "そのため secaction は、一つ星を宣言していなくても二つ星を判定します（secaction の読み方）。",
                k_two_stages)
          : fmt::format("One star first? IPA describes the scheme as 「{}」 (two stages of goals), but does not list a "
                        "one-star declaration among the conditions for two stars (overview, FAQ). secaction therefore "
                        "checks two stars whether or not you have declared one star (secaction's reading).",
                        k_two_stages));
  Table table;
  table.header = {tr(lang, "要件", "Requirement"), tr(lang, "状態", "Status"), tr(lang, "内容", "Details")};
  const bool diagnosed = !has(two, Missing::self_diagnosis) && !has(two, Missing::self_diagnosis_incomplete);
  table.rows.push_back({tr(lang, "① 自社診断で自社の状況を把握", "1. Know where you stand with the self-diagnosis"),
                        done_text(lang, diagnosed), self_diagnosis_detail(lang, r)});
  table.rows.push_back({tr(lang, "② 情報セキュリティ基本方針を策定", "2. Set an information security basic policy"),
                        done_text(lang, !has(two, Missing::policy)), policy_detail(lang, two)});
  table.rows.push_back({tr(lang, "③ 基本方針を外部に公開", "3. Publish the policy"),
                        done_text(lang, !has(two, Missing::publication)), publication_detail(lang, two)});
  doc.table(std::move(table));
  doc.credit(Origin::secaction, tr(lang, "一つ星を経ずに二つ星を判定すること（IPAの条件の読み方）",
                                   "checking two stars without one star first (a reading of IPA's conditions)"));
  if (!two.check_first.empty()) {
    doc.heading(3, lang == Lang::ja ? fmt::format("まず確認する項目（「わからない」{}件）", two.check_first.size())
                                    : fmt::format("Check these first (“don't know”, {})", two.check_first.size()));
    doc.bullets(
        {tr(lang, "IPAの定め：二つ星の条件は上のとおりで、自社診断の点数や回答に条件はありません。",
            "IPA's rule: the conditions for two stars are those above; none is on the self-diagnosis score or answers."),
         lang == Lang::ja ? fmt::format("IPAの自社診断の記入方法（東京都のハンドブックによる）：「{}」", k_check_unknown)
                          : fmt::format("IPA's instructions for the self-diagnosis (as quoted by the Tokyo handbook): 「{}」 "
                                        "(check the items answered “don't know”)",
                                        k_check_unknown),
         tr(lang,
            "secaction の判断：「わからない」の回答は二つ星の宣言を妨げないものとし、宣言の前に確認する項目としてここに挙げます。",
            "secaction's judgement: “don't know” answers do not stop you declaring two stars; they are listed here to check "
            "before you declare.")});
    doc.credit(Origin::official_secondary,
               tr(lang, "「わからない」の項目を確認するという記入方法", "the instruction to check “don't know” items"),
               procedure_source(lang), procedure_via(lang));
    doc.credit(Origin::secaction,
               tr(lang, "「わからない」を宣言の妨げとしない扱い", "treating “don't know” as no obstacle to declaring"));
    doc.paragraph(tr(lang, "設問の全文と対策は secaction diagnose の結果で確認できます。",
                     "secaction diagnose shows the full questions and what to do."));
    Table unknown;
    unknown.header = {"No.", tr(lang, "区分", "Section")};
    for (const auto* item : two.check_first) unknown.rows.push_back({item->item->number, part_title(*r.self_diagnosis, item, lang)});
    doc.table(std::move(unknown));
  }
}

void add_missing(Document& doc, Lang lang, const Readiness& r) {
  std::vector<std::string> lines;
  for (auto missing : r.two_star.missing) lines.push_back(missing_text(lang, missing));
  if (lines.empty()) return;
  doc.heading(2, tr(lang, "二つ星（★★）に足りないもの", "What two stars (★★) still need"));
  doc.bullets(std::move(lines));
}

void add_about(Document& doc, Lang lang) {
  doc.heading(2, tr(lang, "SECURITY ACTIONについて", "About SECURITY ACTION"));
  doc.bullets({tr(lang, "SECURITY ACTIONは、中小企業等が情報セキュリティ対策に取り組むことを自ら宣言する制度です（IPA）。",
                  "SECURITY ACTION is IPA's scheme in which SMEs declare for themselves that they work on information security."),
               tr(lang, "宣言はIPAのSECURITY ACTIONのWebサイトから申し込みます。宣言後の実施報告は求められていません。",
                  "You declare through IPA's SECURITY ACTION website; no report on implementation is asked for afterwards."),
               tr(lang, "この判定は secaction が入力ファイルから行う目安で、IPAによる確認ではありません。",
                  "This check is secaction's reading of your files, not a review by IPA.")});
  doc.fields({{"URL", k_security_action_url}});
}

void add_records(Document& doc, Lang lang, const Readiness& r) {
  Table& records = doc.records;
  records.header = {"level", "requirement", "status", "detail"};
  records.rows.push_back({"verdict", "declarable", r.two_star.ready ? "two_star" : "one_star", verdict_text(r, lang)});
  if (r.five_principles != nullptr) {
    for (const auto* item : r.one_star.in_place) {
      records.rows.push_back({"one_star", "principle " + item->item->number, "in_place", item->item->question.in(lang)});
    }
    for (const auto& gap : r.one_star.to_act_on) {
      records.rows.push_back({"one_star", "principle " + gap.item->item->number, "to_act_on",
                              fmt::format("{} ({})", gap.item->item->question.in(lang), gap_text(lang, gap))});
    }
  } else {
    records.rows.push_back(
        {"one_star", "five_principles", "not_given",
         tr(lang, "回答ファイルがありません（宣言には要りません）", "No answer file given (declaring does not need one)")});
  }
  const auto& two = r.two_star;
  const bool diagnosed = !has(two, Missing::self_diagnosis) && !has(two, Missing::self_diagnosis_incomplete);
  records.rows.push_back({"two_star", "self_diagnosis", diagnosed ? "met" : "missing", self_diagnosis_detail(lang, r)});
  records.rows.push_back({"two_star", "policy", has(two, Missing::policy) ? "missing" : "met", policy_detail(lang, two)});
  records.rows.push_back({"two_star", "publication", has(two, Missing::publication) ? "missing" : "met", publication_detail(lang, two)});
  for (const auto* item : two.check_first) {
    records.rows.push_back({"two_star", "check_first " + item->item->number, "unknown", part_title(*r.self_diagnosis, item, lang)});
  }
}

Json numbers(const std::vector<const questionnaire::ItemResult*>& items) {
  auto list = Json::array();
  for (const auto* item : items) list.push_back(report::json_item_number(item->item->number));
  return list;
}

} // namespace

std::string verdict_text(const Readiness& r, Lang lang) {
  if (r.two_star.ready) {
    return tr(lang, "二つ星（★★）を宣言できます。", "You can declare ★★ (two stars).");
  }
  std::string text = tr(
      lang,
      "一つ星（★）は今すぐ宣言できます（5か条に取り組むと決めて宣言します）。二つ星（★★）には、下の「二つ星（★★）に足りないもの」が必要です。",
      "You can declare ★ (one star) now: you declare that you will work on the five principles. For ★★ (two "
      "stars), see “What two stars (★★) still need” below.");
  if (!r.one_star.to_act_on.empty()) {
    text += lang == Lang::ja ? fmt::format("宣言後に取り組むことが{}件あります。", r.one_star.to_act_on.size())
                             : fmt::format(" There are {} commitments to act on after declaring.", r.one_star.to_act_on.size());
  }
  return text;
}

report::Document to_document(const Readiness& r, Lang lang) {
  Document doc;
  doc.title = tr(lang, "SECURITY ACTION 宣言の準備状況", "SECURITY ACTION: readiness to declare");
  const std::string organization = organization_name(r);
  doc.fields({{tr(lang, "組織", "Organisation"), organization.empty() ? report::not_given(lang) : organization}});
  doc.heading(2, tr(lang, "判定", "Verdict"));
  doc.paragraph(verdict_text(r, lang));
  add_one_star(doc, lang, r);
  add_two_star(doc, lang, r);
  add_missing(doc, lang, r);
  add_about(doc, lang);
  if (r.one_star.evidence_given && !r.one_star.to_act_on.empty()) {
    doc.credit(Origin::secaction, tr(lang, "「宣言後に取り組むこと」の整理", "the list of commitments to act on"));
  }
  if (lang == Lang::en) doc.credit(Origin::secaction, "the English renderings of the official texts");
  doc.credit(Origin::secaction,
             tr(lang, "判定とこの報告の構成・説明の文章", "the verdict, the report's layout and its explanatory sentences"));
  report::add_credits_section(doc, lang);
  add_records(doc, lang, r);
  return doc;
}

Json to_json(const Readiness& r, Lang lang) {
  Json out;
  out["schema"] = "secaction.security-action-result/v2";
  out["lang"] = std::string(lang_code(lang));
  const std::string organization = organization_name(r);
  out["organization"] = report::json_text_or_null(organization);
  out["declarable"] = r.two_star.ready ? "two_star" : "one_star";
  out["verdict"] = verdict_text(r, lang);
  Json one;
  one["declarable"] = r.one_star.declarable;
  one["evidence_given"] = r.one_star.evidence_given;
  one["in_place"] = numbers(r.one_star.in_place);
  auto to_act_on = Json::array();
  for (const auto& gap : r.one_star.to_act_on) {
    to_act_on.push_back({{"number", report::json_item_number(gap.item->item->number)}, {"reason", gap_id(gap.reason)}});
  }
  one["to_act_on"] = std::move(to_act_on);
  out["one_star"] = std::move(one);
  const auto& two = r.two_star;
  Json two_json;
  two_json["declarable"] = two.ready;
  auto missing = Json::array();
  for (auto m : two.missing) missing.push_back(missing_id(m));
  two_json["missing"] = std::move(missing);
  if (r.self_diagnosis != nullptr) {
    two_json["self_diagnosis"] = {{"total", report::json_number(r.self_diagnosis->total)},
                                  {"max", report::json_number(r.self_diagnosis->max)}};
  } else {
    two_json["self_diagnosis"] = nullptr;
  }
  two_json["unanswered"] = numbers(two.unanswered);
  two_json["check_first"] = numbers(two.check_first);
  if (two.policy) {
    two_json["policy"] = {{"established_on", two.policy->established_on ? Json(to_string(*two.policy->established_on)) : Json()},
                          {"published", two.policy->published},
                          {"where", report::json_text_or_null(two.policy->where)}};
  } else {
    two_json["policy"] = nullptr;
  }
  out["two_star"] = std::move(two_json);
  return out;
}

CatalogText catalog_text() {
  return {{"SECURITY ACTION 宣言の準備状況（★／★★）", "SECURITY ACTION readiness to declare (★ / ★★)"},
          {"IPA SECURITY ACTION（自己宣言制度）", "IPA SECURITY ACTION (self-declaration scheme)"}};
}

std::vector<QuotedText> quoted_texts() {
  return {{Origin::official, k_one_star_rule, "one star"},
          {Origin::official, k_two_star_rule, "two stars"},
          {Origin::official, k_two_stages, "two stages"},
          {Origin::official_secondary, k_faq_first_step, "FAQ on declaring first"},
          {Origin::official_secondary, k_check_unknown, "self-diagnosis instructions"}};
}

} // namespace secaction::readiness
