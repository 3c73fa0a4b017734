#pragma once
// A line chart as standalone SVG: labelled x positions and series of values in, SVG text out.
// Generic, so any engine can draw one; `secaction trend` draws scores over time with it.
#include <optional>
#include <string>
#include <vector>

#include "secaction/report/svg.hpp" // LineStyle

namespace secaction::report {

struct LineSeries {
  std::string name;                         // shown in the legend
  std::vector<std::optional<double>> values; // one per x label; nullopt leaves a gap
  std::string color;                        // an SVG colour such as "#1f77b4"
  LineStyle style = LineStyle::solid;
};

struct LineChart {
  std::string title;
  std::string y_label;               // e.g. "%"
  std::vector<std::string> x_labels; // left to right, evenly spaced (e.g. dates)
  double minimum = 0;                // bottom of the y axis
  double maximum = 100;              // top of the y axis
  std::vector<double> gridlines;     // values at which to draw a labelled horizontal line
  std::vector<LineSeries> series;
};

/// The chart as a complete SVG document (UTF-8, ends with a newline). Values outside
/// [minimum, maximum] are drawn at the edge; every text is XML-escaped; numbers have a fixed
/// number of decimals, so the same chart gives the same bytes.
std::string render_line_chart_svg(const LineChart& chart);

} // namespace secaction::report
