#include <doctest/doctest.h>

#include "secaction/interactive/session.hpp"
#include "secaction/core/text.hpp"
#include "test_support.hpp"

using namespace secaction;
using interactive::Outcome;
using interactive::Session;

namespace {

const questionnaire::Instrument& instrument(const std::string& id = "self-diagnosis") {
  Diagnostics ignored;
  return *test::embedded_library().get(id, ignored);
}

// A file whose organisation and date are given, so the session goes straight to the items.
questionnaire::AnswerSet described(questionnaire::AnswerSet answers = {}) {
  if (answers.organization.name.empty()) answers.organization.name = "テスト株式会社";
  if (!answers.assessed_on) answers.assessed_on = Date{2026, 11, 20};
  return answers;
}

Session fresh(questionnaire::AnswerSet answers = {}) {
  return Session(instrument(), described(std::move(answers)), {Lang::ja, 80, false, std::nullopt});
}

} // namespace

TEST_CASE("a new session starts at item 1 and shows progress, part, question, choices and keys") {
  const Session session = fresh();
  const auto reply = session.start();
  CHECK(reply.outcome == Outcome::asking);
  CHECK(session.current_item().number == "1");
  CHECK(reply.text.find("[1/25]") != std::string::npos);
  CHECK(reply.text.find("1  実施している (yes)") != std::string::npos);
  CHECK(reply.text.find("5  該当しない (na)") != std::string::npos);
  CHECK(reply.text.find("q 中断") != std::string::npos);
  CHECK(reply.text.find("\x1b[") == std::string::npos); // no colour unless asked
}

TEST_CASE("answers by key, id or Japanese label move to the next item and ask for a save") {
  Session session = fresh();
  auto reply = session.handle("1");
  CHECK(reply.answers_changed);
  CHECK(session.answers().answers.at("1").option_id == "yes");
  CHECK(reply.text.find("[2/25]") != std::string::npos);
  session.handle("partial");
  session.handle("実施していない");
  session.handle(" UNKNOWN ");
  CHECK(session.answers().answers.at("2").option_id == "partial");
  CHECK(session.answers().answers.at("3").option_id == "no");
  CHECK(session.answers().answers.at("4").option_id == "unknown");
  CHECK(session.current_item().number == "5");
  CHECK(session.answered_count() == 4);
}

TEST_CASE("invalid input is re-asked with the valid choices and changes nothing") {
  Session session = fresh();
  const auto reply = session.handle("maybe");
  CHECK_FALSE(reply.answers_changed);
  CHECK(reply.outcome == Outcome::asking);
  CHECK(reply.text.find("「maybe」は選べません") != std::string::npos);
  CHECK(reply.text.find("yes, partial, no, unknown, na") != std::string::npos);
  CHECK(session.handle("9").text.find("選べません") != std::string::npos);
  CHECK(session.current_item().number == "1");
  CHECK(session.answered_count() == 0);
}

TEST_CASE("back shows the previous item with its answer; answering it again returns to where you were") {
  Session session = fresh();
  session.handle("1");
  session.handle("2");
  session.handle("3");
  auto reply = session.handle("b");
  CHECK(session.current_item().number == "3");
  CHECK(reply.text.find("現在の回答: 実施していない") != std::string::npos);
  session.handle("b");
  CHECK(session.current_item().number == "2");
  reply = session.handle("yes");
  CHECK(reply.answers_changed);
  CHECK(session.answers().answers.at("2").option_id == "yes");
  CHECK(session.current_item().number == "4");
  Session first = fresh();
  CHECK(first.handle("b").text.find("最初の設問") != std::string::npos);
}

TEST_CASE("skip leaves an item unanswered and comes back to it after the last one") {
  Session session = fresh();
  session.handle("s");
  CHECK(session.current_item().number == "2");
  CHECK(session.answered_count() == 0);
  for (int i = 2; i <= 25; ++i) session.handle("yes");
  CHECK(session.current_item().number == "1");
  CHECK(session.handle("s").text.find("ほかに未回答の設問はありません") != std::string::npos);
  const auto reply = session.handle("no");
  CHECK(reply.outcome == Outcome::complete);
  CHECK(session.complete());
}

TEST_CASE("a note is kept with the answer, before or after answering; an empty line cancels it") {
  Session session = fresh();
  CHECK(session.handle("n").text.find("メモを入力") != std::string::npos);
  CHECK(session.awaiting_note());
  auto reply = session.handle("共有PC: パスワード # 短い");
  CHECK_FALSE(reply.answers_changed); // nothing to save until the item has an answer
  session.handle("partial");
  CHECK(session.answers().answers.at("1").note == "共有PC: パスワード # 短い");
  session.handle("b");
  session.handle("n");
  reply = session.handle("書き直し");
  CHECK(reply.answers_changed);
  CHECK(session.answers().answers.at("1").note == "書き直し");
  session.handle("n");
  session.handle("");
  CHECK(session.answers().answers.at("1").note == "書き直し");
}

