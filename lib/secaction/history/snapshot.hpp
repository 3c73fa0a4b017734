#pragma once
// One scored result of a questionnaire instrument, however it was read: an answer file scored by
// the engine, or the JSON result of an earlier run. compare and trend work on these values only.
#include <optional>
#include <string>
#include <vector>

#include "secaction/core/date.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/core/organization.hpp"
#include "secaction/questionnaire/assess.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::history {

struct ItemState {
  const questionnaire::Part* part = nullptr;
  const questionnaire::Item* item = nullptr;
  const questionnaire::ScaleOption* option = nullptr; // the answer (for a missing item: what it was scored as)
  bool missing = false;
  double points = 0;
  bool counted = true;
};

struct PartScore {
  const questionnaire::Part* part = nullptr;
  double score = 0;
  double max = 0;
  [[nodiscard]] double percent() const { return max > 0 ? score * 100.0 / max : 0.0; }
};

struct Snapshot {
  std::string source;           // the file it was read from, as given
  SourceLocation instrument_at; // where the file names its instrument (for mismatch errors)
  const questionnaire::Instrument* instrument = nullptr;
  Organization organization;
  std::optional<Date> assessed_on;
  double total = 0;
  double max = 0;
  double percent = 0;
  const questionnaire::Band* band = nullptr;
  std::vector<PartScore> parts;  // content order
  std::vector<ItemState> items;  // content order

  [[nodiscard]] bool is_sum() const { return instrument->scoring.method == questionnaire::ScoringMethod::sum; }
  /// The value a result is judged by: the total for summed points, the completion rate otherwise.
  [[nodiscard]] double headline() const { return is_sum() ? total : percent; }
};

/// The snapshot of an assessment made by the questionnaire engine.
Snapshot snapshot_of(const questionnaire::Assessment& assessment, std::string source, SourceLocation instrument_at);

/// compare and trend read diagnose and checklist results. A benchmark result (its answer files
/// carry a company profile and have their own engine) is an error where the file names its
/// instrument, and false.
bool is_questionnaire_result(const Snapshot& snapshot, Diagnostics& diagnostics);

/// True when every snapshot has the instrument of the first; otherwise one error per other
/// instrument (at the place the file names it) and false.
bool same_instrument(const std::vector<const Snapshot*>& snapshots, const std::string& command, Diagnostics& diagnostics);

} // namespace secaction::history
