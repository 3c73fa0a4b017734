#include <doctest/doctest.h>

#include "history/history_support.hpp"
#include "secaction/history/snapshot.hpp"

using namespace secaction;

TEST_CASE("compare and trend take questionnaire results; a benchmark result is an error where its file names it") {
  Diagnostics d;
  const auto questionnaire_result = test::self_diagnosis_snapshot({}, "a.yaml");
  CHECK(history::is_questionnaire_result(questionnaire_result, d));
  CHECK(d.empty());

  const auto* benchmark = test::embedded_library().get("benchmark", d);
  REQUIRE(benchmark);
  history::Snapshot snapshot;
  snapshot.instrument = benchmark;
  snapshot.instrument_at = {"b.yaml", 1, 13};
  CHECK_FALSE(history::is_questionnaire_result(snapshot, d));
  REQUIRE(d.error_count() == 1);
  CHECK(format_diagnostic(d.all()[0]) ==
        "b.yaml:1:13: error: 'benchmark': compare and trend read diagnose and checklist results, not benchmark results");
}
