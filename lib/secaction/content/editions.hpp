#pragma once
// The installed editions between two editions of one instrument, following the newer editions'
// item maps (`maps_from`) back to the older one.
#include <optional>
#include <vector>

#include "secaction/content/library.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::content {

/// From `older` to `newer` (both editions of one instrument): `older`, the editions in between,
/// `newer`; each after the first maps from the one before. nullopt with an error at `where` when
/// the maps do not lead from `newer` back to `older` through installed editions.
std::optional<std::vector<const questionnaire::Instrument*>> edition_chain(Library& library, const questionnaire::Instrument& older,
                                                                           const questionnaire::Instrument& newer,
                                                                           const SourceLocation& where, Diagnostics& diagnostics);

} // namespace secaction::content
