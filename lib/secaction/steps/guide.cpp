#include "secaction/steps/guide.hpp"

#include <stdexcept>

namespace secaction::steps {

const std::vector<StepText>& step_texts() {
  static const std::vector<StepText> steps = {
      {1,
       {"まず始めましょう", "Start here"},
       {"「2. できるところから始める」(P.19)", "chapter 2, “Start with what you can” (p. 19)"},
       {"これまで情報セキュリティ対策を特に意識していない場合",
        "If you have not paid particular attention to information security so far"},
       {"「情報セキュリティ5か条」を実行してください。", "Carry out the Five Principles of Information Security."},
       {{"「情報セキュリティ5か条」を社内で配付するなど、まずできるところから開始してください。",
         "Start with what you can, for example by handing out the five principles in the company."}}},
      {2,
       {"現状を知り改善しましょう", "Know where you stand and improve"},
       {"「3. 組織的な取り組みを開始する」(P.20)", "chapter 3, “Start working as an organisation” (p. 20)"},
       {"Step1 は実施できていて次に進める場合", "If Step 1 is done and you can move on"},
       {"「5分でできる！情報セキュリティ自社診断」で自社の状況を把握し、できていない対策の実行に努めてください。",
        "Grasp your situation with the 5-minute self-diagnosis, and work on the measures not yet taken."},
       {{"「情報セキュリティ基本方針(サンプル)」を参考に基本方針を作成してください。",
         "Write a basic policy, using the sample information security basic policy."},
        {"「5分でできる！情報セキュリティ自社診断」で現状の対策を把握し、実施すべき対策を検討してください。",
         "Grasp your current measures with the 5-minute self-diagnosis and consider the measures to take."},
        {"「情報セキュリティハンドブック(ひな形)」を参考に具体的な対策を定めて従業員に周知してください。",
         "Set concrete measures, using the information security handbook template, and make them known to your employees."}}},
      {3,
       {"本格的に取り組みましょう", "Work on it in earnest"},
       {"「4. 本格的に取り組む」(P.24)", "chapter 4, “Work on it in earnest” (p. 24)"},
       {"Step2 までは実施できていて次に進める場合", "If Steps 1 and 2 are done and you can move on"},
       {"自社のリスクに応じた対策規程を作成し、運用後は点検して改善を図ってください。",
        "Write regulations for the measures that fit your risks, and once they are in use, check and improve them."},
       {{"情報セキュリティ管理の体制を構築し、対策の予算を確保してください。",
         "Build the structure for managing information security, and secure the budget for the measures."},
        {"対応すべきリスクと対策を検討し、「情報セキュリティ関連規程(サンプル)」を参考に規程を作成してください。",
         "Consider the risks to deal with and their measures, and write regulations using the sample information security regulations."},
        {"委託時に必要となる対策を検討するとともに、点検や改善に努めてください。",
         "Consider the measures needed when you outsource, and work on checking and improving."}}},
      {4,
       {"改善を続けましょう", "Keep improving"},
       {"「5.より強固にするための方策」(P.32)", "chapter 5, “Measures to make it stronger” (p. 32)"},
       {},
       {"自社に必要な対策を追加実施してください。", "Take the further measures your company needs."},
       {}},
  };
  return steps;
}

const StepText& step_text(int number) {
  for (const auto& step : step_texts()) {
    if (step.number == number) return step;
  }
  throw std::out_of_range("no Step " + std::to_string(number));
}

const LocalText& step4_note() {
  static const LocalText note = {
      "Step1 や Step2 に取り組んでいる企業でも、Step4を参照して必要な対策があれば実行してください。",
      "Even a company still working on Step 1 or Step 2 should look at Step 4 and take any measures it needs."};
  return note;
}

const std::vector<TopicText>& step4_topics() {
  static const std::vector<TopicText> topics = {
      {"information-sharing", {"情報収集と共有", "Gathering and sharing information"}, "", ""},
      {"website", {"ウェブサイトの情報セキュリティ", "Website security"}, "", ""},
      {"cloud", {"クラウドサービスの情報セキュリティ", "Cloud service security"}, "secaction checklist cloud", "cloud"},
      {"telework", {"テレワークの情報セキュリティ", "Telework security"}, "secaction checklist telework", "telework"},
      {"incident-response",
       {"セキュリティインシデント対応", "Security incident response"},
       "secaction checklist incident-response",
       "incident-response"},
      {"security-services", {"セキュリティサービス例と活用", "Security services and how to use them"}, "", ""},
      {"technical-measures", {"技術的対策例と活用", "Technical measures and how to use them"}, "", ""},
      {"risk-analysis", {"詳細リスク分析の実施方法", "How to carry out a detailed risk analysis"}, "secaction risk", ""},
  };
  return topics;
}

LocalText guide_source() {
  return {"中小企業の情報セキュリティ対策ガイドライン 第3.1版 第2部 実践編「本ガイドラインの活用方法」",
          "Guidelines for Information Security Measures for SMEs, edition 3.1, Part 2, “How to use these guidelines”"};
}

std::vector<std::string> official_texts() {
  std::vector<std::string> out;
  for (const auto& step : step_texts()) {
    for (const auto* text : {&step.name, &step.chapter, &step.condition, &step.action}) {
      if (!text->ja.empty()) out.push_back(text->ja);
    }
    for (const auto& how : step.how) out.push_back(how.ja);
  }
  out.push_back(step4_note().ja);
  for (const auto& topic : step4_topics()) out.push_back(topic.title.ja);
  return out;
}

} // namespace secaction::steps
