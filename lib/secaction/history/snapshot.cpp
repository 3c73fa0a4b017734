#include "secaction/history/snapshot.hpp"

#include <fmt/format.h>

namespace secaction::history {

Snapshot snapshot_of(const questionnaire::Assessment& assessment, std::string source, SourceLocation instrument_at) {
  Snapshot snapshot;
  snapshot.source = std::move(source);
  snapshot.instrument_at = std::move(instrument_at);
  snapshot.instrument = assessment.instrument;
  snapshot.organization = assessment.organization;
  snapshot.assessed_on = assessment.assessed_on;
  snapshot.total = assessment.total;
  snapshot.max = assessment.max;
  snapshot.percent = assessment.percent();
  snapshot.band = assessment.band;
  for (const auto& part : assessment.parts) {
    snapshot.parts.push_back({part.part, part.score, part.max});
    for (const auto& item : part.items) {
      snapshot.items.push_back({part.part, item.item, item.option, item.missing, item.points, item.counted});
    }
  }
  return snapshot;
}

bool is_questionnaire_result(const Snapshot& snapshot, Diagnostics& diagnostics) {
  if (snapshot.instrument->command != "benchmark") return true;
  diagnostics.error(snapshot.instrument_at, fmt::format("'{}': compare and trend read diagnose and checklist results, not "
                                                        "benchmark results",
                                                        snapshot.instrument->id));
  return false;
}

bool same_instrument(const std::vector<const Snapshot*>& snapshots, const std::string& command, Diagnostics& diagnostics) {
  bool same = true;
  if (snapshots.empty()) return true;
  const Snapshot& first = *snapshots.front();
  for (const auto* snapshot : snapshots) {
    if (snapshot->instrument == first.instrument) continue;
    same = false;
    if (snapshot->instrument->id == first.instrument->id) {
      diagnostics.error(snapshot->instrument_at,
                        fmt::format("edition '{}' of '{}' differs from edition '{}' in {}; {} takes results of one edition "
                                    "(compare reads two editions; `secaction migrate` carries answers to a new edition)",
                                    snapshot->instrument->edition, snapshot->instrument->id, first.instrument->edition, first.source,
                                    command));
      continue;
    }
    diagnostics.error(snapshot->instrument_at,
                      fmt::format("instrument '{}' differs from '{}' in {}; {} takes results of one instrument",
                                  snapshot->instrument->id, first.instrument->id, first.source, command));
  }
  return same;
}

} // namespace secaction::history
