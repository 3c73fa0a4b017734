#pragma once
// --fail-under for a questionnaire: the total for summed points, the completion rate otherwise.
#include <optional>

#include "secaction/core/gate.hpp"
#include "secaction/questionnaire/assess.hpp"

namespace secaction::questionnaire {

/// nullopt when the total (sum) or the completion percentage (completion) is at least `threshold`.
std::optional<GateFailure> fail_under(const Assessment& assessment, double threshold);

} // namespace secaction::questionnaire

namespace secaction::questionnaire {

/// What --fail-under compares with on `instrument`: the total (from every item at its lowest
/// answer to every item at its highest) or the completion percentage (0-100).
GateRange fail_under_range(const Instrument& instrument);

} // namespace secaction::questionnaire
