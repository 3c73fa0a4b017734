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

TEST_CASE("readiness: with nothing done ★ is still declarable (IPA: nothing needs to be in place first), ★★ is not") {
  const auto r = readiness::assess_readiness({});
  CHECK(r.one_star.declarable);
  CHECK_FALSE(r.one_star.evidence_given);
  CHECK(r.one_star.to_act_on.empty());
  CHECK_FALSE(r.two_star.ready);
  CHECK(r.two_star.missing == std::vector{Missing::self_diagnosis, Missing::policy, Missing::publication});
}

TEST_CASE("readiness: every principle in place leaves nothing to act on; ★★ still needs its own evidence") {
  auto fp = test::score(test::five_principles("yes", "yes", "yes", "yes", "yes"));
  const auto r = readiness::assess_readiness({&fp->assessment, nullptr, std::nullopt});
  CHECK(r.one_star.declarable);
  CHECK(r.one_star.in_place.size() == 5);
  CHECK(r.one_star.to_act_on.empty());
  CHECK_FALSE(r.two_star.ready);
  CHECK(r.two_star.missing.size() == 3);
}

TEST_CASE("readiness: principles answered partly, no, na or left blank are commitments to act on, never a block on ★") {
  auto fp = test::score(test::five_principles("yes", "no", "na", "partial", ""));
  const auto r = readiness::assess_readiness({&fp->assessment, nullptr, std::nullopt});
  CHECK(r.one_star.declarable);
  REQUIRE(r.one_star.in_place.size() == 1);
  REQUIRE(r.one_star.to_act_on.size() == 4);
  CHECK(r.one_star.to_act_on[0].reason == readiness::GapReason::answered_no);
  CHECK(r.one_star.to_act_on[1].reason == readiness::GapReason::answered_not_applicable);
  CHECK(r.one_star.to_act_on[2].reason == readiness::GapReason::partly_done);
  CHECK(r.one_star.to_act_on[3].reason == readiness::GapReason::unanswered);
}

TEST_CASE("readiness: ★★ does not need ★ first (IPA names no ★ declaration among its conditions)") {
  auto fp = test::score(test::five_principles("no", "no", "no", "no", "no"));
  auto sd = test::score(test::self_diagnosis("no"));
  const readiness::Policy published{Date{2026, 4, 1}, true, "https://example.jp/policy"};
  CHECK(readiness::assess_readiness({nullptr, &sd->assessment, published}).two_star.ready);
  CHECK(readiness::assess_readiness({&fp->assessment, &sd->assessment, published}).two_star.ready);
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
  CHECK(r.one_star.declarable);
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
