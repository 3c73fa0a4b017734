#include "secaction/content/editions.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace secaction::content {

std::optional<std::vector<const questionnaire::Instrument*>> edition_chain(Library& library, const questionnaire::Instrument& older,
                                                                           const questionnaire::Instrument& newer,
                                                                           const SourceLocation& where, Diagnostics& diagnostics) {
  std::vector<const questionnaire::Instrument*> chain{&newer};
  while (chain.back() != &older) {
    const auto* current = chain.back();
    if (!current->maps_from) {
      diagnostics.error(where, fmt::format("edition '{}' of '{}' has no item map (maps_from) leading back to edition '{}'; "
                                           "only a newer edition's maps_from connects two editions",
                                           current->edition, current->id, older.edition));
      return std::nullopt;
    }
    Diagnostics lookup;
    const auto* previous = library.get(current->id + "@" + current->maps_from->edition, lookup);
    if (previous == nullptr) {
      diagnostics.error(where, fmt::format("edition '{}' of '{}' maps from edition '{}', which is not installed (add its pack with --pack)",
                                           current->edition, current->id, current->maps_from->edition));
      return std::nullopt;
    }
    if (std::find(chain.begin(), chain.end(), previous) != chain.end()) {
      diagnostics.error(where, fmt::format("the item maps of '{}' go round in a circle at edition '{}'", current->id, previous->edition));
      return std::nullopt;
    }
    chain.push_back(previous);
  }
  std::reverse(chain.begin(), chain.end());
  return chain;
}

} // namespace secaction::content
