#pragma once
// The guideline's Step 1–4 path (中小企業の情報セキュリティ対策ガイドライン 第3.1版 第2部 実践編,
// 「本ガイドラインの活用方法」, seed 001 L105-123): IPA's words for each Step — its name, the chapter
// it points to, the condition IPA gives for taking it up, what to do and how — and the topics of
// Step 4's 「5.より強固にするための方策」. Official texts are Japanese, verbatim with the page's two
// columns put back in reading order (tests/content: the verbatim test); English is secaction's.
#include <string>
#include <vector>

#include "secaction/core/lang.hpp"
#include "secaction/core/provenance.hpp"

namespace secaction::steps {

struct StepText {
  int number = 0;
  LocalText name;             // 「まず始めましょう」
  LocalText chapter;          // 「2. できるところから始める」(P.19)
  LocalText condition;        // when IPA says to take the Step up; empty for Step 4 (IPA gives none)
  LocalText action;           // what IPA says to do
  std::vector<LocalText> how; // 進め方
};

/// Steps 1 to 4, in order.
const std::vector<StepText>& step_texts();
const StepText& step_text(int number);

/// What IPA says of Step 4 instead of a condition: 「Step1 や Step2 に取り組んでいる企業でも、…」.
const LocalText& step4_note();

/// A topic of Step 4 (「5.より強固にするための方策」), its title as the guideline lists it, and the
/// secaction command that covers it (secaction's mapping). A topic secaction has no command for
/// (情報収集と共有, ウェブサイト, …) has none here yet: the issue that adds one fills in `command` and
/// the instrument whose results show progress.
struct TopicText {
  std::string id;
  LocalText title;
  std::string command;    // empty: secaction has no command for the topic
  std::string instrument; // a questionnaire instrument whose result shows progress, if any
  LocalText shown;        // secaction's: where the report or another report shows IPA's guidance instead of a command
};
const std::vector<TopicText>& step4_topics();

/// IPA's guidance on 情報収集と共有 (5.(1), seed 001 L346-358): the two headings with their points,
/// and IPA's note on what an ISAC is. The steps report shows it under Step 4.
struct GuidanceList {
  LocalText heading;
  std::vector<LocalText> points;
};
const std::vector<GuidanceList>& information_sharing();
const LocalText& isac_note();

/// Where these texts stand, for reports: 「中小企業の情報セキュリティ対策ガイドライン 第3.1版 第2部 実践編
/// 「本ガイドラインの活用方法」」.
LocalText guide_source();

/// Every Japanese text above that is IPA's, for the verbatim content test.
std::vector<std::string> official_texts();

} // namespace secaction::steps
