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
