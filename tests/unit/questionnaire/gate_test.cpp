#include <doctest/doctest.h>
#include <fmt/format.h>

#include "secaction/questionnaire/gate.hpp"
#include "test_support.hpp"

using namespace secaction;
using namespace secaction::questionnaire;

namespace {

const Instrument& instrument(const char* id) {
  Diagnostics d;
  const auto* found = test::embedded_library().get(id, d);
  REQUIRE(found);
  return *found;
}

// The first `yes` items answered yes, the rest no.
Assessment assessed(const Instrument& in, std::size_t yes) {
  AnswerSet set;
  set.instrument = in.id;
  std::size_t index = 0;
  for (const auto& part : in.parts) {
    for (const auto& item : part.items) set.answers[item.number] = {index++ < yes ? "yes" : "no", {}, {}};
  }
  return assess(in, set);
}

} // namespace

TEST_CASE("fail_under on summed points: the total against the threshold, which passes when equal") {
  const auto assessment = assessed(instrument("self-diagnosis"), 10); // 10 × 4 points
  REQUIRE(assessment.total == 40);
  CHECK_FALSE(fail_under(assessment, 40));
  CHECK_FALSE(fail_under(assessment, 39.5));
  const auto failure = fail_under(assessment, 50);
  REQUIRE(failure);
  CHECK(failure->message == "total score 40 is below --fail-under 50");
}

TEST_CASE("fail_under on a checklist: the completion rate, in percent with one decimal") {
  const auto& five = instrument("five-principles");
  REQUIRE(five.scoring.method == ScoringMethod::completion);
  const auto assessment = assessed(five, 2);
  const double percent = assessment.percent();
  REQUIRE(percent > 0);
  REQUIRE(percent < 100);
  CHECK_FALSE(fail_under(assessment, percent));
  const auto failure = fail_under(assessment, 100);
  REQUIRE(failure);
  CHECK(failure->message == fmt::format("completion {:.1f}% is below --fail-under 100", percent));
}
