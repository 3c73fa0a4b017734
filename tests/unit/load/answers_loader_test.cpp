#include <doctest/doctest.h>

#include "secaction/load/answers_loader.hpp"
#include "secaction/load/yaml_reader.hpp"
#include "test_support.hpp"

using namespace secaction;
using namespace secaction::load;

namespace {

std::string all_answers(const std::string& value, int from = 1, int to = 25) {
  std::string text;
  for (int i = from; i <= to; ++i) text += "  " + std::to_string(i) + ": " + value + "\n";
  return text;
}

struct Result {
  std::optional<LoadedAnswers> loaded;
  std::vector<std::string> errors;
};

Result load_text(const std::string& yaml, MissingAnswers missing = MissingAnswers::error, const std::string& command = "diagnose") {
  Diagnostics d;
  Result result;
  result.loaded = load_answer_file(yaml, "a.yaml", test::embedded_library(), {command, missing}, d);
  for (const auto& diagnostic : d.in_reading_order()) result.errors.push_back(format_diagnostic(diagnostic));
  return result;
}

} // namespace

TEST_CASE("answers may use ids, Japanese labels, English labels and aliases") {
  auto r = load_text("instrument: self-diagnosis\nanswers:\n  1: yes\n  2: 一部実施している\n  3: Not implemented\n  4: 分からない\n"
                "  5: 該当しない\n" +
                all_answers("yes", 6));
  REQUIRE(r.errors.empty());
  REQUIRE(r.loaded);
  const auto& answers = r.loaded->answers.answers;
  CHECK(answers.at("1").option_id == "yes");
  CHECK(answers.at("2").option_id == "partial");
  CHECK(answers.at("3").option_id == "no");
  CHECK(answers.at("4").option_id == "unknown");
  CHECK(answers.at("5").option_id == "na");
}

TEST_CASE("notes, evidence, organisation and date are read") {
  auto r = load_text("instrument: self-diagnosis\norganization: {name: 株式会社テスト, industry: 小売業, employees: 12}\n"
                "assessed_on: 2026-11-20\nassessor: 佐藤\nanswers:\n  1: {answer: no, note: メモ, evidence: 台帳}\n" +
                all_answers("yes", 2));
  REQUIRE(r.loaded);
  const auto& set = r.loaded->answers;
  CHECK(set.organization.name == "株式会社テスト");
  CHECK(set.organization.employees == 12);
  CHECK(set.assessed_on == Date{2026, 11, 20});
  CHECK(set.assessor == "佐藤");
  CHECK(set.answers.at("1").note == "メモ");
  CHECK(set.answers.at("1").evidence == "台帳");
}

TEST_CASE("every problem in the file is reported in one run, in reading order") {
  auto r = load_text("instrument: self-diagnosis\nanswers:\n  1: maybe\n  26: yes\n  01: no\n" + all_answers("yes", 2, 20));
  CHECK_FALSE(r.loaded);
  REQUIRE(r.errors.size() == 4);
  CHECK(r.errors[0] == "a.yaml:2:1: error: no answer for items 21–25 (of 25); answer them, or use --allow-missing to score them as "
                       "わからない (unknown)");
  CHECK(r.errors[1].rfind("a.yaml:3:6: error: item 1: 'maybe' is not a valid answer; valid answers: yes, partial, no, unknown, na "
                          "(or 実施している,",
                          0) == 0);
  CHECK(r.errors[2] == "a.yaml:4:3: error: unknown item number '26' in self-diagnosis; valid numbers: 1–25");
  CHECK(r.errors[3] == "a.yaml:5:3: error: item 1 is answered twice (as '1' and '01')");
}

TEST_CASE("--allow-missing scores unanswered items as わからない and lists them") {
  auto r = load_text("instrument: self-diagnosis\nanswers:\n  1: yes\n  2:\n", MissingAnswers::score_unknown);
  REQUIRE(r.errors.empty());
  REQUIRE(r.loaded);
  CHECK(r.loaded->answers.missing.size() == 24);
  CHECK(r.loaded->answers.missing.front() == "2");
}

