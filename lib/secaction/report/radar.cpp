#include "secaction/report/radar.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/report/svg.hpp"

namespace secaction::report {
namespace {

constexpr double k_width = 640;
constexpr double k_centre_x = 320;
constexpr double k_centre_y = 290;
constexpr double k_radius = 180;
constexpr double k_pi = 3.14159265358979323846;

struct Point {
  double x = 0;
  double y = 0;
};

Point on_axis(std::size_t axis, std::size_t axes, double fraction) {
  const double angle = -k_pi / 2 + 2 * k_pi * static_cast<double>(axis) / static_cast<double>(axes);
  return {k_centre_x + k_radius * fraction * std::cos(angle), k_centre_y + k_radius * fraction * std::sin(angle)};
}

double fraction_of(const RadarChart& chart, double value) {
  const double span = chart.maximum - chart.minimum;
  if (span <= 0) return 0;
  return std::clamp((value - chart.minimum) / span, 0.0, 1.0);
}

std::string polygon_points(const std::vector<Point>& points) {
  std::vector<std::string> pairs;
  for (const auto& point : points) pairs.push_back(svg_number(point.x) + "," + svg_number(point.y));
  return fmt::format("{}", fmt::join(pairs, " "));
}

// Labels left of the centre are anchored at their end, right of it at their start.
std::string anchor_for(double x) {
  if (std::abs(x - k_centre_x) < 1.0) return "middle";
  return x < k_centre_x ? "end" : "start";
}

} // namespace

std::string render_radar_svg(const RadarChart& chart) {
  const std::size_t axes = chart.axes.size();
  const double legend_top = 520;
  const double height = legend_top + 24.0 * static_cast<double>(chart.series.size()) + 16;
  std::string svg = svg_open(k_width, height, chart.title);
  svg += fmt::format(R"(<text x="{}" y="28" text-anchor="middle" font-size="16" font-weight="bold">{}</text>)" "\n",
                     svg_number(k_centre_x), escape_xml(chart.title));
  if (axes < 3) {
    return svg + svg_close();
  }

  svg += R"(<g fill="none" stroke="#cccccc" stroke-width="1">)" "\n";
  for (double ring : chart.rings) {
    std::vector<Point> points;
    for (std::size_t i = 0; i < axes; ++i) points.push_back(on_axis(i, axes, fraction_of(chart, ring)));
    svg += fmt::format(R"(<polygon points="{}"/>)" "\n", polygon_points(points));
  }
  for (std::size_t i = 0; i < axes; ++i) {
    const Point end = on_axis(i, axes, 1.0);
    svg += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}"/>)" "\n", svg_number(k_centre_x), svg_number(k_centre_y),
                       svg_number(end.x), svg_number(end.y));
  }
  svg += "</g>\n";

  svg += R"(<g fill="#888888" font-size="11">)" "\n";
  for (double ring : chart.rings) {
    const Point at = on_axis(0, axes, fraction_of(chart, ring));
    svg += fmt::format(R"(<text x="{}" y="{}">{}</text>)" "\n", svg_number(at.x + 4), svg_number(at.y - 2),
                       escape_xml(fmt::format("{:g}", ring)));
  }
  svg += "</g>\n";

  for (const auto& series : chart.series) {
    std::vector<Point> points;
    for (std::size_t i = 0; i < axes; ++i) {
      const double value = i < series.values.size() ? series.values[i] : chart.minimum;
      points.push_back(on_axis(i, axes, fraction_of(chart, value)));
    }
    svg += fmt::format(R"(<polygon points="{}" fill="{}" fill-opacity="{}" stroke="{}" stroke-width="2"{}>)"
                       "<title>{}</title></polygon>\n",
                       polygon_points(points), escape_xml(series.color), series.filled ? "0.15" : "0",
                       escape_xml(series.color), svg_dash_attribute(series.style), escape_xml(series.name));
  }

  svg += R"(<g fill="#222222">)" "\n";
  for (std::size_t i = 0; i < axes; ++i) {
    const Point at = on_axis(i, axes, 1.12);
    svg += fmt::format(R"(<text x="{}" y="{}" text-anchor="{}">{}</text>)" "\n", svg_number(at.x), svg_number(at.y + 4),
                       anchor_for(at.x), escape_xml(chart.axes[i]));
  }
  svg += "</g>\n";

  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const auto& series = chart.series[s];
    const double y = legend_top + 24.0 * static_cast<double>(s);
    svg += fmt::format(R"(<line x1="40" y1="{0}" x2="80" y2="{0}" stroke="{1}" stroke-width="2"{2}/>)"
                       R"(<text x="90" y="{3}">{4}</text>)" "\n",
                       svg_number(y), escape_xml(series.color), svg_dash_attribute(series.style), svg_number(y + 4),
                       escape_xml(series.name));
  }
  return svg + svg_close();
}

} // namespace secaction::report
