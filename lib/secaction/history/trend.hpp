#pragma once
// Results of one organisation over time, in date order: values in, values out.
#include <optional>
#include <string>
#include <vector>

#include "secaction/history/snapshot.hpp"

namespace secaction::history {

struct Trend {
  const questionnaire::Instrument* instrument = nullptr;
  std::vector<const Snapshot*> points;    // by assessed_on, ties by source name (byte order)
  std::vector<std::string> organizations; // distinct names, in the order of `points`
};

/// Orders the snapshots by date. Errors (every one reported): no snapshot, a snapshot without
/// an assessment date, mixed instruments. Results naming different organisations are kept, with
/// a warning: a name is often spelt differently from one quarter to the next (株式会社/(株)), and
/// refusing would make the whole series unusable for a typo.
std::optional<Trend> build_trend(const std::vector<Snapshot>& snapshots, Diagnostics& diagnostics);

} // namespace secaction::history
