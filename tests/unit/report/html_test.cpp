#include <doctest/doctest.h>

#include "secaction/report/html.hpp"
#include "secaction/report/markdown_html.hpp"

using namespace secaction::report;

namespace {

Document sample() {
  Document doc;
  doc.title = "5分でできる！情報セキュリティ自社診断 結果";
  doc.fields({{"組織", "<script>alert(1)</script>"}, {"評価日", "2026-11-20"}});
  doc.heading(2, "結果");
  doc.fields({{"合計点", "56点 / 100点"}});
  doc.heading(2, "区分別の小計");
  doc.table({{"区分", "得点"}, {Align::left, Align::right}, {{"基本的対策", "12"}}});
  doc.image("グラフ", "chart.svg");
  return doc;
}

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_CASE("an HTML report is one self-contained page: no script, no fetch") {
  const auto html = render_html(sample(), {});
  CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"ja\">"));
  CHECK(contains(html, "default-src 'none'"));
  CHECK_FALSE(contains(html, "<script"));
  CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK_FALSE(contains(html, "<link"));
  CHECK_FALSE(contains(html, "src="));
}

TEST_CASE("the cover shows the verdict first, then who and when; the page header names them") {
  auto doc = sample();
  doc.band = Band{"対策が不十分", 2, 4};
  const auto html = render_html(doc, {});
  const auto verdict = html.find("<section class=\"verdict band band-3-of-4\">");
  const auto organisation = html.find("<dt>組織</dt>");
  REQUIRE(verdict != std::string::npos);
  REQUIRE(organisation != std::string::npos);
  CHECK(verdict < organisation);
  CHECK(organisation < html.find("</header>"));
  CHECK(contains(html, "<span class=\"band-mark\" aria-hidden=\"true\">△</span> 対策が不十分"));
  // The organisation in the printed header is a CSS string: its < cannot close the style sheet.
  CHECK(contains(
      html,
      "content: \"\\3c script\\3e alert(1)\\3c /script\\3e   |  5分でできる！情報セキュリティ自社診断 結果  |  2026-11-20\""));
  CHECK(html.find("</style>") == html.rfind("</style>"));
}

TEST_CASE("charts are inline SVG; without one the image is left out") {
  HtmlOptions options;
  options.inline_svg["chart.svg"] =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n";
  const auto with_chart = render_html(sample(), options);
  CHECK(contains(with_chart, "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n<figcaption>グラフ</figcaption>"));
  CHECK_FALSE(contains(with_chart, "<?xml"));
  CHECK_FALSE(contains(render_html(sample(), {}), "<figure>"));
}

TEST_CASE("wide tables switch to the stacked layout, cells labelled by their column") {
  Document doc;
  doc.title = "plan";
  Table wide;
  for (int i = 0; i < 9; ++i) wide.header.push_back("c" + std::to_string(i));
  wide.rows.push_back(std::vector<std::string>(9, "x"));
  doc.table(wide);
  const auto html = render_html(doc, {});
  CHECK(contains(html, "<table class=\"stacked\">"));
  CHECK(contains(html, "<td class=\"text\" data-label=\"c8\">x</td>"));
}

TEST_CASE("escape_css_string") { CHECK(escape_css_string("a\"b\\c</style>\nd") == "a\\\"b\\\\c\\3c /style\\3e  d"); }

TEST_CASE("Markdown drafts: raw HTML and autolinks stay text") {
  const auto body = markdown_to_html("# 方針\n\n<script>x</script> https://example.com \\[a\\](javascript:x)\n");
  CHECK(contains(body, "<h1>方針</h1>"));
  CHECK_FALSE(contains(body, "<script"));
  CHECK_FALSE(contains(body, "<a "));
  CHECK(contains(body, "&lt;script&gt;"));
}
