#pragma once
// Reads one result for compare and trend: an answer file (scored here with the questionnaire
// engine) or the JSON result of `secaction diagnose|checklist --format json`.
#include <optional>
#include <string>
#include <string_view>

#include "secaction/load/instrument_lookup.hpp"
#include "secaction/core/date.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/history/snapshot.hpp"

namespace secaction::load {

/// A file whose top level has `schema: secaction.result/v1` is a JSON result (checked with
/// result.schema.json and against the instrument it names); anything else is read as an answer
/// file. `as_of` dates an answer file without assessed_on. Every problem goes to `diagnostics`;
/// nullopt when there was any error.
std::optional<history::Snapshot> load_snapshot(std::string_view text, const std::string& file, InstrumentLookup& instruments,
                                               std::optional<Date> as_of, Diagnostics& diagnostics);

} // namespace secaction::load
