#include <doctest/doctest.h>

#include "secaction/load/answers_loader.hpp"
#include "secaction/load/answer_file_writer.hpp"
#include "test_support.hpp"

using namespace secaction;

namespace {

const questionnaire::Instrument& self_diagnosis() {
  Diagnostics ignored;
  return *test::embedded_library().get("self-diagnosis", ignored);
}

std::optional<load::LoadedAnswers> reload(const std::string& text, std::vector<std::string>& errors) {
  Diagnostics d;
  auto loaded = load::load_answer_file(text, "saved.yaml", test::embedded_library(),
                                          {"diagnose", load::MissingAnswers::score_unknown}, d);
  for (const auto& diagnostic : d.in_reading_order()) errors.push_back(format_diagnostic(diagnostic));
  return loaded;
}

} // namespace

TEST_CASE("hostile notes survive a round trip through the real loader") {
  const std::vector<std::string> notes = {
      "key: value # not a comment",
      "\"double\" and 'single' quotes",
      "line one\nline two\r\nline three",
      "back\\slash \\n not a newline",
      "  leading and trailing spaces  ",
      "yes",
      "null",
      "~",
      "- a list?",
      "{flow: map}, [flow, seq]",
      "&anchor *alias !tag |literal >folded %directive @at `tick`",
      "tab\there",
      "bell\a, escape\x1b[31m, delete\x7f",
      "共有PCのパスワードが短い：要対応 ＃１",
      "line\xe2\x80\xa8separator and next\xc2\x85line and bom\xef\xbb\xbf",
      "emoji 🔐 ok",
  };
  const auto& instrument = self_diagnosis();
  questionnaire::AnswerSet answers;
  answers.organization.name = "株式会社 \"試験\": #1";
  answers.organization.employees = 12;
  answers.assessor = "山田: 'テスト'";
  answers.assessed_on = parse_date("2026-11-20");
  for (std::size_t i = 0; i < notes.size(); ++i) {
    answers.answers[std::to_string(i + 1)] = {i % 2 == 0 ? "partial" : "no", notes[i], i == 0 ? "evidence: \"x\" # y" : ""};
  }
  const std::string text = load::write_answer_file(instrument, answers, Lang::ja, "続きから回答: secaction diagnose --save a.yaml");
  std::vector<std::string> errors;
  const auto loaded = reload(text, errors);
  INFO(text);
  REQUIRE(errors.empty());
  REQUIRE(loaded);
  const auto& back = loaded->answers;
  CHECK(back.organization.name == answers.organization.name);
  CHECK(back.organization.employees == 12);
  CHECK(back.assessor == answers.assessor);
  CHECK(back.assessed_on == answers.assessed_on);
  for (std::size_t i = 0; i < notes.size(); ++i) {
    const auto& answer = back.answers.at(std::to_string(i + 1));
    CHECK(answer.note == notes[i]);
    CHECK(answer.option_id == answers.answers.at(std::to_string(i + 1)).option_id);
  }
  CHECK(back.answers.at("1").evidence == "evidence: \"x\" # y");
  // Items 17–25 were not answered: they are blank, so they load as missing.
  CHECK(back.missing.size() == 25 - notes.size());
}

TEST_CASE("quote_yaml: each byte of an overlong, surrogate or cut-short sequence becomes U+FFFD; valid text is kept or escaped") {
  const std::string fffd = "\xef\xbf\xbd";
  CHECK(load::quote_yaml("\xc0\xaf") == "\"" + fffd + fffd + "\"");                  // overlong '/'
  CHECK(load::quote_yaml("\xed\xa0\x80") == "\"" + fffd + fffd + fffd + "\"");       // a UTF-16 surrogate
  CHECK(load::quote_yaml("\xe3\x81") == "\"" + fffd + fffd + "\"");                  // cut short
  CHECK(load::quote_yaml("\xf4\x90\x80\x80") == "\"" + fffd + fffd + fffd + fffd + "\""); // past U+10FFFF
  CHECK(load::quote_yaml("🔐あ") == "\"🔐あ\"");
  CHECK(load::quote_yaml("a\xc2\x85" "b\xe2\x80\xa8" "c\x01") == "\"a\\x85b\\u2028c\\x01\"");
}

TEST_CASE("invalid UTF-8 in a note becomes U+FFFD instead of breaking the file") {
  CHECK(load::quote_yaml("a\xff" "b") == "\"a\xef\xbf\xbd" "b\"");
  CHECK(load::quote_yaml("") == "\"\"");
  CHECK(load::quote_yaml("a\"b\\c\nd") == "\"a\\\"b\\\\c\\nd\"");
}

TEST_CASE("a blank session writes a file that loads with every item unanswered") {
  questionnaire::AnswerSet answers;
  const std::string text = load::write_answer_file(self_diagnosis(), answers, Lang::en, "");
  std::vector<std::string> errors;
  const auto loaded = reload(text, errors);
  REQUIRE(errors.empty());
  REQUIRE(loaded);
  CHECK(loaded->answers.answers.empty());
  CHECK(loaded->answers.missing.size() == 25);
  CHECK(text.find("  1:\n") != std::string::npos);
}
