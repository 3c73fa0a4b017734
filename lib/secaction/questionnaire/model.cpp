#include "secaction/questionnaire/model.hpp"

#include <algorithm>

#include "secaction/core/text.hpp"

namespace secaction::questionnaire {

std::string_view method_id(ScoringMethod method) {
  switch (method) {
  case ScoringMethod::sum: return "sum";
  case ScoringMethod::completion: return "completion";
  case ScoringMethod::maturity: return "maturity";
  case ScoringMethod::all_met: return "all-met";
  }
  return "sum";
}

const ScaleOption* Instrument::target_option(const Item& item) const {
  if (scoring.method != ScoringMethod::maturity) return nullptr;
  return find_option_by_id(item.target.empty() ? scoring.target_level : item.target);
}

double Instrument::goal_points(const Item& item) const {
  if (const auto* target = target_option(item)) return target->points;
  return scoring.max_points_per_item;
}

const Requirement* Instrument::find_requirement(const std::string& wanted) const {
  for (const auto& requirement : requirements) {
    if (requirement.id == wanted) return &requirement;
  }
  return nullptr;
}

const Item* Instrument::find_item(const std::string& number) const {
  for (const auto& part : parts) {
    for (const auto& item : part.items) {
      if (item.number == number) return &item;
    }
  }
  return nullptr;
}

const ScaleOption* Instrument::find_option_by_id(const std::string& wanted) const {
  for (const auto& option : scale) {
    if (option.id == wanted) return &option;
  }
  return nullptr;
}

const ScaleOption* Instrument::match_answer(const std::string& text) const {
  // As people type them: in any case ("Yes", "YES"), with the spaces an IME leaves around a word
  // (実施している followed by an ideographic space) or a copy and paste brings.
  // The common cases first: exactly as the template writes it, or an alias as written (はい,
  // いいえ). Every exact spelling belongs to one choice (the instrument loader checks), and an
  // exact spelling wins over a folded one; folding every choice's names for each answer was a
  // twentieth of a checklist batch.
  for (const auto& option : scale) {
    if (option.id == text || option.label.ja == text) return &option;
    if (std::find(option.aliases.begin(), option.aliases.end(), text) != option.aliases.end()) return &option;
  }
  const std::string wanted = fold_for_comparison(trim_unicode_space(text));
  if (wanted.empty()) return nullptr;
  for (const auto& option : scale) {
    if (fold_for_comparison(option.id) == wanted || fold_for_comparison(option.label.ja) == wanted ||
        fold_for_comparison(option.label.en) == wanted) {
      return &option;
    }
    for (const auto& alias : option.aliases) {
      if (fold_for_comparison(alias) == wanted) return &option;
    }
  }
  return nullptr;
}

const ScaleOption* Instrument::unknown_option() const {
  for (const auto& option : scale) {
    if (option.flag == AnswerFlag::unknown) return &option;
  }
  return nullptr;
}

std::size_t Instrument::item_count() const {
  std::size_t count = 0;
  for (const auto& part : parts) count += part.items.size();
  return count;
}

} // namespace secaction::questionnaire
