#include "secaction/questionnaire/assess.hpp"

#include <algorithm>
#include <cmath>

namespace secaction::questionnaire {

const Band* find_band(const Instrument& instrument, double value) {
  for (const auto& band : instrument.bands) {
    if (value >= band.min && value <= band.max) return &band;
  }
  return nullptr;
}

Assessment assess(const Instrument& instrument, const AnswerSet& answers, std::optional<Date> as_of) {
  Assessment result;
  result.instrument = &instrument;
  result.organization = answers.organization;
  result.assessed_on = answers.assessed_on ? answers.assessed_on : as_of;
  result.assessor = answers.assessor;

  for (const auto& part : instrument.parts) {
    PartResult part_result;
    part_result.part = &part;
    for (const auto& item : part.items) {
      ItemResult item_result;
      item_result.item = &item;
      const auto found = answers.answers.find(item.number);
      const ScaleOption* option = nullptr;
      if (found != answers.answers.end()) {
        option = instrument.find_option_by_id(found->second.option_id);
        item_result.note = found->second.note;
        item_result.evidence = found->second.evidence;
      }
      if (option == nullptr) {
        // Only reachable with --allow-missing: score as "don't know", or as the lowest option.
        option = instrument.unknown_option();
        if (option == nullptr) {
          option = &*std::min_element(instrument.scale.begin(), instrument.scale.end(),
                                      [](const auto& a, const auto& b) { return a.points < b.points; });
        }
        item_result.missing = true;
      }
      item_result.option = option;
      item_result.counted = option->counts_toward_max;
      item_result.points = item_result.counted ? option->points : 0;
      item_result.goal = instrument.goal_points(item);
      if (item_result.counted) {
        part_result.score += item_result.points;
        part_result.max += instrument.scoring.max_points_per_item;
      }
      part_result.items.push_back(std::move(item_result));
    }
    result.total += part_result.score;
    result.max += part_result.max;
    result.parts.push_back(std::move(part_result));
  }

  std::vector<const ItemResult*> open;
  for (const auto& part : result.parts) {
    for (const auto& item : part.items) {
      if (item.missing) result.missing.push_back(&item);
      if (item.option->flag == AnswerFlag::unknown) result.unknown.push_back(&item);
      if (item.option->flag == AnswerFlag::not_applicable) {
        result.not_applicable.push_back(&item);
        continue;
      }
      if (!item.counted) continue;
      ++result.goals_counted;
      if (item.points < item.goal) {
        open.push_back(&item);
      } else {
        ++result.goals_met;
      }
    }
  }
  // Worst first: the largest gap to the goal (with one goal for every item, the fewest points).
  std::stable_sort(open.begin(), open.end(),
                   [](const ItemResult* a, const ItemResult* b) { return a->goal - a->points > b->goal - b->points; });
  result.open_items = std::move(open);
  for (const auto& requirement : instrument.requirements) {
    const bool unmet = std::any_of(result.open_items.begin(), result.open_items.end(),
                                   [&](const ItemResult* item) { return item->item->requirement == requirement.id; });
    if (unmet) result.unmet_requirements.push_back(&requirement);
  }

  const double basis = instrument.scoring.band_basis == BandBasis::percent
                           ? std::round(result.percent() * 10.0) / 10.0
                           : result.total;
  result.band = find_band(instrument, basis);
  return result;
}

} // namespace secaction::questionnaire
