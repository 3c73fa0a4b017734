#pragma once
// A risk analysis as one row of a batch run's portfolio summary (report/summary.hpp).
#include <string>
#include <vector>

#include "secaction/core/lang.hpp"
#include "secaction/report/summary.hpp"
#include "secaction/risk/assess.hpp"

namespace secaction::risk {

/// file, organization, assessed_on, instrument (risk-<edition>), score, max, percent (empty: a
/// register has no score), band and band_label (the highest band of any asset), assets,
/// band_<id> (assets per band of the edition), highest_risk, untreated_high.
std::vector<std::string> summary_columns(const Edition& edition);

report::SummaryRow summary_row(const RiskAssessment& assessment, const std::string& file, Lang lang);

} // namespace secaction::risk
