#pragma once
// A JSON result states its points, part scores, total and band next to its answers. A result
// edited by hand (or forged) could say 100 points for answers worth 40 and pass compare's
// --fail-on-regression: every stated number is re-derived from the answers with the
// questionnaire engine and must agree with it as the result writer would have rounded it.
#include "secaction/core/diagnostic.hpp"
#include "secaction/history/snapshot.hpp"
#include "secaction/load/json_tree.hpp"

namespace secaction::load {

/// Scores the snapshot's answers (`items`: option and missing) and reports, at the field, every
/// stated number that disagrees (`parts/N/items/M/points`, `counted`, `parts/N/score`, `max`,
/// `score.total`, `score.max`, `score.percent`, `band`). On success the snapshot holds the
/// derived values (unrounded). Returns false when anything disagreed.
bool check_result_against_answers(const JsonTree& tree, history::Snapshot& snapshot, Diagnostics& diagnostics);

} // namespace secaction::load
