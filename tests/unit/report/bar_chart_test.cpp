#include <string>

#include <doctest/doctest.h>

#include "secaction/core/text.hpp"
#include "secaction/report/bar_chart.hpp"
#include "svg_well_formed.hpp"

using namespace secaction::report;

namespace {

BarChart sample() {
  BarChart chart;
  chart.title = "自社診断（Acme & <script>alert(1)</script>）";
  chart.bars = {{"基本的対策（No.1〜5）", 16, 20, "16点 / 20点（80%）", {}, false},
                {"R&D <b>\"lab\"</b>", 30, 52, "", {}, false},
                {"合計", 72, 100, "72点 / 100点（72%）", {{50, "50点"}, {70, "70点"}}, true}};
  chart.notes = {"破線は評価の目安の境目です：50点から「対策が不十分」。"};
  return chart;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t found = 0;
  for (std::size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + what.size())) ++found;
  return found;
}

} // namespace

TEST_CASE("bar chart SVG is well-formed, escapes hostile labels and is deterministic") {
  const std::string svg = render_bar_svg(sample());
  CHECK(svg.rfind("<?xml", 0) == 0);
  CHECK(secaction::test::tags_balanced(svg));
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(svg.find("Acme &amp; ") != std::string::npos);
  CHECK(svg.find("R&amp;D &lt;b&gt;&quot;lab&quot;&lt;/b&gt;") != std::string::npos);
  CHECK(svg.find("<b>") == std::string::npos);
  CHECK(svg.find("-0.0") == std::string::npos);
  CHECK(svg == render_bar_svg(sample()));
  CHECK(svg.back() == '\n');
}

TEST_CASE("bars are as long as their value's share of their own maximum, clamped to the track") {
  BarChart chart;
  chart.title = "t";
  chart.bars = {{"half", 10, 20, "x", {}, false}, {"negative", -5, 20, "x", {}, false}, {"over", 30, 20, "x", {}, false},
                {"no maximum", 3, 0, "x", {}, false}};
  const std::string svg = render_bar_svg(chart);
  // The value text "x" takes 7px + a 12px gap: the track is 720 - 48 - 19 = 653px wide.
  CHECK(count(svg, R"(width="653.0" height="18.0" fill="#e8e8e8")") == 4);
  CHECK(svg.find(R"(width="326.5" height="18.0" fill="#4a90d9")") != std::string::npos);
  CHECK(count(svg, R"(width="0.0" height="18.0" fill="#4a90d9")") == 2);
  CHECK(svg.find(R"(width="653.0" height="18.0" fill="#4a90d9")") != std::string::npos);
}

TEST_CASE("marks are drawn inside the bar only, with their labels, and the emphasised bar is darker") {
  const std::string svg = render_bar_svg(sample());
  CHECK(count(svg, "stroke-dasharray") == 2);
  CHECK(svg.find(">50点</text>") != std::string::npos);
  CHECK(svg.find(">70点</text>") != std::string::npos);
  CHECK(svg.find("#1f4e79") != std::string::npos);
  BarChart outside;
  outside.bars = {{"x", 1, 10, "", {{-1, "below"}, {11, "above"}}, false}};
  const std::string none = render_bar_svg(outside);
  CHECK(none.find("stroke-dasharray") == std::string::npos);
  CHECK(none.find("below") == std::string::npos);
  CHECK(none.find(">1</text>") != std::string::npos); // no value_text: the value itself
}

TEST_CASE("a long Japanese label wraps onto several lines, each within the width") {
  BarChart chart;
  chart.title = "t";
  const std::string label = "緊急時の対応体制（緊急連絡先や初動対応マニュアル、CSIRT）の整備、定期的かつ実践的な演習の実施、"
                            "被害発覚後の通知先や開示が必要な情報の把握";
  chart.bars = {{label, 1, 2, "50%（1 / 2）", {}, false}};
  const std::string svg = render_bar_svg(chart);
  CHECK(svg.find(label) == std::string::npos); // not on one line
  CHECK(svg.find(">緊急時の対応体制") != std::string::npos);
  CHECK(count(svg, R"(<text x="24.0")") == 3); // the title and two lines of label
  // Each line fits the 672px of the chart at an estimated 7px per column.
  for (const auto& line : wrap_by_display_width(label, 96)) CHECK(secaction::display_width(line) <= 96);
}

TEST_CASE("wrap_by_display_width breaks at spaces, between wide characters and not before closing punctuation") {
  CHECK(wrap_by_display_width("one two three", 7) == std::vector<std::string>{"one two", "three"});
  CHECK(wrap_by_display_width("", 10) == std::vector<std::string>{""});
  CHECK(wrap_by_display_width("abcdefghij", 4) == std::vector<std::string>{"abcd", "efgh", "ij"});
  const auto lines = wrap_by_display_width("基本的対策と組織としての対策", 8);
  CHECK(lines == std::vector<std::string>{"基本的対", "策と組織", "としての", "対策"});
  for (const auto& line : lines) CHECK(secaction::display_width(line) <= 8);
  // 。 and 」 never start a line, 「 never ends one.
  CHECK(wrap_by_display_width("あいう。えお", 6) == std::vector<std::string>{"あいう。", "えお"});
  CHECK(wrap_by_display_width("あい「うえ」", 6) == std::vector<std::string>{"あい", "「うえ」"});
  CHECK(wrap_by_display_width("No.1〜5 Basic measures", 12) == std::vector<std::string>{"No.1〜5", "Basic", "measures"});
  // An item range is never split at its wave dash.
  CHECK(wrap_by_display_width("対策（No.7-1〜7-2）", 14) == std::vector<std::string>{"対策", "（No.7-1〜7-2）"});
}
