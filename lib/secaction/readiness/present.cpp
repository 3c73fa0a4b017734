#include "secaction/readiness/present.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/core/text.hpp"
#include "secaction/report/vocabulary.hpp"

namespace secaction::readiness {
namespace {

using report::Document;
using report::Table;
using Json = nlohmann::ordered_json;

constexpr const char* k_security_action_url = "https://www.ipa.go.jp/security/security-action/";

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

void add_one_star(Document& doc, Lang lang, const Readiness& r) {
  const OneStar& one = r.one_star;
  doc.heading(2, tr(lang, "一つ星（★）：情報セキュリティ5か条に取り組む", "One star (★): commit to the five principles"));
  doc.fields({{tr(lang, "状態", "Status"),
               one.ready ? tr(lang, "宣言の準備ができています", "Ready to declare")
                         : tr(lang, "まだ準備ができていません", "Not ready yet")}});
  doc.paragraph(tr(lang,
                   "IPAのFAQによれば、一つ星は「情報セキュリティ5か条」に取り組むことを宣言するものです。宣言の前に対策が済んでいる必要はありません。"
                   "5か条のそれぞれについて「実施している」または「一部実施している」と回答していれば、取り組む意思があるものとして扱います。",
                   "According to IPA's FAQ, one star declares that you will work on the five principles; nothing has to be "
                   "in place before you declare. A principle answered “done” or “partly done” counts as a commitment."));
  if (!one.evidence_given) {
    doc.paragraph(tr(lang, "5か条の回答ファイルがありません。secaction checklist five-principles --template で作成し、--five-principles で指定してください。",
                     "No five-principles answer file was given. Create one with secaction checklist five-principles --template "
                     "and pass it with --five-principles."));
    return;
  }
  Table table;
  table.header = {"No.", tr(lang, "5か条", "Principle"), tr(lang, "回答", "Answer"),
                  tr(lang, "取組", "Commitment")};
  for (const auto& part : r.five_principles->parts) {
    for (const auto& item : part.items) {
      bool committed = false;
      for (const auto* c : one.committed) committed = committed || c == &item;
      table.rows.push_back({item.item->number, item.item->question.in(lang),
                            item.missing ? report::answer_label(lang, {}, true) : item.option->label.in(lang),
                            committed ? tr(lang, "取り組む", "Committed") : tr(lang, "要検討", "To commit")});
    }
  }
  doc.table(std::move(table));
  if (!one.to_commit.empty()) {
    doc.heading(3, tr(lang, "取り組むと決める項目", "Commit to these"));
    std::vector<std::string> lines;
    for (const auto& gap : one.to_commit) {
      lines.push_back(fmt::format("{} {}{}{}{}", report::item_label(lang, gap.item->item->number), gap.item->item->question.in(lang),
                                  lang == Lang::ja ? "（" : " (", gap_text(lang, gap), lang == Lang::ja ? "）" : ")"));
    }
    doc.bullets(std::move(lines));
  }
}

void add_two_star(Document& doc, Lang lang, const Readiness& r) {
  const TwoStar& two = r.two_star;
  doc.heading(2, tr(lang, "二つ星（★★）：自社診断・基本方針・公開", "Two stars (★★): self-diagnosis, basic policy, publication"));
  doc.fields({{tr(lang, "状態", "Status"),
               two.ready ? tr(lang, "宣言の準備ができています", "Ready to declare")
                         : tr(lang, "まだ準備ができていません", "Not ready yet")}});
  Table table;
  table.header = {tr(lang, "要件", "Requirement"), tr(lang, "状態", "Status"),
                  tr(lang, "内容", "Details")};
  const bool diagnosed = !has(two, Missing::self_diagnosis) && !has(two, Missing::self_diagnosis_incomplete);
  table.rows.push_back({tr(lang, "① 自社診断で自社の状況を把握", "1. Know where you stand with the self-diagnosis"),
                        done_text(lang, diagnosed), self_diagnosis_detail(lang, r)});
  table.rows.push_back({tr(lang, "② 情報セキュリティ基本方針を策定", "2. Set an information security basic policy"),
                        done_text(lang, !has(two, Missing::policy)), policy_detail(lang, two)});
  table.rows.push_back({tr(lang, "③ 基本方針を外部に公開", "3. Publish the policy"),
                        done_text(lang, !has(two, Missing::publication)), publication_detail(lang, two)});
  doc.table(std::move(table));
  if (!two.check_first.empty()) {
    doc.heading(3, lang == Lang::ja ? fmt::format("まず確認する項目（「わからない」{}件）", two.check_first.size())
                                    : fmt::format("Check these first (“don't know”, {})", two.check_first.size()));
    doc.paragraph(tr(lang,
                     "「わからない」の回答は二つ星の宣言を妨げません（IPAは自社診断の点数や回答に条件を定めていません）。"
                     "ただしIPAはこれらの項目を必ず確認するよう求めています。これは secaction の判断です。",
                     "“Don't know” answers do not stop you declaring two stars (IPA sets no condition on the self-diagnosis "
                     "score or answers), but IPA asks you to follow up every one of them. This is secaction's reading."));
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
  if (!r.one_star.ready && !r.two_star.ready) {
    lines.push_back(r.one_star.evidence_given
                        ? tr(lang, "一つ星（★）：上の「取り組むと決める項目」に取り組むと決め、回答を更新する",
                             "One star (★): decide to work on the principles under “Commit to these” and update the answers")
                        : tr(lang, "一つ星（★）：5か条の回答ファイルを作成する（secaction checklist five-principles --template）",
                             "One star (★): fill in a five-principles answer file (secaction checklist five-principles --template)"));
  }
  for (auto missing : r.two_star.missing) {
    lines.push_back(fmt::format("{}{}", tr(lang, "二つ星（★★）：", "Two stars (★★): "), missing_text(lang, missing)));
  }
  if (lines.empty()) return;
  doc.heading(2, tr(lang, "足りないもの", "What is missing"));
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
  const auto ready = r.two_star.ready ? "two_star" : r.one_star.ready ? "one_star" : "none";
  records.rows.push_back({"verdict", "ready_to_declare", ready, verdict_text(r, lang)});
  if (r.five_principles != nullptr) {
    for (const auto* item : r.one_star.committed) {
      records.rows.push_back({"one_star", "principle " + item->item->number, "committed", item->item->question.in(lang)});
    }
    for (const auto& gap : r.one_star.to_commit) {
      records.rows.push_back({"one_star", "principle " + gap.item->item->number, "to_commit",
                              fmt::format("{} ({})", gap.item->item->question.in(lang), gap_text(lang, gap))});
    }
  } else {
    records.rows.push_back({"one_star", "five_principles", "missing", tr(lang, "回答ファイルがありません", "No answer file given")});
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
    return tr(lang, "二つ星（★★）を宣言する準備ができています。", "You are ready to declare ★★ (two stars).");
  }
  if (r.one_star.ready) {
    return tr(lang, "一つ星（★）を宣言する準備ができています。二つ星（★★）には、下の「足りないもの」が必要です。",
              "You are ready to declare ★ (one star). For ★★ (two stars), see “What is missing” below.");
  }
  return tr(lang, "まだ宣言の準備ができていません。下の「足りないもの」を確認してください。",
            "You are not ready to declare yet; see “What is missing” below.");
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
  add_records(doc, lang, r);
  return doc;
}

Json to_json(const Readiness& r, Lang lang) {
  Json out;
  out["schema"] = "secaction.security-action-result/v1";
  out["lang"] = std::string(lang_code(lang));
  const std::string organization = organization_name(r);
  out["organization"] = report::json_text_or_null(organization);
  out["ready_to_declare"] = r.two_star.ready ? Json("two_star") : r.one_star.ready ? Json("one_star") : Json();
  out["verdict"] = verdict_text(r, lang);
  Json one;
  one["ready"] = r.one_star.ready;
  one["evidence_given"] = r.one_star.evidence_given;
  one["committed"] = numbers(r.one_star.committed);
  auto to_commit = Json::array();
  for (const auto& gap : r.one_star.to_commit) {
    to_commit.push_back({{"number", report::json_item_number(gap.item->item->number)},
                         {"reason", gap.reason == GapReason::answered_no ? "answered_no"
                                    : gap.reason == GapReason::unanswered ? "unanswered"
                                                                           : "answered_not_applicable"}});
  }
  one["to_commit"] = std::move(to_commit);
  out["one_star"] = std::move(one);
  const auto& two = r.two_star;
  Json two_json;
  two_json["ready"] = two.ready;
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

} // namespace secaction::readiness
