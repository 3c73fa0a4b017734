#pragma once
// BenchmarkResult -> report::Document (Markdown, CSV), JSON, and the radar chart.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "secaction/benchmark/assess.hpp"
#include "secaction/core/lang.hpp"
#include "secaction/report/document.hpp"
#include "secaction/report/radar.hpp"

namespace secaction::benchmark {

/// `chart_file`: the radar SVG written beside the report, linked from it; empty when none is
/// written (the section then says how to get one); nullopt leaves the section out (--no-chart).
report::Document to_document(const BenchmarkResult& result, Lang lang,
                             const std::optional<std::string>& chart_file = std::string());

/// The JSON result (secaction.benchmark-result/v1, described in man secaction-benchmark).
nlohmann::ordered_json to_json(const BenchmarkResult& result, Lang lang);

/// Areas as axes; the company, the desired level and (when known) the peers as series.
report::RadarChart radar_chart(const BenchmarkResult& result, Lang lang);

} // namespace secaction::benchmark
