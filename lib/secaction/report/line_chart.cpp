#include "secaction/report/line_chart.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "secaction/core/text.hpp"
#include "secaction/report/svg.hpp"

namespace secaction::report {
namespace {

constexpr double k_line_chart_width = 720;
constexpr double k_plot_left = 64;
constexpr double k_plot_right = 664;
constexpr double k_plot_top = 56;
constexpr double k_plot_bottom = 336;
constexpr double k_legend_top = 392;
constexpr double k_legend_row = 22;
constexpr double k_x_label_size = 11;

double x_of(std::size_t index, std::size_t count) {
  if (count <= 1) return (k_plot_left + k_plot_right) / 2;
  return k_plot_left + (k_plot_right - k_plot_left) * static_cast<double>(index) / static_cast<double>(count - 1);
}

double y_of(const LineChart& chart, double value) {
  const double span = chart.maximum - chart.minimum;
  const double fraction = span > 0 ? std::clamp((value - chart.minimum) / span, 0.0, 1.0) : 0.0;
  return k_plot_bottom - (k_plot_bottom - k_plot_top) * fraction;
}

// One <polyline> per unbroken run of values, so a missing value leaves a gap instead of a lie.
std::string series_lines(const LineChart& chart, const LineSeries& series) {
  std::string svg;
  std::string points;
  const std::size_t count = chart.x_labels.size();
  auto flush = [&] {
    if (points.find(' ') != std::string::npos) {
      svg += fmt::format(R"(<polyline points="{}" fill="none" stroke="{}" stroke-width="2"{}/>)" "\n", points,
                         escape_xml(series.color), svg_dash_attribute(series.style));
    }
    points.clear();
  };
  for (std::size_t i = 0; i < count; ++i) {
    if (i >= series.values.size() || !series.values[i]) {
      flush();
      continue;
    }
    if (!points.empty()) points += ' ';
    points += svg_number(x_of(i, count));
    points += ',';
    points += svg_number(y_of(chart, *series.values[i]));
  }
  flush();
  for (std::size_t i = 0; i < count && i < series.values.size(); ++i) {
    if (!series.values[i]) continue;
    svg += fmt::format(R"(<circle cx="{}" cy="{}" r="3.5" fill="{}"><title>{}: {}</title></circle>)" "\n", svg_number(x_of(i, count)),
                       svg_number(y_of(chart, *series.values[i])), escape_xml(series.color),
                       escape_xml(fmt::format("{} {}", series.name, chart.x_labels[i])),
                       escape_xml(fmt::format("{:g}", std::round(*series.values[i] * 10.0) / 10.0)));
  }
  return svg;
}

} // namespace

std::string render_line_chart_svg(const LineChart& chart) {
  const double height = k_legend_top + k_legend_row * static_cast<double>(chart.series.size()) + 12;
  std::string svg = svg_open(k_line_chart_width, height, chart.title);
  svg += fmt::format(R"(<text x="{}" y="28" text-anchor="middle" font-size="16" font-weight="bold">{}</text>)" "\n",
                     svg_number(k_line_chart_width / 2), escape_xml(chart.title));

  svg += R"(<g stroke="#dddddd" stroke-width="1">)" "\n";
  for (double line : chart.gridlines) {
    const double y = y_of(chart, line);
    svg += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}"/>)" "\n", svg_number(k_plot_left), svg_number(y),
                       svg_number(k_plot_right), svg_number(y));
  }
  svg += "</g>\n";
  svg += fmt::format(R"(<g stroke="#444444" stroke-width="1"><line x1="{0}" y1="{1}" x2="{0}" y2="{2}"/>)"
                     R"(<line x1="{0}" y1="{2}" x2="{3}" y2="{2}"/></g>)" "\n",
                     svg_number(k_plot_left), svg_number(k_plot_top), svg_number(k_plot_bottom), svg_number(k_plot_right));

  svg += R"(<g fill="#555555" font-size="11" text-anchor="end">)" "\n";
  for (double line : chart.gridlines) {
    svg += fmt::format(R"(<text x="{}" y="{}">{}</text>)" "\n", svg_number(k_plot_left - 6), svg_number(y_of(chart, line) + 4),
                       escape_xml(fmt::format("{:g}", line)));
  }
  svg += "</g>\n";
  if (!chart.y_label.empty()) {
    svg += fmt::format(R"(<text x="{}" y="{}" fill="#555555" font-size="11" text-anchor="end">{}</text>)" "\n",
                       svg_number(k_plot_left - 6), svg_number(k_plot_top - 12), escape_xml(chart.y_label));
  }

  // Labels that would overlap are thinned out: every step-th is drawn, the step chosen from the
  // widest label (estimated, generously) and the spacing of the points; the last label is drawn
  // in place of the one before it when those two would be too close.
  const std::size_t count = chart.x_labels.size();
  std::size_t widest = 0;
  for (const auto& label : chart.x_labels) widest = std::max(widest, display_width(label));
  const double label_pixels = static_cast<double>(widest) * k_x_label_size * 0.55 + 8;
  const double spacing = count > 1 ? (k_plot_right - k_plot_left) / static_cast<double>(count - 1) : label_pixels;
  const auto step = static_cast<std::size_t>(std::max(1.0, std::ceil(label_pixels / spacing)));
  std::vector<bool> drawn(count, false);
  for (std::size_t i = 0; i < count; i += step) drawn[i] = true;
  if (count > 0 && !drawn[count - 1]) {
    drawn[count - 1] = true;
    const std::size_t previous = (count - 1) / step * step;
    if (previous != count - 1 && static_cast<double>(count - 1 - previous) * spacing < label_pixels) drawn[previous] = false;
  }
  svg += R"(<g fill="#222222" font-size="11" text-anchor="middle">)" "\n";
  for (std::size_t i = 0; i < count; ++i) {
    if (!drawn[i]) continue;
    svg += fmt::format(R"(<text x="{}" y="{}">{}</text>)" "\n", svg_number(x_of(i, count)), svg_number(k_plot_bottom + 18),
                       escape_xml(chart.x_labels[i]));
  }
  svg += "</g>\n";

  for (const auto& series : chart.series) svg += series_lines(chart, series);

  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const auto& series = chart.series[s];
    const double y = k_legend_top + k_legend_row * static_cast<double>(s);
    svg += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{2}" y2="{1}" stroke="{3}" stroke-width="2"{4}/>)"
                       R"(<text x="{5}" y="{6}">{7}</text>)" "\n",
                       svg_number(k_plot_left), svg_number(y), svg_number(k_plot_left + 40), escape_xml(series.color),
                       svg_dash_attribute(series.style), svg_number(k_plot_left + 50), svg_number(y + 4), escape_xml(series.name));
  }
  return svg + svg_close();
}

} // namespace secaction::report
