#include <doctest/doctest.h>

#include "secaction/questionnaire/model.hpp"

using namespace secaction::questionnaire;

namespace {

ScaleOption option(const char* id, const char* ja, const char* en, std::vector<std::string> aliases) {
  ScaleOption result;
  result.id = id;
  result.label.ja = ja;
  result.label.en = en;
  result.aliases = std::move(aliases);
  return result;
}

} // namespace

TEST_CASE("match_answer: an exact spelling (id, Japanese label, alias) names its choice; others are compared folded") {
  Instrument instrument;
  instrument.scale = {option("yes", "実施している", "Yes", {"はい", "YES!"}), option("no", "実施していない", "No", {"いいえ", "yes!"})};
  CHECK(instrument.match_answer("yes")->id == "yes");
  CHECK(instrument.match_answer("はい")->id == "yes");
  CHECK(instrument.match_answer("いいえ")->id == "no");
  CHECK(instrument.match_answer("実施していない")->id == "no");
  // Folded: case, an IME's ideographic space, the English label.
  CHECK(instrument.match_answer("Yes")->id == "yes");
  CHECK(instrument.match_answer("\u3000いいえ ")->id == "no");
  CHECK(instrument.match_answer("NO")->id == "no");
  // Two choices whose aliases differ only in case: the exact spelling decides, folding takes the first.
  CHECK(instrument.match_answer("yes!")->id == "no");
  CHECK(instrument.match_answer("YES!")->id == "yes");
  CHECK(instrument.match_answer("Yes!")->id == "yes");
  CHECK(instrument.match_answer("maybe") == nullptr);
  CHECK(instrument.match_answer(" ") == nullptr);
}
