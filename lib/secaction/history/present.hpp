#pragma once
// Comparison and Trend -> report::Document (Markdown, CSV), JSON and, for the trend, a line chart.
#include <string>

#include <nlohmann/json.hpp>

#include "secaction/core/lang.hpp"
#include "secaction/history/compare.hpp"
#include "secaction/history/trend.hpp"
#include "secaction/report/document.hpp"
#include "secaction/report/line_chart.hpp"

namespace secaction::history {

report::Document to_document(const Comparison& comparison, Lang lang);
/// schemas/compare-result.schema.json (secaction.compare/v1).
nlohmann::ordered_json to_json(const Comparison& comparison, Lang lang);

/// `chart_file`: the chart's path relative to the report, linked from it; empty when there is none.
report::Document to_document(const Trend& trend, Lang lang, const std::string& chart_file);
/// schemas/trend-result.schema.json (secaction.trend/v1).
nlohmann::ordered_json to_json(const Trend& trend, Lang lang);
/// The total and every part as percentages of their maximum, one point per result.
report::LineChart line_chart(const Trend& trend, Lang lang);

} // namespace secaction::history
