#pragma once
// The topics of the employee handbook, each tied to the self-diagnosis items it answers, and
// their order: weakest first when a diagnose result is given, else the handbook's own order.
#include <optional>
#include <string>
#include <vector>

#include "secaction/core/lang.hpp"
#include "secaction/policy/profile.hpp"

namespace secaction::policy {

struct HandbookTopic {
  std::string id;              // names the topic's block in handbook-topics.<lang>.md.mustache
  LocalText title;
  std::vector<int> items;      // self-diagnosis item numbers (1–25) the topic's rules answer
  bool five_principles = false; // one of 情報セキュリティ5か条 (the --level 1 rules)
};

/// Every topic, in the handbook's own order (the order of the self-diagnosis).
const std::vector<HandbookTopic>& handbook_topics();

/// The self-diagnosis gives 4 points to an item fully in place; anything less is a weakness.
inline constexpr double k_full_points = 4.0;

struct OrderedTopic {
  const HandbookTopic* topic = nullptr;
  /// The topic's diagnosed items scoring below k_full_points (weakest first); empty when none.
  std::vector<DiagnosedItem> weaknesses;
};

/// Topics with a weakness first, by their weakest item's points (ties keep the handbook order),
/// then the rest in handbook order. Without a diagnosis: handbook order. `five_principles_only`
/// keeps only the 5か条 topics.
std::vector<OrderedTopic> order_topics(const std::optional<Diagnosis>& diagnosis, bool five_principles_only);

} // namespace secaction::policy
