#include <doctest/doctest.h>

#include "secaction/report/credits.hpp"
#include "secaction/report/markdown.hpp"

using namespace secaction;
using namespace secaction::report;

TEST_CASE("the footer lists whose words the report shows: official, then official-secondary with its source, then secaction's") {
  Document doc;
  doc.credit(Origin::secaction, "解説");
  doc.credit(Origin::official_secondary, "現在の状況", "付録3", "東京都 ハンドブック");
  doc.credit(Origin::official, "設問文", "付録3");
  doc.credit(Origin::official, "3原則", "第1部 3.(1)");
  doc.credit(Origin::official, "注記", "付録3");
  doc.credit(Origin::secaction, "解説"); // credited twice, listed once
  add_credits_section(doc, Lang::ja);
  CHECK(render_markdown(doc) == "## 文言の出典\n\n"
                                "- 公式（付録3）：設問文、注記\n"
                                "- 公式（第1部 3.(1)）：3原則\n"
                                "- 公式・二次資料による（付録3。引用元：東京都 ハンドブック）：現在の状況\n"
                                "- secaction 独自：解説\n");
}

TEST_CASE("the English footer names the secondary source and joins with semicolons") {
  Document doc;
  doc.credit(Origin::official_secondary, "the bands", "Appendix 7", "Tokyo handbook");
  doc.credit(Origin::secaction, "the threat catalogue");
  doc.credit(Origin::secaction, "the recommendation rule");
  add_credits_section(doc, Lang::en);
  CHECK(render_markdown(doc) == "## Whose words these are\n\n"
                                "- Official, as quoted in Tokyo handbook (Appendix 7): the bands\n"
                                "- secaction's own: the threat catalogue; the recommendation rule\n");
}

TEST_CASE("a secaction credit carries no source, and a report with no credits gets no footer") {
  Document doc;
  doc.credit(Origin::secaction, "rule", "ignored", "ignored");
  REQUIRE(doc.credits.size() == 1);
  CHECK(doc.credits[0].source.empty());
  CHECK(doc.credits[0].via.empty());
  Document empty;
  add_credits_section(empty, Lang::ja);
  CHECK(empty.blocks.empty());
}
