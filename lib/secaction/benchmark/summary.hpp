#pragma once
// A benchmark result as one row of a batch run's portfolio summary (report/summary.hpp).
#include <string>
#include <vector>

#include "secaction/benchmark/assess.hpp"
#include "secaction/core/lang.hpp"
#include "secaction/report/summary.hpp"

namespace secaction::benchmark {

/// The common columns (score = the total), then area_<id> (the area's mean level, one decimal)
/// for each area of `instrument`, group (G1…), group_name, risk_index.
std::vector<std::string> summary_columns(const questionnaire::Instrument& instrument);

report::SummaryRow summary_row(const BenchmarkResult& result, const std::string& file, Lang lang);

} // namespace secaction::benchmark
