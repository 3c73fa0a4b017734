#include "secaction/report/radar.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/core/text.hpp"
#include "secaction/report/bar_chart.hpp" // wrap_by_display_width
#include "secaction/report/svg.hpp"

namespace secaction::report {
namespace {

constexpr double k_radar_width = 760;
constexpr double k_centre_x = 380;
constexpr double k_centre_y = 290;
constexpr double k_radius = 180;
constexpr double k_pi = 3.14159265358979323846;
constexpr double k_edge = 12; // kept clear at the chart's left and right
// Estimated pixels per display column (a wide CJK character is two) as a share of the font size;
// generous, so that labels stay inside the chart whatever font the viewer picks.
constexpr double k_column_em = 0.55;
constexpr double k_title_size = 16;
constexpr double k_label_size = 12;
constexpr double k_small_label_size = 10;
constexpr int k_max_label_lines = 3;

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
  std::string text;
  for (const auto& point : points) {
    if (!text.empty()) text += ' ';
    text += svg_number(point.x);
    text += ',';
    text += svg_number(point.y);
  }
  return text;
}

// Labels left of the centre are anchored at their end, right of it at their start.
std::string anchor_for(double x) {
  if (std::abs(x - k_centre_x) < 1.0) return "middle";
  return x < k_centre_x ? "end" : "start";
}

// The room a label anchored at x has before the chart's edge.
double room_for(double x) {
  const std::string anchor = anchor_for(x);
  if (anchor == "middle") return 2 * std::min(x - k_edge, k_radar_width - k_edge - x);
  return anchor == "end" ? x - k_edge : k_radar_width - k_edge - x;
}

std::vector<std::string> wrap_to(const std::string& text, double pixels, double font_size) {
  const auto columns = static_cast<std::size_t>(std::max(2.0, pixels / (font_size * k_column_em)));
  return wrap_by_display_width(text, columns);
}

// An axis label in the room beside its axis end: on one line if it fits (in a smaller font if
// need be), else wrapped into lines of even length (in the smaller font beyond three lines);
// stacked upwards above the centre, downwards below it.
std::string axis_label(const std::string& label, Point at) {
  const double room = room_for(at.x);
  const double columns = static_cast<double>(display_width(label));
  double size = k_label_size;
  std::vector<std::string> lines;
  if (columns * size * k_column_em <= room) {
    lines = {label};
  } else if (columns * k_small_label_size * k_column_em <= room) {
    size = k_small_label_size;
    lines = {label};
  } else {
    const double count = std::ceil(columns * size * k_column_em / room);
    lines = wrap_to(label, std::min(room, (std::ceil(columns / count) + 2) * size * k_column_em), size);
    if (static_cast<int>(lines.size()) > k_max_label_lines) {
      size = k_small_label_size;
      lines = wrap_to(label, room, size);
    }
  }
  const double line_height = size + 3;
  const double block = line_height * static_cast<double>(lines.size() - 1);
  double first_baseline = at.y + size / 3;                       // beside the axis end: centred on it
  if (at.y < k_centre_y - k_radius * 0.9) first_baseline = at.y - block;     // at the top: upwards
  else if (at.y > k_centre_y + 1) first_baseline = at.y + size * 0.8;        // below: downwards
  else first_baseline -= block / 2;
  std::string svg;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    svg += fmt::format(R"(<text x="{}" y="{}" text-anchor="{}" font-size="{}">{}</text>)" "\n", svg_number(at.x),
                       svg_number(first_baseline + line_height * static_cast<double>(i)), anchor_for(at.x), svg_number(size),
                       escape_xml(lines[i]));
  }
  return svg;
}

// Each series marks its points with its own shape, so one that lies on another stays visible.
std::string marker(std::size_t series, Point at, std::string_view color) {
  const std::string x = svg_number(at.x);
  const std::string y = svg_number(at.y);
  switch (series % 3) {
  case 0: return fmt::format(R"(<circle cx="{}" cy="{}" r="4" fill="{}"/>)", x, y, color);
  case 1:
    return fmt::format(R"(<rect x="{}" y="{}" width="7" height="7" fill="{}"/>)", svg_number(at.x - 3.5), svg_number(at.y - 3.5),
                       color);
  default:
    return fmt::format(R"(<polygon points="{},{} {},{} {},{} {},{}" fill="{}"/>)", x, svg_number(at.y - 5), svg_number(at.x + 5),
                       y, x, svg_number(at.y + 5), svg_number(at.x - 5), y, color);
  }
}

} // namespace

std::string render_radar_svg(const RadarChart& chart) {
  const std::size_t axes = chart.axes.size();
  const double legend_top = 520;
  const double height = legend_top + 24.0 * static_cast<double>(chart.series.size()) + 16;
  std::string svg = svg_open(k_radar_width, height, chart.title);
  const auto title_lines = wrap_to(chart.title, k_radar_width - 2 * k_edge, k_title_size);
  for (std::size_t i = 0; i < title_lines.size() && i < 2; ++i) {
    svg += fmt::format(R"(<text x="{}" y="{}" text-anchor="middle" font-size="16" font-weight="bold">{}</text>)" "\n",
                       svg_number(k_centre_x), svg_number(28 + 20 * static_cast<double>(i)), escape_xml(title_lines[i]));
  }
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

  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const auto& series = chart.series[s];
    std::vector<Point> points;
    for (std::size_t i = 0; i < axes; ++i) {
      const double value = i < series.values.size() ? series.values[i] : chart.minimum;
      points.push_back(on_axis(i, axes, fraction_of(chart, value)));
    }
    // The first series is drawn widest, so a later one lying on it shows inside its line.
    svg += fmt::format(R"(<polygon points="{}" fill="{}" fill-opacity="{}" stroke="{}" stroke-width="{}"{}>)"
                       "<title>{}</title></polygon>\n",
                       polygon_points(points), escape_xml(series.color), series.filled ? "0.15" : "0",
                       escape_xml(series.color), s == 0 ? "4" : "2", svg_dash_attribute(series.style), escape_xml(series.name));
    for (const auto& point : points) svg += marker(s, point, escape_xml(series.color));
    svg += "\n";
  }

  svg += R"(<g fill="#222222">)" "\n";
  for (std::size_t i = 0; i < axes; ++i) svg += axis_label(chart.axes[i], on_axis(i, axes, 1.12));
  svg += "</g>\n";

  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const auto& series = chart.series[s];
    const double y = legend_top + 24.0 * static_cast<double>(s);
    svg += fmt::format(R"(<line x1="40" y1="{0}" x2="80" y2="{0}" stroke="{1}" stroke-width="{5}"{2}/>{6})"
                       R"(<text x="90" y="{3}">{4}</text>)" "\n",
                       svg_number(y), escape_xml(series.color), svg_dash_attribute(series.style), svg_number(y + 4),
                       escape_xml(series.name), s == 0 ? "4" : "2", marker(s, {60, y}, escape_xml(series.color)));
  }
  return svg + svg_close();
}

} // namespace secaction::report
