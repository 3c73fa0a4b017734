#pragma once
// Scoring: values in, values out. No files, clock or environment.
#include <optional>
#include <string>
#include <vector>

#include "secaction/core/date.hpp"
#include "secaction/questionnaire/answers.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::questionnaire {

struct ItemResult {
  const Item* item = nullptr;
  const ScaleOption* option = nullptr;
  double points = 0;
  bool counted = true; // false when the answer is left out of score and maximum (checklist na)
  bool missing = false;
  double goal = 0; // the points the item should reach: its target level's (maturity), else the maximum
  std::string note;
  std::string evidence;
};

struct PartResult {
  const Part* part = nullptr;
  double score = 0;
  double max = 0;
  std::vector<ItemResult> items;
  [[nodiscard]] double percent() const { return max > 0 ? score * 100.0 / max : 0.0; }
};

struct Assessment {
  const Instrument* instrument = nullptr;
  Organization organization;
  std::optional<Date> assessed_on; // from the answer file, or the --as-of date
  std::string assessor;
  double total = 0;
  double max = 0;
  const Band* band = nullptr;
  std::vector<PartResult> parts;
  // Views into `parts` (item numbers), in content order unless said otherwise.
  std::vector<const ItemResult*> open_items; // not fully done, worst first (fewest points, then content order)
  std::vector<const ItemResult*> unknown;
  std::vector<const ItemResult*> not_applicable;
  std::vector<const ItemResult*> missing;
  // Goals (every method; what maturity and all-met report): counted items, and those at their goal.
  std::size_t goals_counted = 0;
  std::size_t goals_met = 0;
  /// all-met: the requirements with an unmet criterion, in content order (their criteria are in open_items).
  std::vector<const Requirement*> unmet_requirements;

  /// Every counted item reaches its goal (all-met: every criterion is met).
  [[nodiscard]] bool all_goals_met() const { return goals_met == goals_counted; }

  [[nodiscard]] double percent() const { return max > 0 ? total * 100.0 / max : 0.0; }

  Assessment() = default;
  Assessment(const Assessment&) = delete; // the views point into `parts`
  Assessment& operator=(const Assessment&) = delete;
  Assessment(Assessment&&) = default;
  Assessment& operator=(Assessment&&) = default;
};

/// Scores `answers` (already resolved against `instrument`). `as_of` is used when the answer
/// file gives no assessment date.
Assessment assess(const Instrument& instrument, const AnswerSet& answers, std::optional<Date> as_of = std::nullopt);

/// The band that `value` falls in (first match), or nullptr.
const Band* find_band(const Instrument& instrument, double value);

} // namespace secaction::questionnaire
