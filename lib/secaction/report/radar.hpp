#pragma once
// A radar (spider) chart as standalone SVG: axes and series in, SVG text out. Generic, so any
// engine can draw one; the benchmark draws its five areas with it.
#include <string>
#include <vector>

#include "secaction/report/svg.hpp" // LineStyle

namespace secaction::report {

struct RadarSeries {
  std::string name;          // shown in the legend
  std::vector<double> values; // one per axis, on the chart's scale
  std::string color;         // an SVG colour such as "#1f77b4"
  LineStyle style = LineStyle::solid;
  bool filled = false;       // fill the polygon lightly
};

struct RadarChart {
  std::string title;
  std::vector<std::string> axes; // clockwise from the top; at least 3
  double minimum = 0;            // the centre
  double maximum = 5;            // the outer ring
  std::vector<double> rings;     // values at which to draw a labelled ring, e.g. 1..5
  std::vector<RadarSeries> series;
};

/// The chart as a complete SVG document (UTF-8, ends with a newline). Every text is
/// XML-escaped; numbers are written with a fixed number of decimals, so output is deterministic.
std::string render_radar_svg(const RadarChart& chart);

} // namespace secaction::report
