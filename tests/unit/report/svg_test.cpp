#include <cmath>
#include <random>
#include <string>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "secaction/report/svg.hpp"
#include "svg_well_formed.hpp"

using namespace secaction::report;

TEST_CASE("escape_xml escapes markup and drops control characters XML 1.0 forbids") {
  CHECK(escape_xml("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&apos;");
  CHECK(escape_xml(std::string("x\x01y")) == "x y");
  CHECK(escape_xml("tab\tand\nnewline") == "tab\tand\nnewline");
  CHECK(escape_xml("<script>alert(1)</script>").find('<') == std::string::npos);
}

TEST_CASE("svg_number prints what fmt's {:.1f} prints of the value rounded to tenths") {
  // The rule it replaced, kept here as the reference.
  const auto reference = [](double value) {
    double rounded = std::round(value * 10.0) / 10.0;
    if (rounded == 0.0) rounded = 0.0;
    return fmt::format("{:.1f}", rounded);
  };
  std::mt19937_64 random(19);
  std::uniform_real_distribution<double> coordinate(-5000.0, 5000.0);
  for (int i = 0; i < 200000; ++i) {
    const double value = coordinate(random);
    REQUIRE_MESSAGE(svg_number(value) == reference(value), value);
    const double tie = std::round(value * 10.0) / 10.0 + 0.05; // halfway between two tenths
    REQUIRE_MESSAGE(svg_number(tie) == reference(tie), tie);
  }
  for (double value : {0.0, -0.0, -0.05, 0.05, 0.95, -0.95, 1e13, -1e13, 1e20, std::nan(""), HUGE_VAL}) {
    CHECK_MESSAGE(svg_number(value) == reference(value), value);
  }
}

TEST_CASE("svg_number has one decimal and no negative zero") {
  CHECK(svg_number(1) == "1.0");
  CHECK(svg_number(2.25) == "2.3");
  CHECK(svg_number(-0.04) == "0.0");
  CHECK(svg_number(-1.26) == "-1.3");
}

TEST_CASE("svg_open and svg_close make a complete document with an escaped title") {
  const std::string svg = svg_open(100, 50, "A & <B>") + svg_close();
  CHECK(svg.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0) == 0);
  CHECK(svg.find(R"(width="100.0" height="50.0" viewBox="0 0 100.0 50.0")") != std::string::npos);
  CHECK(svg.find("<title>A &amp; &lt;B&gt;</title>") != std::string::npos);
  CHECK(svg.find("Noto Sans CJK JP") != std::string::npos);
  CHECK(svg.find("http://") == svg.find("http://www.w3.org/2000/svg"));
  CHECK(secaction::test::tags_balanced(svg));
}

TEST_CASE("svg_dash_attribute: nothing for a solid line, a dash pattern otherwise") {
  CHECK(svg_dash_attribute(LineStyle::solid).empty());
  CHECK(svg_dash_attribute(LineStyle::dashed) == R"( stroke-dasharray="8 4")");
  CHECK(svg_dash_attribute(LineStyle::dotted) == R"( stroke-dasharray="2 3")");
}
