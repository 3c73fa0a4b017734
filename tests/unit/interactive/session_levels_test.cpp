// ? on an item of an imported sheet shows the source's own texts: criteria blocks, the level
// descriptions and the target level.
#include <doctest/doctest.h>

#include "secaction/interactive/session.hpp"

using namespace secaction;

TEST_CASE("? shows the criteria, the level texts and the target of an item") {
  questionnaire::Instrument instrument;
  instrument.id = "demo";
  instrument.title = {"デモ", "Demo"};
  instrument.scoring.method = questionnaire::ScoringMethod::maturity;
  instrument.scoring.max_points_per_item = 2;
  instrument.scale = {{"1", {"レベル1", "Level 1"}, 1, true, questionnaire::AnswerFlag::none, {}},
                      {"2", {"レベル2", "Level 2"}, 2, true, questionnaire::AnswerFlag::none, {}}};
  questionnaire::Item item;
  item.number = "1";
  item.id = "demo.1";
  item.question = {"問い", "Q"};
  item.levels = {{"1", {"始めたばかり", "starting"}}, {"2", {"定着している", "settled"}}};
  item.criteria.push_back({{"解説", "解説"}, Origin::official, {}, {{"解説の一行目", "二行目"}, {"解説の一行目", "二行目"}}});
  item.target = "2";
  instrument.parts.push_back({"p", {"部", "Part"}, {}, {item}});
  questionnaire::AnswerSet described; // organisation and date given: the session is at the items
  described.organization.name = "テスト株式会社";
  described.assessed_on = Date{2026, 11, 20};
  interactive::Session session(instrument, described, {Lang::ja, 80, false, std::nullopt});
  const auto reply = session.handle("?");
  CHECK(reply.text.find("この設問には説明がありません") == std::string::npos);
  CHECK(reply.text.find("解説\n  ・解説の一行目\n  ・二行目") != std::string::npos);
  CHECK(reply.text.find("各レベルの状態\n  1: 始めたばかり\n  2: 定着している") != std::string::npos);
  CHECK(reply.text.find("目標レベル: レベル2") != std::string::npos);
}