TEST_CASE("an answer file for another subcommand or an unknown instrument is refused") {
  auto other = load_text("instrument: cloud\nanswers:\n  1: yes\n");
  REQUIRE(other.errors.size() == 1);
  CHECK(other.errors[0] == "a.yaml:1:13: error: 'cloud' is answered with `secaction checklist`, not `secaction diagnose`");
  auto unknown = load_text("instrument: nope\nanswers: {}\n");
  REQUIRE(unknown.errors.size() == 1);
  CHECK(unknown.errors[0].rfind("a.yaml:1:13: error: unknown instrument 'nope'; valid instruments: ", 0) == 0);
  CHECK(unknown.errors[0].find("self-diagnosis") != std::string::npos);
}

TEST_CASE("calendar-invalid dates are reported") {
  auto r = load_text("instrument: self-diagnosis\nassessed_on: 2026-02-30\nanswers:\n" + all_answers("yes"));
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == "a.yaml:2:14: error: assessed_on: '2026-02-30' is not a calendar date; write YYYY-MM-DD");
}

TEST_CASE("compact_numbers folds runs of three or more") {
  CHECK(compact_numbers({"1", "2", "3", "5", "7", "8"}) == "1–3, 5, 7, 8");
  CHECK(compact_numbers({"1-1", "1-2"}) == "1-1, 1-2");
}

TEST_CASE("answers are matched in any case and without the spaces an IME or a copy leaves around them") {
  auto r = load_text("instrument: self-diagnosis\nanswers:\n  1: Yes\n  2: YES\n  3: \"実施している\xe3\x80\x80\"\n"
                     "  4: \"\xc2\xa0Partial \"\n  5: NA\n  6: {answer: UNKNOWN}\n" +
                     all_answers("yes", 7));
  REQUIRE(r.errors.empty());
  REQUIRE(r.loaded);
  const auto& answers = r.loaded->answers.answers;
  CHECK(answers.at("1").option_id == "yes");
  CHECK(answers.at("2").option_id == "yes");
  CHECK(answers.at("3").option_id == "yes");
  CHECK(answers.at("4").option_id == "partial");
  CHECK(answers.at("5").option_id == "na");
  CHECK(answers.at("6").option_id == "unknown");
}

TEST_CASE("true and false (YAML booleans) are invalid answers named with the valid ones, not type errors") {
  auto r = load_text("instrument: self-diagnosis\nanswers:\n  1: true\n  2: {answer: false}\n" + all_answers("yes", 3));
  REQUIRE(r.errors.size() == 2);
  CHECK(r.errors[0] == "a.yaml:3:6: error: item 1: 'true' is not a valid answer; valid answers: yes, partial, no, unknown, na (or "
                       "実施している, 一部実施している, 実施していない, わからない, 該当しない)");
  CHECK(r.errors[1].rfind("a.yaml:4:15: error: item 2: 'false' is not a valid answer; valid answers: yes, ", 0) == 0);
}

TEST_CASE("a valid answer file is parsed once: the loader asks for no mark it did not keep") {
  Diagnostics d;
  const std::string text = "instrument: self-diagnosis\norganization: {name: 株式会社テスト}\nanswers:\n" + all_answers("yes");
  auto tree = read_yaml(text, "a.yaml", d, {}, answer_marks_kept());
  REQUIRE(tree);
  auto loaded = load_answers(*tree, test::embedded_library(), {"diagnose", MissingAnswers::error}, d);
  REQUIRE(loaded);
  CHECK(d.empty());
  CHECK_FALSE(tree->marks_read());
  CHECK(loaded->answers.instrument_at.line == 1);
  CHECK(loaded->answers.instrument_at.column == 13);
  CHECK(loaded->answers.organization_at.line == 2);
  CHECK(loaded->answers.organization_at.column == 22);

  // A problem found after reading (here an answer off the scale) reads the marks to say where.
  auto invalid = read_yaml("instrument: self-diagnosis\nanswers:\n  1: maybe\n" + all_answers("yes", 2), "a.yaml", d, {},
                           answer_marks_kept());
  REQUIRE(invalid);
  CHECK_FALSE(load_answers(*invalid, test::embedded_library(), {"diagnose", MissingAnswers::error}, d));
  CHECK(invalid->marks_read());
  REQUIRE(d.error_count() == 1);
  CHECK(format_diagnostic(d.in_reading_order().front()).rfind("a.yaml:3:6: error: item 1: 'maybe'", 0) == 0);
}
