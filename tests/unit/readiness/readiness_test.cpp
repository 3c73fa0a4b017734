#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "secaction/readiness/readiness.hpp"

using namespace secaction;
using readiness::Missing;

namespace {

readiness::Policy policy(bool published, std::string where = {}) {
  return {Date{2026, 4, 1}, published, std::move(where)};
}

} // namespace

TEST_CASE("readiness: nothing done is not ready for either star") {
  const auto r = readiness::assess_readiness({});
  CHECK_FALSE(r.one_star.ready);
  CHECK_FALSE(r.one_star.evidence_given);
  CHECK_FALSE(r.two_star.ready);
  CHECK(r.two_star.missing == std::vector{Missing::self_diagnosis, Missing::policy, Missing::publication});
}

TEST_CASE("readiness: the five principles alone make ★ ready, not ★★") {
  auto fp = test::score(test::five_principles("yes", "partial", "partial", "yes", "partial"));
  const auto r = readiness::assess_readiness({&fp->assessment, nullptr, std::nullopt});
  CHECK(r.one_star.ready);
  CHECK(r.one_star.committed.size() == 5);
  CHECK_FALSE(r.two_star.ready);
  CHECK(r.two_star.missing.size() == 3);
}

TEST_CASE("readiness: a principle answered no, na or left blank must be committed to first") {
  auto fp = test::score(test::five_principles("yes", "no", "na", "yes", ""));
  const auto r = readiness::assess_readiness({&fp->assessment, nullptr, std::nullopt});
  CHECK_FALSE(r.one_star.ready);
  REQUIRE(r.one_star.to_commit.size() == 3);
  CHECK(r.one_star.to_commit[0].reason == readiness::GapReason::answered_no);
  CHECK(r.one_star.to_commit[1].reason == readiness::GapReason::answered_not_applicable);
  CHECK(r.one_star.to_commit[2].reason == readiness::GapReason::unanswered);
}

TEST_CASE("readiness: self-diagnosis and policy but not published is missing only the publication") {
  auto sd = test::score(test::self_diagnosis("yes"));
  const auto r = readiness::assess_readiness({nullptr, &sd->assessment, policy(false)});
  CHECK_FALSE(r.two_star.ready);
  CHECK(r.two_star.missing == std::vector{Missing::publication});
  // Published but without saying where is not enough either.
  const auto r2 = readiness::assess_readiness({nullptr, &sd->assessment, policy(true)});
  CHECK(r2.two_star.missing == std::vector{Missing::publication});
}

TEST_CASE("readiness: all done makes ★★ ready; わからない answers are listed but do not block") {
  auto fp = test::score(test::five_principles("yes", "yes", "yes", "yes", "yes"));
  auto sd = test::score(test::self_diagnosis("unknown"));
  const auto r = readiness::assess_readiness({&fp->assessment, &sd->assessment, policy(true, "https://example.jp/policy")});
  CHECK(r.one_star.ready);
  CHECK(r.two_star.ready);
  CHECK(r.two_star.check_first.size() == 25);
}

TEST_CASE("readiness: an incomplete self-diagnosis blocks ★★ and names the unanswered items") {
  auto sd = test::score(test::self_diagnosis("yes", 24));
  const auto r = readiness::assess_readiness({nullptr, &sd->assessment, policy(true, "受付に掲示")});
  CHECK_FALSE(r.two_star.ready);
  CHECK(r.two_star.missing == std::vector{Missing::self_diagnosis_incomplete});
  REQUIRE(r.two_star.unanswered.size() == 2);
  CHECK(r.two_star.unanswered[0]->item->number == "24");
  CHECK(r.two_star.check_first.empty()); // unanswered items are not "don't know"
}

TEST_CASE("readiness: a policy without a date is not established") {
  auto sd = test::score(test::self_diagnosis("no"));
  const auto r = readiness::assess_readiness({nullptr, &sd->assessment, readiness::Policy{std::nullopt, true, "https://x"}});
  CHECK(r.two_star.missing == std::vector{Missing::policy});
}