TEST_CASE("? explains the item with its measures") {
  Session session = fresh();
  const auto reply = session.handle("?");
  CHECK(reply.text.find("対策") != std::string::npos);
  CHECK(reply.text.find("1  実施している") != std::string::npos);
  CHECK(session.current_item().number == "1");
}

TEST_CASE("q quits without changing anything") {
  Session session = fresh();
  session.handle("1");
  const auto reply = session.handle("q");
  CHECK(reply.outcome == Outcome::quit);
  CHECK(session.answered_count() == 1);
}

TEST_CASE("a resumed session starts at the first unanswered item, and a finished one is complete") {
  questionnaire::AnswerSet answers;
  for (const char* number : {"1", "2", "3", "5"}) answers.answers[number] = {"yes", "", ""};
  answers.missing = {"4"};
  Session session = fresh(answers);
  CHECK(session.current_item().number == "4");
  CHECK(session.start().text.find("[4/25]") != std::string::npos);
  session.handle("no");
  CHECK(session.current_item().number == "6");

  questionnaire::AnswerSet all;
  for (int i = 1; i <= 25; ++i) all.answers[std::to_string(i)] = {"yes", "", ""};
  CHECK(fresh(all).start().outcome == Outcome::complete);
}

TEST_CASE("questions wrap to the terminal width by display columns, and colour is only on request") {
  Session narrow(instrument(), described(), {Lang::ja, 40, true, std::nullopt});
  const auto text = narrow.start().text;
  CHECK(text.find("\x1b[1m") != std::string::npos);
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    // Strip colour codes before measuring.
    for (auto esc = line.find('\x1b'); esc != std::string::npos; esc = line.find('\x1b')) line.erase(esc, line.find('m', esc) - esc + 1);
    CHECK(display_width(line) <= 42); // closing punctuation may hang past the edge
    start = end + 1;
  }
}

TEST_CASE("checklists answer with their own scale") {
  Session session(instrument("cloud"), described(), {Lang::en, 80, false, std::nullopt});
  const auto reply = session.start();
  CHECK(reply.text.find("(yes)") != std::string::npos);
  session.handle("はい");
  CHECK(session.answers().answers.begin()->second.option_id == "yes");
}

TEST_CASE("a new file asks organisation, date (today on Enter) and assessor before the items") {
  Session session(instrument(), {}, {Lang::ja, 80, false, Date{2026, 12, 7}});
  auto reply = session.start();
  CHECK(session.asking_details());
  CHECK(reply.text.find("組織名") != std::string::npos);
  reply = session.handle("  株式会社サンプル製作所 ");
  CHECK(reply.answers_changed); // saved at once
  CHECK(reply.text.find("診断日 YYYY-MM-DD（Enter で 2026-12-07）") != std::string::npos);
  reply = session.handle("2026-13-40");
  CHECK_FALSE(reply.answers_changed);
  CHECK(reply.text.find("「2026-13-40」は日付ではありません") != std::string::npos);
  reply = session.handle("");
  CHECK(reply.text.find("回答者") != std::string::npos);
  reply = session.handle("山田 太郎");
  CHECK_FALSE(session.asking_details());
  CHECK(reply.text.find("[1/25]") != std::string::npos);
  CHECK(session.answers().organization.name == "株式会社サンプル製作所");
  CHECK(session.answers().assessed_on == Date{2026, 12, 7});
  CHECK(session.answers().assessor == "山田 太郎");
  session.handle("1");
  CHECK(session.answers().answers.at("1").option_id == "yes"); // "1" went to the item, not a detail
}

TEST_CASE("a resumed file without a date asks only the date; a typed date wins over today") {
  questionnaire::AnswerSet saved;
  saved.organization.name = "Acme";
  saved.answers["1"] = {"yes", "", ""};
  Session session(instrument(), saved, {Lang::en, 80, false, Date{2026, 12, 7}});
  CHECK(session.start().text.find("Date of the assessment, YYYY-MM-DD (Enter for 2026-12-07)") != std::string::npos);
  const auto reply = session.handle("2026-11-20");
  CHECK(session.answers().assessed_on == Date{2026, 11, 20});
  CHECK(reply.text.find("[2/25]") != std::string::npos);
  CHECK(session.answers().organization.name == "Acme");
}
