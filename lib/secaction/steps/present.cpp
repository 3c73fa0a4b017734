#include "secaction/steps/present.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "secaction/report/credits.hpp"
#include "secaction/report/vocabulary.hpp"
#include "secaction/steps/guide.hpp"

namespace secaction::steps {
namespace {

using report::Document;
using report::Table;
using Json = nlohmann::ordered_json;

struct CommandText {
  std::string command;
  LocalText what; // secaction's description
};

// Which secaction command does what IPA asks in each Step (secaction's mapping).
std::vector<CommandText> commands_for(int step) {
  switch (step) {
  case 1:
    return {{"secaction checklist five-principles --template",
             {"5か条の回答ファイルを作り、secaction checklist FILE で採点する",
              "fill in the five principles, then score them with secaction checklist FILE"}},
            {"secaction policy PROFILE --out-dir DIR --level 1",
             {"5か条のルールと緊急時の連絡先の草案を作る", "draft the five-principles rules and the emergency contacts"}},
            {"secaction checklist security-action",
             {"SECURITY ACTION 一つ星（★）の宣言を確かめる", "check the SECURITY ACTION one-star (★) declaration"}}};
  case 2:
    return {{"secaction diagnose --template",
             {"自社診断の回答ファイルを作り、secaction diagnose FILE で採点する",
              "fill in the self-diagnosis, then score it with secaction diagnose FILE"}},
            {"secaction policy PROFILE --out-dir DIR --level 2",
             {"基本方針（付録2のサンプルの文言）とハンドブックの草案を作る",
              "draft the basic policy (Appendix 2's sample wording) and the handbook"}},
            {"secaction plan FILE...",
             {"できていない対策を優先順の実行計画にする", "turn the measures not yet taken into a prioritised plan"}},
            {"secaction checklist security-action",
             {"SECURITY ACTION 二つ星（★★）の条件を確かめる", "check the conditions for SECURITY ACTION two stars (★★)"}}};
  case 3:
    return {{"secaction checklist executive-7",
             {"重要7項目（体制と予算の確保など）を確かめる", "check the seven key actions (structure, budget, …)"}},
            {"secaction risk --template",
             {"情報資産管理台帳を作り、リスク分析（付録7）を行う", "keep an asset register and analyse its risks (Appendix 7)"}},
            {"secaction policy PROFILE --out-dir DIR --level 3",
             {"情報セキュリティ関連規程（付録5の章立て）の草案を作る", "draft the regulations (the chapters of Appendix 5)"}},
            {"secaction checklist outsourcing", {"委託時の対策を確かめる", "check the measures for outsourcing"}},
            {"secaction checklist management / secaction benchmark",
             {"点検する（経営チェックシート、ベンチマーク）", "check your measures (management check sheet, benchmark)"}},
            {"secaction compare / secaction trend",
             {"前回の結果と比べて改善を確かめる", "compare with earlier results to see the improvement"}}};
  default: return {};
  }
}

std::string step_title(Lang lang, int number) {
  const auto& text = step_text(number);
  return lang == Lang::ja ? fmt::format("Step {}「{}」", number, text.name.ja) : fmt::format("Step {}: {}", number, text.name.en);
}

// An official text in the report's language: Japanese as IPA wrote it; English (secaction's
// rendering) followed by the Japanese original.
std::string official(Lang lang, const LocalText& text) {
  return lang == Lang::ja ? "「" + text.ja + "」" : fmt::format("“{}” (「{}」)", text.en, text.ja);
}

std::string provenance(Lang lang) {
  return lang == Lang::ja ? fmt::format("出典：{}（公式）", guide_source().ja)
                          : fmt::format("Source: {} (official; the English is secaction's rendering)", guide_source().en);
}

std::string status_text(Lang lang, const Progress& p, int number) {
  if (number == p.reached) return tr(lang, "現在の段階", "Where you are");
  if (number < p.reached) return tr(lang, "実施できている", "Done");
  if (number == 4) return tr(lang, "いつでも（条件なし）", "Open at any time (no condition)");
  return tr(lang, "まだ", "Not yet");
}

std::string rule_text(Lang lang, int number) {
  switch (number) {
  case 1:
    return tr(lang,
              "5か条のそれぞれが「実施している」（5か条のチェックリスト、それがなければその原則を問う自社診断 No.1〜5 の回答）。",
              "Each of the five principles answered “done” (in the five-principles checklist, or else in the self-diagnosis item "
              "No. 1–5 that asks about it).");
  case 2:
    return tr(
        lang,
        "自社診断の全項目に回答して「わからない」がなく、基本方針の策定日が記録されている（会社プロフィールまたは SECURITY ACTION の証拠ファイル）。",
        "Every self-diagnosis item answered, none “don't know”, and the basic policy's date of establishment recorded (in "
        "the policy profile or the SECURITY ACTION evidence file).");
  case 3:
    return tr(
        lang,
        "重要7項目 No.2 が「実施している」、リスク分析で「大」のリスクすべてに対策を決定、規程の草案がある、委託先管理チェックリストに全項目回答（委託していなければ不要）。",
        "Key action No. 2 “done”; a risk analysis with a treatment decided for every High risk; a draft of the regulations; "
        "the outsourcing checklist answered in full (not needed when the company does not outsource).");
  default: return {};
  }
}

std::string kind_text(Lang lang, const Input& input) {
  const auto with = [&](std::string_view ja, std::string_view en) {
    return input.instrument.empty() ? tr(lang, ja, en)
                                    : fmt::format("{}{}{}{}", tr(lang, ja, en), lang == Lang::ja ? "（" : " (", input.instrument,
                                                  lang == Lang::ja ? "）" : ")");
  };
  if (input.kind == "answers") return with("回答ファイル", "answer file");
  if (input.kind == "result") return with("診断結果（JSON）", "result (JSON)");
  if (input.kind == "benchmark-result") return tr(lang, "ベンチマークの結果（JSON）", "benchmark result (JSON)");
  if (input.kind == "risk-register") return tr(lang, "情報資産管理台帳", "asset register");
  if (input.kind == "risk-result") return tr(lang, "リスク分析の結果（JSON）", "risk analysis result (JSON)");
  if (input.kind == "policy-profile")
    return tr(lang, "会社プロフィール（secaction policy）", "policy profile (secaction policy)");
  if (input.kind == "security-action-evidence")
    return tr(lang, "SECURITY ACTION の証拠ファイル", "SECURITY ACTION evidence file");
  if (input.kind == "policy-draft") return tr(lang, "secaction policy の草案", "secaction policy draft");
  return tr(lang, "読み取れない形式（使っていません）", "not a format secaction reads here (not used)");
}

void add_current(Document& doc, Lang lang, const Progress& p) {
  doc.heading(2, tr(lang, "現在の段階", "Where you are"));
  const auto& text = step_text(p.reached);
  if (p.reached == 4) {
    doc.paragraph(tr(
        lang,
        "Step 1〜3 は実施できています（secaction の規則による判定）。Step 4「改善を続けましょう」で、自社に必要な対策を追加します。",
        "Steps 1 to 3 are done (judged by secaction's rules). In Step 4, “Keep improving”, you add the measures your "
        "company needs."));
  } else {
    doc.paragraph(lang == Lang::ja
                      ? fmt::format("{}に取り組む段階です（secaction の規則による判定）。", step_title(lang, p.reached))
                      : fmt::format("You are at {} (judged by secaction's rules).", step_title(lang, p.reached)));
    doc.paragraph(
        p.reached == 1
            ? (lang == Lang::ja ? fmt::format("IPAの条件：{}は、Step 1 から始めます。", official(lang, text.condition))
                                : fmt::format("IPA's condition: {}, start with Step 1.", official(lang, text.condition)))
            : (lang == Lang::ja
                   ? fmt::format(
                         "IPAの条件：{}は、Step {} に進みます。Step {} は下の「各 Step の状況」のとおり実施できています。",
                         official(lang, text.condition), p.reached, p.reached - 1)
                   : fmt::format("IPA's condition: {}, go on to Step {}. Step {} is done, as “Each Step” below shows.",
                                 official(lang, text.condition), p.reached, p.reached - 1)));
  }
  doc.heading(2, lang == Lang::ja ? fmt::format("IPAが示す次の取り組み：{}", step_title(lang, p.reached))
                                  : fmt::format("What IPA says to do next: {}", step_title(lang, p.reached)));
  doc.paragraph(provenance(lang));
  doc.paragraph(lang == Lang::ja ? fmt::format("{}（参照：{}）", official(lang, text.action), text.chapter.ja)
                                 : fmt::format("{} (see {})", official(lang, text.action), text.chapter.en));
  if (!text.how.empty()) {
    doc.paragraph(tr(lang, "進め方：", "How:"));
    std::vector<std::string> how;
    for (const auto& line : text.how) how.push_back(official(lang, line));
    doc.bullets(std::move(how));
  }
  if (p.reached == 4) {
    doc.paragraph(tr(lang, "方策ごとの secaction のコマンドは下の「Step 4」の表にあります。",
                     "The secaction command for each topic is in the Step 4 table below."));
    return;
  }
  doc.heading(3, tr(lang, "secaction でできること", "What secaction does for it"));
  Table table;
  table.header = {tr(lang, "コマンド", "Command"), tr(lang, "内容", "What it does")};
  for (const auto& command : commands_for(p.reached)) table.rows.push_back({command.command, command.what.in(lang)});
  doc.table(std::move(table));
}

void add_step(Document& doc, Lang lang, const Progress& p, const StepState& step) {
  const auto& text = step_text(step.number);
  doc.heading(3, step_title(lang, step.number));
  doc.fields(
      {{tr(lang, "状態", "Status"), status_text(lang, p, step.number)},
       {tr(lang, "IPAの条件（この Step に進む）", "IPA's condition (for taking this Step up)"), official(lang, text.condition)},
       {tr(lang, "実施できていると判断する規則（secaction 独自）", "When secaction counts it as done (secaction's rule)"),
        rule_text(lang, step.number)}});
  Table table;
  table.header = {tr(lang, "確認すること", "Check"), tr(lang, "結果", "Result"), tr(lang, "内容", "Details"),
                  tr(lang, "ファイル", "File")};
  for (const auto& check : step.checks) {
    table.rows.push_back({check.label.in(lang), check.met ? tr(lang, "済", "Met") : tr(lang, "未", "Not met"),
                          check.detail.in(lang), check.file.empty() ? "—" : check.file});
  }
  doc.table(std::move(table));
  std::vector<std::string> notes;
  for (const auto& note : step.notes) notes.push_back(note.in(lang));
  if (!notes.empty()) doc.bullets(std::move(notes));
}

void add_steps(Document& doc, Lang lang, const Progress& p) {
  doc.heading(2, tr(lang, "各 Step の状況", "Each Step"));
  Table overview;
  overview.header = {"Step", tr(lang, "IPAの条件（この Step に進む）", "IPA's condition (for taking this Step up)"),
                     tr(lang, "状態", "Status")};
  for (const auto& text : step_texts()) {
    overview.rows.push_back(
        {step_title(lang, text.number),
         text.condition.empty() ? tr(lang, "（IPAは定めていません）", "(IPA gives none)") : official(lang, text.condition),
         status_text(lang, p, text.number)});
  }
  doc.table(std::move(overview));
  for (const auto& step : p.steps) add_step(doc, lang, p, step);
}

// IPA's guidance on 情報収集と共有, which secaction does not score: quoted under Step 4 with where
// the contacts are.
void add_information_sharing(Document& doc, Lang lang) {
  doc.heading(3, tr(lang, "情報収集と共有（IPAの説明）", "Gathering and sharing information (IPA's guidance)"));
  doc.paragraph(
      tr(lang, "出典：中小企業の情報セキュリティ対策ガイドライン 第3.1版 第2部 5.(1)「情報収集と共有」（公式）",
         "Source: Guidelines for Information Security Measures for SMEs, edition 3.1, Part 2, 5.(1) “Gathering and sharing "
         "information” (official; the English is secaction's rendering)"));
  for (const auto& list : information_sharing()) {
    doc.paragraph(official(lang, list.heading));
    std::vector<std::string> points;
    for (const auto& point : list.points) points.push_back(official(lang, point));
    doc.bullets(std::move(points));
  }
  doc.paragraph(official(lang, isac_note()));
  doc.paragraph(
      tr(lang,
         "secaction から：情報源と共有の場（日本シーサート協議会、IPA と JPCERT/CC の注意喚起、@police）と相談・届出先は、"
         "secaction checklist incident-response の報告の「相談・届出先と支援」に、出典とその時点を添えて載せています。",
         "From secaction: sources and places to share (Nippon CSIRT Association, IPA and JPCERT/CC alerts, @police) and where "
         "to report are listed, with their source and its date, in “Where to get help” of the `secaction checklist "
         "incident-response` report."));
}

void add_step4(Document& doc, Lang lang, const Progress& p) {
  const auto& text = step_text(4);
  doc.heading(2, lang == Lang::ja ? fmt::format("{}：{}", step_title(lang, 4), text.chapter.ja)
                                  : fmt::format("{}: {}", step_title(lang, 4), text.chapter.en));
  doc.paragraph(lang == Lang::ja ? fmt::format("IPAは Step 4 に進む条件を定めていません。{}", official(lang, step4_note()))
                                 : fmt::format("IPA gives no condition for Step 4. {}", official(lang, step4_note())));
  doc.paragraph(lang == Lang::ja ? fmt::format("{}（{}）", official(lang, text.action), provenance(lang))
                                 : fmt::format("{} ({})", official(lang, text.action), provenance(lang)));
  Table table;
  table.header = {tr(lang, "方策（IPA）", "Topic (IPA's)"), tr(lang, "secaction のコマンド", "secaction command"),
                  tr(lang, "状況", "Status"), tr(lang, "ファイル", "File")};
  for (const auto& topic : p.topics) {
    const auto found =
        std::find_if(step4_topics().begin(), step4_topics().end(), [&](const TopicText& t) { return t.id == topic.id; });
    table.rows.push_back({official(lang, found->title), topic.command.empty() ? "—" : topic.command, topic.detail.in(lang),
                          topic.file.empty() ? "—" : topic.file});
  }
  doc.table(std::move(table));
  add_information_sharing(doc, lang);
}

void add_inputs(Document& doc, Lang lang, const Progress& p) {
  doc.heading(2, tr(lang, "読んだファイル", "Files read"));
  if (p.inputs.empty()) {
    doc.paragraph(tr(lang, "ありません。", "None."));
    return;
  }
  Table table;
  table.header = {tr(lang, "ファイル", "File"), tr(lang, "種類", "Read as"), tr(lang, "判定に使用", "Used")};
  for (const auto& input : p.inputs) {
    table.rows.push_back({input.file, kind_text(lang, input),
                          input.used ? tr(lang, "使用", "yes")
                          : input.kind == "not-recognised"
                              ? tr(lang, "—", "—")
                              : tr(lang, "同じ種類の別のファイルを使用", "another file of the same kind is used")});
  }
  doc.table(std::move(table));
}

void add_records(Document& doc, Lang lang, const Progress& p) {
  Table& records = doc.records;
  records.header = {"record", "step", "id", "status", "detail", "file"};
  records.rows.push_back({"reached", std::to_string(p.reached), "", "current", step_title(lang, p.reached), ""});
  for (const auto& step : p.steps) {
    records.rows.push_back(
        {"step", std::to_string(step.number), "", step.done ? "done" : "not_done", step_title(lang, step.number), ""});
    for (const auto& check : step.checks) {
      records.rows.push_back(
          {"check", std::to_string(step.number), check.id, check.met ? "met" : "not_met", check.detail.in(lang), check.file});
    }
  }
  for (const auto& topic : p.topics) {
    records.rows.push_back({"topic", "4", topic.id,
                            topic.command.empty() ? "no_command"
                            : topic.file.empty()  ? "no_result"
                                                  : "result",
                            topic.detail.in(lang), topic.file});
  }
  for (const auto& input : p.inputs) {
    records.rows.push_back({"input", "", input.kind, input.used ? "used" : "not_used", input.instrument, input.file});
  }
}

} // namespace

report::Document to_document(const Progress& p, Lang lang) {
  Document doc;
  doc.title = tr(lang, "ガイドラインの Step 1〜4：現在の段階", "The guideline's Steps 1–4: where you are");
  doc.fields({{tr(lang, "組織", "Organisation"), p.organization.empty() ? report::not_given(lang) : p.organization},
              {tr(lang, "読んだファイル", "Files read"), std::to_string(p.inputs.size())}});
  add_current(doc, lang, p);
  add_steps(doc, lang, p);
  add_step4(doc, lang, p);
  add_inputs(doc, lang, p);
  const std::string source = guide_source().in(lang);
  doc.credit(Origin::official,
             tr(lang, "Step の名前・参照先・条件・取り組み・進め方、Step 4 の方策の名前と「情報収集と共有」の説明",
                "the Steps' names, chapters, conditions, actions and how-to, Step 4's topics and its guidance on gathering and "
                "sharing information"),
             source);
  doc.credit(Origin::secaction, tr(lang, "「実施できている」と判断する規則と現在の段階の判定",
                                   "the rules for a Step being done, and the Step reached"));
  doc.credit(Origin::secaction, tr(lang, "Step ごとの secaction のコマンドとその説明",
                                   "the secaction commands for each Step and their descriptions"));
  if (lang == Lang::en) doc.credit(Origin::secaction, "the English renderings of the official texts");
  doc.credit(Origin::secaction, tr(lang, "この報告の構成と説明の文章", "the report's layout and explanatory sentences"));
  report::add_credits_section(doc, lang);
  add_records(doc, lang, p);
  return doc;
}

Json to_json(const Progress& p, Lang lang) {
  Json out;
  out["schema"] = "secaction.steps-result/v1";
  out["lang"] = std::string(lang_code(lang));
  out["organization"] = report::json_text_or_null(p.organization);
  out["reached"] = p.reached;
  auto steps = Json::array();
  for (const auto& text : step_texts()) {
    Json step;
    step["number"] = text.number;
    step["name"] = text.name.in(lang);
    step["chapter"] = text.chapter.in(lang);
    step["condition"] = text.condition.empty() ? Json() : Json(text.condition.in(lang));
    step["action"] = text.action.in(lang);
    auto how = Json::array();
    for (const auto& line : text.how) how.push_back(line.in(lang));
    step["how"] = std::move(how);
    step["status"] = text.number == p.reached ? "current" : text.number < p.reached ? "done" : "not_yet";
    auto checks = Json::array();
    auto commands = Json::array();
    for (const auto& command : commands_for(text.number))
      commands.push_back({{"command", command.command}, {"what", command.what.in(lang)}});
    for (const auto& state : p.steps) {
      if (state.number != text.number) continue;
      for (const auto& check : state.checks) {
        checks.push_back({{"id", check.id},
                          {"label", check.label.in(lang)},
                          {"met", check.met},
                          {"detail", check.detail.in(lang)},
                          {"file", report::json_text_or_null(check.file)}});
      }
    }
    step["checks"] = std::move(checks);
    step["commands"] = std::move(commands);
    steps.push_back(std::move(step));
  }
  out["steps"] = std::move(steps);
  auto topics = Json::array();
  for (const auto& topic : p.topics) {
    const auto found =
        std::find_if(step4_topics().begin(), step4_topics().end(), [&](const TopicText& t) { return t.id == topic.id; });
    topics.push_back({{"id", topic.id},
                      {"title", found->title.in(lang)},
                      {"command", report::json_text_or_null(topic.command)},
                      {"detail", topic.detail.in(lang)},
                      {"file", report::json_text_or_null(topic.file)}});
  }
  out["step4_topics"] = std::move(topics);
  auto inputs = Json::array();
  for (const auto& input : p.inputs) {
    inputs.push_back({{"file", input.file},
                      {"kind", input.kind},
                      {"instrument", report::json_text_or_null(input.instrument)},
                      {"used", input.used}});
  }
  out["inputs"] = std::move(inputs);
  out["origins"] = {{"official", {"name", "chapter", "condition", "action", "how", "step4_topics.title"}},
                    {"secaction", {"status", "checks", "commands", "reached"}}};
  return out;
}

} // namespace secaction::steps
