// compare across two editions: items paired through the edition map, the rest new or removed.
#include <doctest/doctest.h>

#include "secaction/history/compare.hpp"
#include "secaction/history/present.hpp"
#include "secaction/report/markdown.hpp"

using namespace secaction;

namespace {

questionnaire::Instrument edition(const std::string& id, std::vector<std::string> numbers) {
  questionnaire::Instrument instrument;
  instrument.id = "demo";
  instrument.edition = id;
  instrument.title = {"デモ", "Demo"};
  instrument.scoring.method = questionnaire::ScoringMethod::all_met;
  instrument.scale = {{"met", {"満たしている", "Met"}, 1, true, questionnaire::AnswerFlag::none, {}},
                      {"unmet", {"満たしていない", "Not met"}, 0, true, questionnaire::AnswerFlag::none, {}}};
  questionnaire::Part part;
  part.id = "p";
  part.title = {"部", "Part"};
  for (const auto& number : numbers) {
    questionnaire::Item item;
    item.number = number;
    item.id = "demo." + number;
    item.question = {"問" + number, "Q" + number};
    part.items.push_back(item);
  }
  instrument.parts.push_back(part);
  return instrument;
}

history::Snapshot snapshot(const questionnaire::Instrument& instrument, const std::vector<std::string>& answers) {
  history::Snapshot s;
  s.instrument = &instrument;
  s.source = instrument.edition + ".yaml";
  double total = 0;
  s.parts.push_back({&instrument.parts[0], 0, static_cast<double>(answers.size())});
  for (std::size_t i = 0; i < answers.size(); ++i) {
    const auto* option = instrument.find_option_by_id(answers[i]);
    s.items.push_back({&instrument.parts[0], &instrument.parts[0].items[i], option, false, option->points, true});
    total += option->points;
  }
  s.parts[0].score = total;
  s.total = total;
  s.max = static_cast<double>(answers.size());
  s.percent = total * 100 / s.max;
  return s;
}

} // namespace

TEST_CASE("compare across editions: mapped items move by points, by option id across the two instruments") {
  const auto older = edition("2025", {"1", "2", "3"});
  auto newer = edition("2026", {"1", "4", "5"});
  newer.maps_from = questionnaire::EditionMapSpec{"2025", {{"4", "2"}}};
  const auto map = questionnaire::map_editions({&older, &newer});
  const auto before = snapshot(older, {"met", "unmet", "met"});
  const auto after = snapshot(newer, {"met", "met", "unmet"});
  const auto comparison = history::compare(before, after, map);
  REQUIRE(comparison.items.size() == 2);
  CHECK(comparison.items[0].movement == history::Movement::unchanged); // same id "met", two instruments
  CHECK(comparison.items[1].before->item->number == "2");
  CHECK(comparison.items[1].after->item->number == "4");
  CHECK(comparison.items[1].movement == history::Movement::improved);
  REQUIRE(comparison.added.size() == 1);
  CHECK(comparison.added[0]->item->number == "5");
  REQUIRE(comparison.removed.size() == 1);
  CHECK(comparison.removed[0]->item->number == "3");
  REQUIRE(comparison.parts.size() == 1); // parts paired by id
  const auto json = history::to_json(comparison, Lang::en);
  CHECK(json["editions"]["before"] == "2025");
  CHECK(json["editions"]["added"] == nlohmann::ordered_json::array({5}));
  CHECK(json["editions"]["removed"] == nlohmann::ordered_json::array({3}));
  CHECK(json["editions"]["mapped"][1]["before_number"] == 2);
  const auto markdown = report::render_markdown(history::to_document(comparison, Lang::en));
  INFO(markdown);
  CHECK(markdown.find("New items (1)") != std::string::npos);
  CHECK(markdown.find("Removed items (1)") != std::string::npos);
  CHECK(markdown.find("| 4 | 2 | Q4 | changed |") != std::string::npos);
}

TEST_CASE("compare of one edition has no editions member") {
  const auto one = edition("1", {"1"});
  const auto a = snapshot(one, {"unmet"});
  const auto b = snapshot(one, {"met"});
  const auto comparison = history::compare(a, b);
  CHECK(comparison.editions == nullptr);
  CHECK_FALSE(history::to_json(comparison, Lang::en).contains("editions"));
}
