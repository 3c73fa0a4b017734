#include <string>

#include <doctest/doctest.h>

#include "secaction/report/radar.hpp"
#include "svg_well_formed.hpp"

using namespace secaction::report;

namespace {

RadarChart sample() {
  RadarChart chart;
  chart.title = "A <b>&\"title\"'";
  chart.axes = {"組織", "物理", "運用 & 管理", "アクセス", "<事故>"};
  chart.rings = {1, 2, 3, 4, 5};
  chart.series = {{"自社 <company>", {1, 2, 3, 4, 5}, "#1f77b4", LineStyle::solid, true},
                  {"desired", {3, 3, 3, 3, 3}, "#d62728", LineStyle::dashed, false}};
  return chart;
}

} // namespace

TEST_CASE("radar SVG is well-formed, escapes every text and is deterministic") {
  const std::string svg = render_radar_svg(sample());
  CHECK(svg.rfind("<?xml", 0) == 0);
  CHECK(svg.find("<svg xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
  CHECK(secaction::test::tags_balanced(svg));
  CHECK(svg.find("A &lt;b&gt;&amp;&quot;title&quot;&apos;") != std::string::npos);
  CHECK(svg.find("運用 &amp; 管理") != std::string::npos);
  CHECK(svg.find("&lt;事故&gt;") != std::string::npos);
  CHECK(svg.find("自社 &lt;company&gt;") != std::string::npos);
  CHECK(svg.find("<b>") == std::string::npos);
  CHECK(svg.find("-0.0") == std::string::npos);
  CHECK(svg == render_radar_svg(sample()));
  CHECK(svg.back() == '\n');
}

TEST_CASE("radar: series lying on each other stay distinguishable: the first drawn widest, each with its own marker") {
  RadarChart chart = sample();
  chart.series.push_back({"peers", {1, 2, 3, 4, 5}, "#2ca02c", LineStyle::dotted, false}); // the same as the first
  const std::string svg = render_radar_svg(chart);
  CHECK(svg.find(R"(stroke="#1f77b4" stroke-width="4")") != std::string::npos);
  CHECK(svg.find(R"(stroke="#2ca02c" stroke-width="2")") != std::string::npos);
  CHECK(svg.find(R"(<circle cx=)") != std::string::npos);         // first series
  CHECK(svg.find(R"(height="7" fill="#d62728")") != std::string::npos); // second: squares
  CHECK(svg.find(R"(fill="#2ca02c"/>)") != std::string::npos);       // third: diamonds
}

TEST_CASE("radar: a long axis label is wrapped or shrunk to stay inside the chart") {
  RadarChart chart = sample();
  chart.axes[1] = "情報システム及び通信ネットワークの運用管理とその他たくさんの長い名前";
  const std::string svg = render_radar_svg(chart);
  CHECK(svg.find(chart.axes[1]) == std::string::npos); // not on one line
  CHECK(svg.find(">情報システム及び通信") != std::string::npos);
}
