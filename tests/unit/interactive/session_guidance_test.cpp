// The interactive session shows the source's guidance before the items and labels whose words an
// explanation is, as the report does (issue 16).
#include <doctest/doctest.h>

#include "secaction/interactive/session.hpp"
#include "test_support.hpp"

using namespace secaction;
using interactive::Session;

namespace {

const questionnaire::Instrument& instrument(const std::string& id) {
  Diagnostics ignored;
  const auto* in = test::embedded_library().get(id, ignored);
  REQUIRE(in != nullptr);
  return *in;
}

// Organisation and date given, so the session does not ask them first.
questionnaire::AnswerSet described(questionnaire::AnswerSet answers = {}) {
  answers.organization.name = "テスト株式会社";
  answers.assessed_on = Date{2026, 11, 20};
  return answers;
}

} // namespace

TEST_CASE("a fresh session shows the 3原則 and the 重要7項目 lead text, with their origin, before item 1") {
  const Session session(instrument("executive-7"), described(), {Lang::ja, 200, false, std::nullopt});
  const std::string text = session.start().text;
  const auto principles = text.find("経営者が認識すべき「3原則」");
  const auto origin = text.find("出典：第3.1版 第1部 経営者編 3.(1)（公式）");
  const auto lead = text.find("経営者は、以下の重要7項目を自ら実践するか");
  const auto first = text.find("[1/7]");
  REQUIRE(principles != std::string::npos);
  CHECK(principles < origin);
  CHECK(origin < lead);
  CHECK(lead < first);
  CHECK(text.find("原則2「委託先の情報セキュリティ対策まで考慮する」") < first);
}

TEST_CASE("the management sheet's session opens with 経営者が決定すべき事項 and the three questions, in English too") {
  const Session session(instrument("management"), described(), {Lang::en, 200, false, std::nullopt});
  const std::string text = session.start().text;
  CHECK(text.find("What executives must decide") < text.find("[1/"));
  CHECK(text.find("Question 1: Do you know how badly your business would be affected") < text.find("[1/"));
  CHECK(text.find("(official; the English is secaction's rendering)") != std::string::npos);
}

TEST_CASE("a resumed session goes straight to its item") {
  questionnaire::AnswerSet answers;
  answers.answers["1"] = {"yes", "", ""};
  const Session session(instrument("executive-7"), described(answers), {Lang::ja, 200, false, std::nullopt});
  const std::string text = session.start().text;
  CHECK(text.find("3原則") == std::string::npos);
  CHECK(text.find("[2/7]") != std::string::npos);
}

TEST_CASE("? labels secaction's explanation and examples and shows the official criteria with their origin") {
  Session session(instrument("five-principles"), described(), {Lang::ja, 200, false, std::nullopt});
  const std::string text = session.handle("?").text;
  CHECK(text.find("なぜ必要か（secaction の解説）") != std::string::npos);
  CHECK(text.find("対策（secaction の例）") != std::string::npos);
  CHECK(text.find("IPA の解説（公式）") != std::string::npos);
  CHECK(text.find("IPA の対策例（公式・二次資料による：") != std::string::npos);
}

TEST_CASE("a new file asks its organisation, date and assessor first, then shows the guidance before item 1") {
  Session session(instrument("executive-7"), {}, {Lang::ja, 200, false, Date{2026, 12, 7}});
  CHECK(session.start().text.find("組織名") != std::string::npos);
  session.handle("株式会社サンプル製作所");
  session.handle("");
  const std::string text = session.handle("山田 太郎").text;
  CHECK(text.find("経営者が認識すべき「3原則」") < text.find("[1/7]"));
}
