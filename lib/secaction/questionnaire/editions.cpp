#include "secaction/questionnaire/editions.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace secaction::questionnaire {
namespace {

std::vector<const Item*> items_of(const Instrument& instrument) {
  std::vector<const Item*> items;
  for (const auto& part : instrument.parts) {
    for (const auto& item : part.items) items.push_back(&item);
  }
  return items;
}

// One step: each item of `newer` -> its counterpart in `older` (or nullptr).
std::map<const Item*, const Item*> step(const Instrument& older, const Instrument& newer) {
  std::map<const Item*, const Item*> result;
  const EditionMapSpec empty;
  const EditionMapSpec& spec = newer.maps_from ? *newer.maps_from : empty;
  // Old numbers the map names explicitly are not also taken by an item of the same number.
  std::set<std::string> claimed;
  for (const auto& [number, old] : spec.items) {
    if (old) claimed.insert(*old);
  }
  for (const Item* item : items_of(newer)) {
    const auto listed = spec.items.find(item->number);
    const Item* counterpart = nullptr;
    if (listed != spec.items.end()) {
      if (listed->second) counterpart = older.find_item(*listed->second);
    } else if (!claimed.count(item->number)) {
      counterpart = older.find_item(item->number);
    }
    result[item] = counterpart;
  }
  return result;
}

} // namespace

const Item* EditionMap::older_of(const Item& item) const {
  for (const auto& entry : mapped) {
    if (entry.newer == &item) return entry.older;
  }
  return nullptr;
}

EditionMap map_editions(const std::vector<const Instrument*>& chain) {
  EditionMap result;
  if (chain.empty()) return result;
  result.older = chain.front();
  result.newer = chain.back();
  // Start from the newest items and walk each one back, edition by edition.
  std::map<const Item*, const Item*> back;
  for (const Item* item : items_of(*result.newer)) back[item] = item;
  for (std::size_t i = chain.size() - 1; i > 0; --i) {
    const auto links = step(*chain[i - 1], *chain[i]);
    for (auto& [newest, current] : back) {
      if (current == nullptr) continue;
      const auto found = links.find(current);
      current = found == links.end() ? nullptr : found->second;
    }
  }
  std::set<const Item*> reached;
  for (const Item* item : items_of(*result.newer)) {
    const Item* older = back[item];
    if (older == nullptr) {
      result.added.push_back(item);
      continue;
    }
    reached.insert(older);
    result.mapped.push_back({item, older, item->question.ja != older->question.ja});
  }
  for (const Item* item : items_of(*result.older)) {
    if (!reached.count(item)) result.removed.push_back(item);
  }
  return result;
}

} // namespace secaction::questionnaire
