// How the items of two editions correspond: the newer edition's item map, else the same number.
#include <doctest/doctest.h>

#include "secaction/questionnaire/editions.hpp"

using namespace secaction;
using questionnaire::Instrument;

namespace {

Instrument edition(const std::string& id, std::vector<std::pair<std::string, std::string>> items) {
  Instrument instrument;
  instrument.id = "demo";
  instrument.edition = id;
  questionnaire::Part part;
  part.id = "p";
  for (const auto& [number, question] : items) {
    questionnaire::Item item;
    item.number = number;
    item.id = "demo." + number;
    item.question = {question, question};
    part.items.push_back(item);
  }
  instrument.parts.push_back(part);
  return instrument;
}

std::vector<std::string> numbers(const std::vector<const questionnaire::Item*>& items) {
  std::vector<std::string> out;
  for (const auto* item : items) out.push_back(item->number);
  return out;
}

} // namespace

TEST_CASE("editions: unlisted items map by number; the map renumbers, marks new items and leaves removed ones") {
  const auto older = edition("2025", {{"1", "a"}, {"2", "b"}, {"3", "c"}, {"4", "d"}});
  auto newer = edition("2026", {{"1", "a"}, {"2", "b, reworded"}, {"5", "d"}, {"6", "new"}, {"3", "c-ish"}});
  newer.maps_from = questionnaire::EditionMapSpec{"2025", {{"5", "4"}, {"6", std::nullopt}, {"3", std::nullopt}}};
  const auto map = questionnaire::map_editions({&older, &newer});
  REQUIRE(map.mapped.size() == 3);
  CHECK(map.mapped[0].newer->number == "1");
  CHECK_FALSE(map.mapped[0].question_changed);
  CHECK(map.mapped[1].question_changed);
  CHECK(map.mapped[2].newer->number == "5");
  CHECK(map.mapped[2].older->number == "4");
  CHECK(map.mapped[2].renumbered());
  CHECK(numbers(map.added) == std::vector<std::string>{"6", "3"}); // 3 is marked new: its number is not enough
  CHECK(numbers(map.removed) == std::vector<std::string>{"3"});
  CHECK(map.older_of(newer.parts[0].items[2])->number == "4");
  CHECK(map.older_of(newer.parts[0].items[3]) == nullptr);
}

TEST_CASE("editions: an old number the map gives to another item is not also taken by its namesake") {
  const auto older = edition("1", {{"1", "a"}, {"2", "b"}});
  auto newer = edition("2", {{"1", "b"}, {"2", "new"}});
  newer.maps_from = questionnaire::EditionMapSpec{"1", {{"1", "2"}}};
  const auto map = questionnaire::map_editions({&older, &newer});
  REQUIRE(map.mapped.size() == 1);
  CHECK(map.mapped[0].older->number == "2");
  CHECK(numbers(map.added) == std::vector<std::string>{"2"});   // old 2 went to new 1
  CHECK(numbers(map.removed) == std::vector<std::string>{"1"}); // nothing maps to old 1
}

TEST_CASE("editions: a chain of editions composes their maps") {
  const auto first = edition("1", {{"a", "x"}, {"b", "y"}});
  auto second = edition("2", {{"c", "x"}, {"b", "y"}});
  second.maps_from = questionnaire::EditionMapSpec{"1", {{"c", "a"}}};
  auto third = edition("3", {{"d", "x"}, {"b", "y2"}});
  third.maps_from = questionnaire::EditionMapSpec{"2", {{"d", "c"}}};
  const auto map = questionnaire::map_editions({&first, &second, &third});
  REQUIRE(map.mapped.size() == 2);
  CHECK(map.mapped[0].older->number == "a");
  CHECK(map.mapped[1].older->number == "b");
  CHECK(map.mapped[1].question_changed);
  CHECK(map.added.empty());
  CHECK(map.removed.empty());
}
