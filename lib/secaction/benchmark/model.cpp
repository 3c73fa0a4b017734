#include "secaction/benchmark/model.hpp"

#include <algorithm>

namespace secaction::benchmark {

const ProfileOption* ProfileQuestion::find_option(const std::string& option_id) const {
  for (const auto& option : options) {
    if (option.id == option_id) return &option;
  }
  return nullptr;
}

double ProfileQuestion::highest_points() const {
  double best = 0;
  for (const auto& option : options) best = std::max(best, option.points);
  return best;
}

const ProfileQuestion* Rules::find_question(const std::string& id) const {
  for (const auto& question : questions) {
    if (question.id == id) return &question;
  }
  return nullptr;
}

std::size_t Rules::group_index(const std::string& group_id) const {
  for (std::size_t i = 0; i < groups.size(); ++i) {
    if (groups[i].id == group_id) return i;
  }
  return groups.size();
}

} // namespace secaction::benchmark
