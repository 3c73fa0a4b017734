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
      {"information-sharing",
       {"情報収集と共有", "Gathering and sharing information"},
       "",
       "",
       {"IPAの説明は Markdown の報告の「情報収集と共有（IPAの説明）」に、情報源と共有の場は incident-response の報告の「相談・届出先と支援」にあります",
        "IPA's guidance is in the Markdown report under “Gathering and sharing information (IPA's guidance)”; sources and places "
        "to share are in “Where to get help” of the incident-response report"}},
      {"website", {"ウェブサイトの情報セキュリティ", "Website security"}, "secaction checklist website", "website", {}},
      {"cloud", {"クラウドサービスの情報セキュリティ", "Cloud service security"}, "secaction checklist cloud", "cloud", {}},
      {"telework", {"テレワークの情報セキュリティ", "Telework security"}, "secaction checklist telework", "telework", {}},
      {"incident-response",
       {"セキュリティインシデント対応", "Security incident response"},
       "secaction checklist incident-response",
       "incident-response",
       {}},
      {"security-services",
       {"セキュリティサービス例と活用", "Security services and how to use them"},
       "",
       "",
       {"サービスの種類と審査登録制度を incident-response の報告の「相談・届出先と支援」に示します",
        "The kinds of services and the registration scheme are in “Where to get help” of the incident-response report"}},
      {"technical-measures", {"技術的対策例と活用", "Technical measures and how to use them"}, "", "", {}},
      {"risk-analysis", {"詳細リスク分析の実施方法", "How to carry out a detailed risk analysis"}, "secaction risk", "", {}},
  };
  return topics;
}

const std::vector<GuidanceList>& information_sharing() {
  static const std::vector<GuidanceList> lists = {
      {{"① 情報収集の方法", "1. How to gather information"},
       {{"定常的に情報収集ができる方法を検討し、体制を整備",
         "Consider ways to gather information regularly, and set up the structure for it"},
        {"情報セキュリティの専門機関、セキュリティベンダーなどのメールマガジンやソーシャルメディアに登録",
         "Subscribe to the newsletters and social media of information security organisations, security vendors and the like"},
        {"セミナーに参加して積極的な情報収集", "Attend seminars and gather information actively"}}},
      {{"② 情報共有の枠組み", "2. Frameworks for sharing information"},
       {{"収集した情報は社内の関係者だけではなく、取引先や同業者に対しても共有することで、対策の向上を図る",
         "Share the information gathered not only within the company but also with business partners and peers, to improve the "
         "measures"},
        {"共有する情報に機密情報が含まれる可能性がある場合は、守秘義務契約を交わす",
         "When the information shared may include confidential information, sign a non-disclosure agreement"},
        {"情報共有の枠組みとしては、日本シーサート協議会の他、業界別のISAC*が組織されている場合がある",
         "As frameworks for sharing information, besides the Nippon CSIRT Association there may be an ISAC* for your industry"}}},
  };
  return lists;
}

const LocalText& isac_note() {
  static const LocalText note = {
      "ISAC(Information Sharing and Analysis Center)同業界の事業者同士でサイバーセキュリティに関する情報の共有・分析などを行う組織",
      "ISAC (Information Sharing and Analysis Center): an organisation in which businesses of the same industry share and analyse "
      "cyber security information"};
  return note;
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
  for (const auto& list : information_sharing()) {
    out.push_back(list.heading.ja);
    for (const auto& point : list.points) out.push_back(point.ja);
  }
  out.push_back(isac_note().ja);
  return out;
}

} // namespace secaction::steps
