#include "secaction/policy/handbook.hpp"

#include <algorithm>

namespace secaction::policy {

const std::vector<HandbookTopic>& handbook_topics() {
  static const std::vector<HandbookTopic> topics = {
      {"updates", {"OSやソフトウェアの更新", "Keeping software up to date"}, {1}, true},
      {"antivirus", {"ウイルス対策ソフト", "Anti-virus software"}, {2}, true},
      {"passwords", {"パスワード", "Passwords"}, {3}, true},
      {"sharing", {"共有設定とアクセス制限", "Sharing settings and access rights"}, {4}, true},
      {"threats", {"脅威や攻撃の手口を知る", "Knowing current threats"}, {5}, true},
      {"email", {"電子メールとFAX", "E-mail and fax"}, {6, 7, 8}, false},
      {"internet", {"無線LAN・インターネット・SNS", "Wi-Fi, the internet and social media"}, {9, 10}, false},
      {"backup", {"バックアップ", "Backups"}, {11}, false},
      {"documents", {"書類と電子媒体", "Papers and storage media"}, {12, 13, 18}, false},
      {"office", {"離席と事務所", "Leaving your desk and the office"}, {14, 15, 16, 17}, false},
      {"confidentiality", {"守秘義務・教育・ルールの周知", "Confidentiality, training and knowing the rules"}, {19, 20, 25}, false},
      {"own-devices", {"私物の情報機器", "Personal devices"}, {21}, false},
      {"partners", {"取引先と外部サービス", "Business partners and external services"}, {22, 23}, false},
      {"incidents", {"事故や異常に気づいたとき", "When something goes wrong"}, {24}, false},
  };
  return topics;
}

std::vector<OrderedTopic> order_topics(const std::optional<Diagnosis>& diagnosis, bool five_principles_only) {
  std::vector<OrderedTopic> ordered;
  for (const auto& topic : handbook_topics()) {
    if (five_principles_only && !topic.five_principles) continue;
    OrderedTopic entry{&topic, {}};
    if (diagnosis) {
      for (const auto& item : diagnosis->items) {
        const bool ours = std::find(topic.items.begin(), topic.items.end(), item.number) != topic.items.end();
        if (ours && item.counted && item.points < k_full_points) entry.weaknesses.push_back(item);
      }
      std::stable_sort(entry.weaknesses.begin(), entry.weaknesses.end(),
                       [](const DiagnosedItem& a, const DiagnosedItem& b) { return a.points < b.points; });
    }
    ordered.push_back(std::move(entry));
  }
  // Stable: equally weak topics, and all topics without a weakness, keep the handbook order.
  std::stable_sort(ordered.begin(), ordered.end(), [](const OrderedTopic& a, const OrderedTopic& b) {
    if (a.weaknesses.empty() || b.weaknesses.empty()) return !a.weaknesses.empty() && b.weaknesses.empty();
    return a.weaknesses.front().points < b.weaknesses.front().points;
  });
  return ordered;
}

} // namespace secaction::policy
