#include "suggest.hpp"

#include <algorithm>
#include <numeric>

#include <fmt/format.h>

namespace secaction::cli {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: three rows of the dynamic programme are enough.
  std::vector<std::size_t> before(b.size() + 1);
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  std::iota(previous.begin(), previous.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) current[j] = std::min(current[j], before[j - 2] + 1);
    }
    before.swap(previous);
    previous.swap(current);
  }
  return previous[b.size()];
}

std::string ascii_lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return lower;
}

std::optional<std::string> closest_match(std::string_view given, const std::vector<std::string>& candidates) {
  if (given.empty()) return std::nullopt;
  const std::string lower = ascii_lower(given);
  for (const auto& candidate : candidates) {
    if (ascii_lower(candidate) == lower) return candidate;
  }
  std::vector<std::string> prefixed;
  for (const auto& candidate : candidates) {
    if (ascii_lower(candidate).rfind(lower, 0) == 0) prefixed.push_back(candidate);
  }
  if (prefixed.size() == 1 && lower.size() >= 2) return prefixed.front();
  const std::size_t limit = std::clamp<std::size_t>(lower.size() / 3, 1, 3);
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const auto& candidate : candidates) {
    const std::size_t distance = edit_distance(lower, ascii_lower(candidate));
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view given, const std::vector<std::string>& candidates) {
  const auto match = closest_match(given, candidates);
  return match ? fmt::format("; did you mean '{}'?", *match) : std::string();
}

} // namespace secaction::cli
