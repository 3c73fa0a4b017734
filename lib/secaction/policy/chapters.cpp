#include "secaction/policy/chapters.hpp"

namespace secaction::policy {
namespace {

ChapterChoice always(int number, LocalText title) {
  return {number, std::move(title), true, {"すべての会社に必要な章です。", "Every company needs this chapter."}};
}

ChapterChoice when(int number, LocalText title, bool included, LocalText in_reason, LocalText out_reason) {
  return {number, std::move(title), included, included ? std::move(in_reason) : std::move(out_reason)};
}

} // namespace

std::vector<ChapterChoice> select_chapters(const Practices& p) {
  std::vector<ChapterChoice> chapters;
  chapters.push_back(always(1, {"組織的対策", "Organisational measures"}));
  chapters.push_back(always(2, {"人的対策", "Human resource measures"}));
  chapters.push_back(always(3, {"情報資産管理", "Information asset management"}));
  chapters.push_back(always(4, {"アクセス制御及び認証", "Access control and authentication"}));
  chapters.push_back(always(5, {"物理的対策", "Physical measures"}));
  chapters.push_back(always(6, {"IT機器利用", "Use of IT equipment"}));
  chapters.push_back(always(7, {"IT基盤運用管理", "IT infrastructure operation"}));
  // A public website needs vulnerability handling and change control even without in-house development.
  const bool develops = p.system_development || p.website;
  LocalText develops_reason = p.system_development
      ? LocalText{"自社でシステムを開発・保守しています（uses.system_development）。",
                  "The company develops or maintains its own systems (uses.system_development)."}
      : LocalText{"自社のウェブサイトを運用しています（uses.website）。", "The company runs a website (uses.website)."};
  chapters.push_back(when(8, {"システムの開発及び保守", "System development and maintenance"}, develops, develops_reason,
                          {"自社でのシステム開発もウェブサイトの運用もありません（uses.system_development, uses.website が false）。",
                           "The company neither develops systems nor runs a website (uses.system_development and uses.website are false)."}));
  chapters.push_back(when(9, {"委託管理", "Outsourcing management"}, p.outsourcing,
                          {"業務を外部に委託しています（uses.outsourcing）。", "The company outsources work (uses.outsourcing)."},
                          {"業務を外部に委託していません（uses.outsourcing が false）。",
                           "The company does not outsource work (uses.outsourcing is false)."}));
  chapters.push_back(always(10, {"情報セキュリティインシデント対応ならびに事業継続管理",
                                 "Incident response and business continuity"}));
  chapters.push_back(when(11, {"個人番号及び特定個人情報の取り扱い", "Handling of My Number and specific personal information"},
                          p.my_number,
                          {"個人番号（マイナンバー）を取り扱っています（uses.my_number）。",
                           "The company handles My Number (uses.my_number)."},
                          {"個人番号（マイナンバー）を取り扱っていません（uses.my_number が false）。",
                           "The company does not handle My Number (uses.my_number is false)."}));
  chapters.push_back(when(12, {"テレワークにおける対策", "Telework measures"}, p.telework,
                          {"テレワークを実施しています（uses.telework）。", "Employees telework (uses.telework)."},
                          {"テレワークを実施していません（uses.telework が false）。",
                           "Employees do not telework (uses.telework is false)."}));
  return chapters;
}

} // namespace secaction::policy
