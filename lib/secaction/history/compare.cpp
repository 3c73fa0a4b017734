#include "secaction/history/compare.hpp"

#include <cmath>
#include <map>

namespace secaction::history {
namespace {

// Scores are sums of small decimals; a difference below this is rounding, not a change.
constexpr double k_epsilon = 1e-9;

Movement movement_of(const ItemState& before, const ItemState& after, double delta) {
  // By id, so that the same answer in two editions (two instruments) is the same.
  const bool same_option = before.option == nullptr || after.option == nullptr ? before.option == after.option
                                                                                : before.option->id == after.option->id;
  const bool same_answer = same_option && before.missing == after.missing;
  if (before.counted && after.counted) {
    if (delta > k_epsilon) return Movement::improved;
    if (delta < -k_epsilon) return Movement::regressed;
  }
  return same_answer ? Movement::unchanged : Movement::changed;
}

} // namespace

bool Comparison::total_regressed() const { return after->headline() < before->headline() - k_epsilon; }

namespace {

Comparison compare_items(const Snapshot& before, const Snapshot& after, const questionnaire::EditionMap* editions) {
  Comparison result;
  result.before = &before;
  result.after = &after;
  result.total_delta = after.total - before.total;
  result.percent_delta = after.percent - before.percent;
  result.band_changed = before.band == nullptr || after.band == nullptr ? before.band != after.band : before.band->id != after.band->id;

  // Parts by id: the same parts in one edition, the parts both editions have across two.
  std::map<std::string, const PartScore*> after_parts;
  for (const auto& part : after.parts) after_parts[part.part->id] = &part;
  for (const auto& part : before.parts) {
    const auto found = after_parts.find(part.part->id);
    if (found == after_parts.end()) continue;
    result.parts.push_back({&part, found->second, found->second->score - part.score});
  }

  if (editions == nullptr) {
    std::map<const questionnaire::Item*, const ItemState*> after_items;
    for (const auto& item : after.items) after_items[item.item] = &item;
    for (const auto& item : before.items) {
      const auto found = after_items.find(item.item);
      if (found == after_items.end()) continue; // same instrument: cannot happen, but never dereference a gap
      const double delta = found->second->points - item.points;
      result.items.push_back({&item, found->second, delta, movement_of(item, *found->second, delta)});
    }
  } else {
    // In the newer edition's order: each mapped item with its older counterpart's state.
    result.editions = editions;
    std::map<const questionnaire::Item*, const ItemState*> before_items;
    for (const auto& item : before.items) before_items[item.item] = &item;
    std::map<const questionnaire::Item*, bool> paired;
    for (const auto& item : after.items) {
      const auto* older = editions->older_of(*item.item);
      const auto found = older == nullptr ? before_items.end() : before_items.find(older);
      if (found == before_items.end()) {
        result.added.push_back(&item);
        continue;
      }
      paired[older] = true;
      const double delta = item.points - found->second->points;
      result.items.push_back({found->second, &item, delta, movement_of(*found->second, item, delta)});
    }
    for (const auto& item : before.items) {
      if (!paired.count(item.item)) result.removed.push_back(&item);
    }
  }
  for (std::size_t i = 0; i < result.items.size(); ++i) {
    switch (result.items[i].movement) {
    case Movement::improved: result.improved.push_back(i); break;
    case Movement::regressed: result.regressed.push_back(i); break;
    case Movement::changed: result.changed.push_back(i); break;
    case Movement::unchanged: break;
    }
  }
  return result;
}

} // namespace

Comparison compare(const Snapshot& before, const Snapshot& after) { return compare_items(before, after, nullptr); }

Comparison compare(const Snapshot& before, const Snapshot& after, const questionnaire::EditionMap& editions) {
  return compare_items(before, after, &editions);
}

} // namespace secaction::history
