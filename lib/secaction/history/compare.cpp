#include "secaction/history/compare.hpp"

#include <cmath>
#include <map>

namespace secaction::history {
namespace {

// Scores are sums of small decimals; a difference below this is rounding, not a change.
constexpr double k_epsilon = 1e-9;

Movement movement_of(const ItemState& before, const ItemState& after, double delta) {
  const bool same_answer = before.option == after.option && before.missing == after.missing;
  if (before.counted && after.counted) {
    if (delta > k_epsilon) return Movement::improved;
    if (delta < -k_epsilon) return Movement::regressed;
  }
  return same_answer ? Movement::unchanged : Movement::changed;
}

} // namespace

bool Comparison::total_regressed() const { return after->headline() < before->headline() - k_epsilon; }

Comparison compare(const Snapshot& before, const Snapshot& after) {
  Comparison result;
  result.before = &before;
  result.after = &after;
  result.total_delta = after.total - before.total;
  result.percent_delta = after.percent - before.percent;
  result.band_changed = before.band != after.band;

  std::map<const questionnaire::Part*, const PartScore*> after_parts;
  for (const auto& part : after.parts) after_parts[part.part] = &part;
  for (const auto& part : before.parts) {
    const auto found = after_parts.find(part.part);
    if (found == after_parts.end()) continue;
    result.parts.push_back({&part, found->second, found->second->score - part.score});
  }

  std::map<const questionnaire::Item*, const ItemState*> after_items;
  for (const auto& item : after.items) after_items[item.item] = &item;
  for (const auto& item : before.items) {
    const auto found = after_items.find(item.item);
    if (found == after_items.end()) continue; // same instrument: cannot happen, but never dereference a gap
    const double delta = found->second->points - item.points;
    result.items.push_back({&item, found->second, delta, movement_of(item, *found->second, delta)});
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

} // namespace secaction::history
