#pragma once
// What compare and trend both say about a snapshot: its score, a part's score, its band, a signed
// change, and the snapshot's summary in JSON. Private to history's presenters.
#include <string>

#include <nlohmann/json.hpp>

#include "secaction/core/lang.hpp"
#include "secaction/history/snapshot.hpp"

namespace secaction::history {

bool is_sum(const questionnaire::Instrument& instrument);

/// "+4", "-2.5", "±0": a change reads better signed.
std::string signed_number(double value);
/// A change of a completion rate: "+5ポイント" / "+5 points".
std::string percent_points(Lang lang, double delta);

/// report::score_text of the snapshot.
std::string score_text(Lang lang, const Snapshot& snapshot);
/// "12 / 16", or "—" for a part with nothing counted.
std::string part_text(const PartScore& part);
std::string band_text(Lang lang, const questionnaire::Band* band);

/// source, organisation, date, total, max, percent and band (schemas/compare-result and trend-result).
nlohmann::ordered_json snapshot_summary_json(const Snapshot& snapshot, Lang lang);

} // namespace secaction::history
