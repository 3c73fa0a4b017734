#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "report/svg_well_formed.hpp"
#include "secaction/report/line_chart.hpp"

using namespace secaction;
using namespace secaction::report;

namespace {

LineChart sample() {
  LineChart chart;
  chart.title = "Trend <&> \"scores\"";
  chart.y_label = "%";
  chart.x_labels = {"2026-01-01", "2026-04-01", "2026-07-01"};
  chart.gridlines = {0, 50, 100};
  chart.series.push_back({"Total", {40.0, 55.0, 70.0}, "#222222", LineStyle::solid});
  chart.series.push_back({"Part <1>", {20.0, std::nullopt, 150.0}, "#1f77b4", LineStyle::dashed});
  return chart;
}

} // namespace

TEST_CASE("line chart: well-formed SVG, texts escaped, no external resources") {
  const auto svg = render_line_chart_svg(sample());
  CHECK(test::tags_balanced(svg));
  CHECK(svg.find("Trend &lt;&amp;&gt; &quot;scores&quot;") != std::string::npos);
  CHECK(svg.find("Part &lt;1&gt;") != std::string::npos);
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("href") == std::string::npos);
  CHECK(svg.find("@import") == std::string::npos);
  CHECK(svg.back() == '\n');
}

TEST_CASE("line chart: a missing value breaks the line; values are clamped; output is deterministic") {
  const auto svg = render_line_chart_svg(sample());
  // The total is one polyline of three points; the part has no two adjacent values, so no polyline.
  std::size_t polylines = 0;
  for (std::size_t pos = 0; (pos = svg.find("<polyline", pos)) != std::string::npos; ++pos) ++polylines;
  CHECK(polylines == 1);
  // 150 on a 0–100 axis is drawn at the top of the plot (y = 56), never above it.
  CHECK(svg.find(R"(cy="56.0")") != std::string::npos);
  CHECK(svg.find("-0.0") == std::string::npos);
  CHECK(render_line_chart_svg(sample()) == svg);
}

TEST_CASE("line chart: one point and no series still give a valid document") {
  LineChart chart;
  chart.title = "t";
  chart.x_labels = {"2026-01-01"};
  chart.series.push_back({"Total", {50.0}, "#000000", LineStyle::solid});
  const auto one = render_line_chart_svg(chart);
  CHECK(test::tags_balanced(one));
  CHECK(one.find("<circle") != std::string::npos);
  chart.series.clear();
  chart.x_labels.clear();
  CHECK(test::tags_balanced(render_line_chart_svg(chart)));
}

TEST_CASE("line chart: 20 dates are thinned so that no two labels overlap; the first and last are shown") {
  LineChart chart;
  chart.title = "Quarterly";
  for (int i = 0; i < 20; ++i) chart.x_labels.push_back(fmt::format("{}-{:02}-15", 2022 + i / 4, 1 + 3 * (i % 4)));
  chart.series.push_back({"Total", std::vector<std::optional<double>>(20, 50.0), "#222222", LineStyle::solid});
  const std::string svg = render_line_chart_svg(chart);
  std::vector<double> xs;
  for (std::size_t at = svg.find(R"(<text x=")"); at != std::string::npos; at = svg.find(R"(<text x=")", at + 1)) {
    const std::size_t close = svg.find('>', at);
    if (svg.substr(close + 1, 2) == "20") xs.push_back(std::stod(svg.substr(at + 9))); // a date label
  }
  REQUIRE(xs.size() >= 5);
  CHECK(svg.find(">2022-01-15<") != std::string::npos);
  CHECK(svg.find(">2026-10-15<") != std::string::npos);
  // A 10-character label at 11 px is at most ~61 px wide: neighbours need that much room.
  for (std::size_t i = 1; i < xs.size(); ++i) CHECK(xs[i] - xs[i - 1] >= 61);
}
