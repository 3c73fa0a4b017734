#include <doctest/doctest.h>

#include "secaction/report/vocabulary.hpp"

using namespace secaction;
using namespace secaction::report;

TEST_CASE("vocabulary: an item, its points and its answer read the same in every report") {
  CHECK(item_label(Lang::ja, "3") == "No.3");
  CHECK(item_label(Lang::en, "1-1") == "No. 1-1");
  CHECK(points_text(Lang::ja, 4) == "4点");
  CHECK(points_text(Lang::en, -1) == "-1 pt");
  CHECK(points_text(Lang::en, 0.5) == "0.5 pt");
  CHECK(answer_label(Lang::ja, "実施している", false) == "実施している");
  CHECK(answer_label(Lang::ja, "わからない", true) == "わからない（未回答）");
  CHECK(answer_label(Lang::en, "Don't know", true) == "Don't know (not answered)");
  CHECK(answer_label(Lang::ja, "", true) == "（未回答）");
  CHECK(answer_label(Lang::en, "", true) == "(not answered)");
  CHECK(not_answered(Lang::en) == "not answered");
  CHECK(score_text(Lang::ja, true, 56, 100, 56) == "56点 / 100点");
  CHECK(score_text(Lang::en, true, 56, 100, 56) == "56 / 100 points");
  CHECK(score_text(Lang::en, false, 35, 40, 87.5) == "87.5% (35 / 40)");
  CHECK(not_given(Lang::ja) == "（未記入）");
  CHECK(not_given(Lang::en) == "(not given)");
  CHECK(list_separator(Lang::ja) == "、");
  CHECK(list_separator(Lang::en) == ", ");
}

TEST_CASE("json_number: whole values are integers, the rest rounded half away from zero") {
  CHECK(json_number(56.0).dump() == "56");
  CHECK(json_number(56.0, 1).is_number_integer());
  CHECK(json_number(87.5).dump() == "87.5");
  CHECK(json_number(2.0 / 3.0).dump() == "0.67");
  CHECK(json_number(2.0 / 3.0, 1).dump() == "0.7");
  CHECK(json_number(3.456, 2).dump() == "3.46");
  CHECK(json_number(-2.25, 1).dump() == "-2.3");
  CHECK(json_number(99.96, 1).dump() == "100");
  CHECK(json_number(-0.001).dump() == "0");
  CHECK(json_number(-4.0).get<long long>() == -4);
  // A figure already rounded to one decimal (the risk index, a deviation score) passes unchanged.
  CHECK(json_number(46.7).get<double>() == 46.7);
}

TEST_CASE("json_item_number: numeric item numbers are integers, the others stay text") {
  CHECK(json_item_number("7").dump() == "7");
  CHECK(json_item_number("25").is_number_integer());
  CHECK(json_item_number("1-1").dump() == "\"1-1\"");
  CHECK(json_item_number("").dump() == "\"\"");
  CHECK(json_item_number("12345678901").is_string()); // too long to be an item number
}

TEST_CASE("json_text_or_null: an empty text is null") {
  CHECK(json_text_or_null("").is_null());
  CHECK(json_text_or_null("株式会社サンプル").get<std::string>() == "株式会社サンプル");
}
