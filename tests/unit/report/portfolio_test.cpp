#include <doctest/doctest.h>

#include "secaction/report/portfolio.hpp"

using namespace secaction;
using namespace secaction::report;

namespace {

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_CASE("the HTML portfolio: a row per client, the weakest items first, links made safe") {
  PortfolioOptions options;
  options.command = "diagnose";
  options.columns = {"file", "organization", "score", "band", "band_label"};
  PortfolioHtml portfolio(options);
  SummaryRow first = {
      {"file", "a.yaml"}, {"organization", "<b>A</b>"}, {"score", 56}, {"band", "insufficient"}, {"band_label", "対策が不十分"}};
  SummaryRow second = {{"file", "b.yaml"}, {"organization", "B"}, {"score", 100}, {"band", "full"}, {"band_label", "達成"}};
  const std::vector<ItemScore> weak = {{"self-diagnosis", "1", "No.1 OS", 4, 4}, {"self-diagnosis", "2", "No.2 ウイルス", 0, 4}};
  const std::vector<ItemScore> strong = {{"self-diagnosis", "1", "No.1 OS", 4, 4},
                                         {"self-diagnosis", "2", "No.2 ウイルス", 2, 4}};
  const std::string row = portfolio.add({&first, &weak, Band{"対策が不十分", 2, 4}, "out/javascript:x\"y.html"});
  portfolio.add({&second, &strong, Band{"達成", 0, 4}, ""});
  CHECK(contains(row, "&lt;b&gt;A&lt;/b&gt;"));
  CHECK(contains(row, "<a href=\"out/javascript%3Ax%22y.html\">")); // no scheme, no quote: a relative file name
  CHECK(contains(row, "band band-3-of-4\"><span class=\"band-mark\" aria-hidden=\"true\">△</span> 対策が不十分"));
  CHECK_FALSE(contains(row, ">insufficient<")); // the band's id is not shown: its label is
  const auto page = portfolio.page();
  CHECK(page.before_rows.starts_with("<!DOCTYPE html>"));
  // No.2 (a quarter of its points on average) is weak in both clients; No.1 is done everywhere and not listed.
  CHECK(
      contains(page.before_rows, "<td class=\"text\">No.2 ウイルス</td><td class=\"num\">25%</td><td class=\"num\">2 / 2</td>"));
  CHECK_FALSE(contains(page.before_rows, "No.1 OS"));
  CHECK(contains(page.before_rows, "<dt>クライアント数</dt><dd>2</dd>"));
  CHECK(page.before_rows.ends_with("<tbody>\n"));
  CHECK(page.after_rows.starts_with("</tbody>"));
  CHECK(page.after_rows.ends_with("</html>\n"));
}
