#include <string>

#include <doctest/doctest.h>

#include "secaction/report/radar.hpp"

using namespace secaction::report;

namespace {

// A minimal well-formedness check: every '<' opens a tag that closes, and start and end tags nest.
bool tags_balanced(const std::string& svg) {
  std::vector<std::string> open;
  std::size_t pos = 0;
  while ((pos = svg.find('<', pos)) != std::string::npos) {
    const std::size_t end = svg.find('>', pos);
    if (end == std::string::npos) return false;
    const std::string tag = svg.substr(pos + 1, end - pos - 1);
    pos = end + 1;
    if (tag.empty() || tag[0] == '?' || tag[0] == '!') continue;
    if (tag.back() == '/') continue;
    const std::string name = tag.substr(tag[0] == '/' ? 1 : 0, tag.find_first_of(" /", 1) - (tag[0] == '/' ? 1 : 0));
    if (tag[0] == '/') {
      if (open.empty() || open.back() != name) return false;
      open.pop_back();
    } else {
      open.push_back(name.substr(0, name.find(' ')));
    }
  }
  return open.empty();
}

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
  CHECK(tags_balanced(svg));
  CHECK(svg.find("A &lt;b&gt;&amp;&quot;title&quot;&apos;") != std::string::npos);
  CHECK(svg.find("運用 &amp; 管理") != std::string::npos);
  CHECK(svg.find("&lt;事故&gt;") != std::string::npos);
  CHECK(svg.find("自社 &lt;company&gt;") != std::string::npos);
  CHECK(svg.find("<b>") == std::string::npos);
  CHECK(svg.find("-0.0") == std::string::npos);
  CHECK(svg == render_radar_svg(sample()));
  CHECK(svg.back() == '\n');
}

TEST_CASE("escape_xml") {
  CHECK(escape_xml("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&apos;");
  CHECK(escape_xml(std::string("x\x01y")) == "x y");
}
