#include <doctest/doctest.h>

#include "secaction/questionnaire/guidance.hpp"
#include "secaction/questionnaire/present.hpp"
#include "secaction/report/markdown.hpp"
#include "test_support.hpp"

using namespace secaction;
using namespace secaction::questionnaire;

namespace {

const Instrument& instrument(const std::string& id) {
  Diagnostics d;
  const auto* in = test::embedded_library().get(id, d);
  REQUIRE(in != nullptr);
  return *in;
}

std::string report_of(const std::string& id, Lang lang) {
  const Instrument& in = instrument(id);
  AnswerSet set;
  set.instrument = id;
  for (const auto& part : in.parts) {
    for (const auto& item : part.items) set.answers[item.number] = {"no", {}, {}};
  }
  return report::render_markdown(to_document(assess(in, set, Date{2026, 11, 20}), lang, {}, ""));
}

} // namespace

TEST_CASE("the guidance blocks are the preamble, then the context blocks, in content order") {
  const auto blocks = guidance_blocks(instrument("management"));
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[0]->title.ja == "サイバーセキュリティ経営の原則（3原則）");
  CHECK(blocks[1]->id == "decisions");
  CHECK(blocks[2]->id == "three-questions");
  CHECK(guidance_blocks(instrument("self-diagnosis")).empty());
}

TEST_CASE("a block says where it stands in the source and whose words it is") {
  const Preamble& principles = instrument("executive-7").preamble;
  CHECK(guidance_provenance(Lang::ja, principles) == "出典：第3.1版 第1部 経営者編 3.(1)（公式）");
  CHECK(guidance_provenance(Lang::en, principles) ==
        "Source: Edition 3.1, Part 1, 3.(1) (official; the English is secaction's rendering)");
  CHECK(
      guidance_entry(Lang::ja, principles.entries[1]) ==
      "原則2「委託先の情報セキュリティ対策まで考慮する」：必要に応じて委託先が実施している情報セキュリティ対策も確認し、不十分な場合は対処を検討");
}

TEST_CASE("the report prints the 3原則 and 重要7項目 lead text before the result, and credits them") {
  const std::string md = report_of("executive-7", Lang::ja);
  const auto principles = md.find("## 経営者が認識すべき「3原則」");
  const auto lead = md.find("経営者は、以下の重要7項目を自ら実践するか");
  const auto result = md.find("## 結果");
  REQUIRE(principles != std::string::npos);
  REQUIRE(lead != std::string::npos);
  CHECK(principles < lead);
  CHECK(lead < result);
  CHECK(md.find("原則3「関係者とは常に情報セキュリティに関するコミュニケーションをとる」") < result);
  CHECK(md.find("- 公式（第3.1版 第1部 経営者編 3.(1)）：「経営者が認識すべき「3原則」」") != std::string::npos);
}

TEST_CASE("the management sheet's report shows the 3原則, 経営者が決定すべき事項 and the three questions") {
  const std::string md = report_of("management", Lang::ja);
  CHECK(md.find("## 経営者が決定すべき事項") < md.find("## 結果"));
  CHECK(md.find("問い①「ネットワークが 1 週間遮断された場合のビジネスへの影響度がわかりますか？」") < md.find("## 結果"));
  CHECK(md.find("## 文言の出典") != std::string::npos);
}

TEST_CASE("outsourcing shows 原則2 of the 3原則, labelled official, before its secaction questions") {
  const std::string md = report_of("outsourcing", Lang::en);
  CHECK(md.find("Principle 2: Take your contractors' information security into account as well.") < md.find("## Result"));
  CHECK(md.find("(official; the English is secaction's rendering)") != std::string::npos);
  CHECK(md.find("- secaction's own: ") != std::string::npos);
}
