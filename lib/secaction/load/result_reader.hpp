#pragma once
// The one reader of `secaction.result/v1`, the JSON result of `secaction diagnose|checklist
// --format json`: compare, trend and policy --from all read results through it, into
// history::Snapshot. An answer file is scored by its caller with the questionnaire engine
// (history::snapshot_of an assessment gives the same model); a result's stated numbers are
// re-derived from its answers with the same engine and must agree.
#include <optional>

#include "secaction/core/diagnostic.hpp"
#include "secaction/history/snapshot.hpp"
#include "secaction/load/instrument_lookup.hpp"
#include "secaction/load/json_tree.hpp"

namespace secaction::load {

/// Whether a parsed file is a result (its top level has `schema:`) rather than an answer file.
bool is_result(const JsonTree& tree);

/// Reads a result: another `schema` is an error; the result is checked with result.schema.json and
/// resolved against the instrument it names (its parts, items, answers and band must be the
/// content's), so labels come from the content; its points, scores and band must be what its
/// answers score (load/result_check). Every problem goes to `diagnostics`; nullopt when
/// there was any error.
std::optional<history::Snapshot> read_result(const JsonTree& tree, InstrumentLookup& instruments, Diagnostics& diagnostics);

} // namespace secaction::load
