#pragma once
// Assessment -> the bar chart of its parts (each part's score against its maximum, then the total
// with the bands' boundaries), written beside a Markdown report as SVG.
#include "secaction/core/lang.hpp"
#include "secaction/questionnaire/assess.hpp"
#include "secaction/report/bar_chart.hpp"

namespace secaction::questionnaire {

/// Whether an instrument's report gets a chart of its parts: only with more than one part, since a
/// single part's bar would repeat the total.
bool has_parts_chart(const Instrument& instrument);

report::BarChart parts_chart(const Assessment& assessment, Lang lang);

} // namespace secaction::questionnaire
