#pragma once
// How the items of two editions of one instrument correspond, from the item maps (`maps_from`)
// supplied with the newer editions: which items are mapped (and whether their question changed),
// new or removed. Values in, values out; compare and migrate use it.
#include <vector>

#include "secaction/questionnaire/model.hpp"

namespace secaction::questionnaire {

struct MappedItem {
  const Item* newer = nullptr;
  const Item* older = nullptr;
  bool question_changed = false; // the official (ja) question differs between the editions
  [[nodiscard]] bool renumbered() const { return newer->number != older->number; }
};

struct EditionMap {
  const Instrument* older = nullptr;
  const Instrument* newer = nullptr;
  std::vector<MappedItem> mapped;     // in the newer edition's content order
  std::vector<const Item*> added;     // the newer edition's items with no counterpart, content order
  std::vector<const Item*> removed;   // the older edition's items nothing maps to, content order

  /// The older edition's counterpart of a newer item, or nullptr (a new item).
  [[nodiscard]] const Item* older_of(const Item& newer) const;
};

/// `chain` runs from the older edition to the newer: each instrument after the first has
/// `maps_from` naming the edition before it (edition_chain in content/ finds one). An item of an
/// edition corresponds to the item its map names, else to the older item with the same number
/// (unless the map gives that one to another item, or marks the item new with null).
EditionMap map_editions(const std::vector<const Instrument*>& chain);

} // namespace secaction::questionnaire
