#pragma once
// What changed between two results of one instrument: values in, values out.
#include <string>
#include <vector>

#include "secaction/history/snapshot.hpp"
#include "secaction/questionnaire/editions.hpp"

namespace secaction::history {

/// How one item moved. Points decide, when the item counts toward the maximum in both results;
/// an answer that changed otherwise (e.g. a checklist item now "not applicable") is only `changed`.
enum class Movement { unchanged, improved, regressed, changed };

struct ItemChange {
  const ItemState* before = nullptr;
  const ItemState* after = nullptr;
  double delta = 0; // after.points - before.points
  Movement movement = Movement::unchanged;
};

struct PartChange {
  const PartScore* before = nullptr;
  const PartScore* after = nullptr;
  double delta = 0; // score
};

struct Comparison {
  const Snapshot* before = nullptr;
  const Snapshot* after = nullptr;
  double total_delta = 0;
  double percent_delta = 0;
  bool band_changed = false;
  std::vector<PartChange> parts;  // content order
  std::vector<ItemChange> items;  // every item, content order
  std::vector<std::size_t> improved;  // indices into items, content order
  std::vector<std::size_t> regressed; // likewise
  std::vector<std::size_t> changed;   // answer changed without a score movement
  /// Across two editions: how their items correspond, and the items only one of them has.
  const questionnaire::EditionMap* editions = nullptr;
  std::vector<const ItemState*> added;   // the newer edition's items with no counterpart (after)
  std::vector<const ItemState*> removed; // the older edition's items nothing maps to (before)

  /// The summed total (or the completion rate of a checklist) went down.
  [[nodiscard]] bool total_regressed() const;
  /// The total or any item got worse: what --fail-on-regression fails on.
  [[nodiscard]] bool has_regression() const { return total_regressed() || !regressed.empty(); }
};

/// Compares two snapshots of the same instrument (check with same_instrument first). The result
/// points into both snapshots, which must outlive it.
Comparison compare(const Snapshot& before, const Snapshot& after);

/// Compares results of two editions of one instrument (before: the older edition), pairing items
/// through `editions` (map_editions); parts are paired by id. `editions` must outlive the result.
Comparison compare(const Snapshot& before, const Snapshot& after, const questionnaire::EditionMap& editions);

} // namespace secaction::history
