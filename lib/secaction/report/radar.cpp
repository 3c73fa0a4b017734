#include "secaction/report/radar.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace secaction::report {
namespace {

constexpr double k_width = 640;
constexpr double k_centre_x = 320;
constexpr double k_centre_y = 290;
constexpr double k_radius = 180;
constexpr double k_pi = 3.14159265358979323846;

// One decimal and never "-0.0", so the same chart always gives the same bytes.
std::string coordinate(double value) {
  double rounded = std::round(value * 10.0) / 10.0;
  if (rounded == 0.0) rounded = 0.0;
  return fmt::format("{:.1f}", rounded);
}

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
    text += coordinate(point.x) + "," + coordinate(point.y);
  }
  return text;
}

std::string dash_attribute(LineStyle style) {
  switch (style) {
  case LineStyle::dashed: return R"( stroke-dasharray="8 4")";
  case LineStyle::dotted: return R"( stroke-dasharray="2 3")";
  case LineStyle::solid: break;
  }
  return "";
}

// Labels left of the centre are anchored at their end, right of it at their start.
std::string anchor_for(double x) {
  if (std::abs(x - k_centre_x) < 1.0) return "middle";
  return x < k_centre_x ? "end" : "start";
}

} // namespace

std::string escape_xml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&apos;"; break;
    default:
      // Control characters other than tab and newline are not allowed in XML 1.0.
      if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') {
        out += ' ';
      } else {
        out += c;
      }
    }
  }
  return out;
}

std::string render_radar_svg(const RadarChart& chart) {
  const std::size_t axes = chart.axes.size();
  const double legend_top = 520;
  const double height = legend_top + 24.0 * static_cast<double>(chart.series.size()) + 16;
  std::string svg;
  svg += R"(<?xml version="1.0" encoding="UTF-8"?>)" "\n";
  svg += fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{1}" viewBox="0 0 {0} {1}" )"
                     R"(font-family="sans-serif" font-size="13">)" "\n",
                     coordinate(k_width), coordinate(height));
  svg += fmt::format("<title>{}</title>\n", escape_xml(chart.title));
  svg += fmt::format(R"(<rect x="0" y="0" width="{}" height="{}" fill="#ffffff"/>)" "\n", coordinate(k_width), coordinate(height));
  svg += fmt::format(R"(<text x="{}" y="28" text-anchor="middle" font-size="16" font-weight="bold">{}</text>)" "\n",
                     coordinate(k_centre_x), escape_xml(chart.title));
  if (axes < 3) {
    svg += "</svg>\n";
    return svg;
  }

  svg += R"(<g fill="none" stroke="#cccccc" stroke-width="1">)" "\n";
  for (double ring : chart.rings) {
    std::vector<Point> points;
    for (std::size_t i = 0; i < axes; ++i) points.push_back(on_axis(i, axes, fraction_of(chart, ring)));
    svg += fmt::format(R"(<polygon points="{}"/>)" "\n", polygon_points(points));
  }
  for (std::size_t i = 0; i < axes; ++i) {
    const Point end = on_axis(i, axes, 1.0);
    svg += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}"/>)" "\n", coordinate(k_centre_x), coordinate(k_centre_y),
                       coordinate(end.x), coordinate(end.y));
  }
  svg += "</g>\n";

  svg += R"(<g fill="#888888" font-size="11">)" "\n";
  for (double ring : chart.rings) {
    const Point at = on_axis(0, axes, fraction_of(chart, ring));
    svg += fmt::format(R"(<text x="{}" y="{}">{}</text>)" "\n", coordinate(at.x + 4), coordinate(at.y - 2),
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
                       escape_xml(series.color), dash_attribute(series.style), escape_xml(series.name));
  }

  svg += R"(<g fill="#222222">)" "\n";
  for (std::size_t i = 0; i < axes; ++i) {
    const Point at = on_axis(i, axes, 1.12);
    svg += fmt::format(R"(<text x="{}" y="{}" text-anchor="{}">{}</text>)" "\n", coordinate(at.x), coordinate(at.y + 4),
                       anchor_for(at.x), escape_xml(chart.axes[i]));
  }
  svg += "</g>\n";

  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const auto& series = chart.series[s];
    const double y = legend_top + 24.0 * static_cast<double>(s);
    svg += fmt::format(R"(<line x1="40" y1="{0}" x2="80" y2="{0}" stroke="{1}" stroke-width="2"{2}/>)"
                       R"(<text x="90" y="{3}">{4}</text>)" "\n",
                       coordinate(y), escape_xml(series.color), dash_attribute(series.style), coordinate(y + 4),
                       escape_xml(series.name));
  }
  svg += "</svg>\n";
  return svg;
}

} // namespace secaction::report
