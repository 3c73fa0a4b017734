#include "secaction/readiness/readiness.hpp"

namespace secaction::readiness {
namespace {

using questionnaire::AnswerFlag;
using questionnaire::Assessment;
using questionnaire::ItemResult;

OneStar assess_one_star(const Assessment* five_principles) {
  OneStar result;
  if (five_principles == nullptr) return result;
  result.evidence_given = true;
  for (const auto& part : five_principles->parts) {
    for (const auto& item : part.items) {
      if (item.missing) {
        result.to_act_on.push_back({&item, GapReason::unanswered});
      } else if (item.option->id == "yes") {
        result.in_place.push_back(&item);
      } else if (item.option->id == "partial") {
        result.to_act_on.push_back({&item, GapReason::partly_done});
      } else if (item.option->flag == AnswerFlag::not_applicable) {
        // The five principles apply to every organisation, so "not applicable" leaves one to act on.
        result.to_act_on.push_back({&item, GapReason::answered_not_applicable});
      } else {
        result.to_act_on.push_back({&item, GapReason::answered_no});
      }
    }
  }
  return result;
}

TwoStar assess_two_star(const Assessment* self_diagnosis, const std::optional<Policy>& policy) {
  TwoStar result;
  result.policy = policy;
  if (self_diagnosis == nullptr) {
    result.missing.push_back(Missing::self_diagnosis);
  } else {
    result.unanswered = self_diagnosis->missing;
    // わからない does not block (IPA states no answer or score condition for ★★), but IPA asks for
    // every わからない to be checked, so the report lists them first.
    for (const auto* item : self_diagnosis->unknown) {
      if (!item->missing) result.check_first.push_back(item);
    }
    if (!result.unanswered.empty()) result.missing.push_back(Missing::self_diagnosis_incomplete);
  }
  if (!policy || !policy->established_on) result.missing.push_back(Missing::policy);
  if (!policy || !policy->published || policy->where.empty()) result.missing.push_back(Missing::publication);
  result.ready = result.missing.empty();
  return result;
}

} // namespace

Readiness assess_readiness(const Evidence& evidence) {
  Readiness result;
  result.one_star = assess_one_star(evidence.five_principles);
  result.two_star = assess_two_star(evidence.self_diagnosis, evidence.policy);
  result.self_diagnosis = evidence.self_diagnosis;
  result.five_principles = evidence.five_principles;
  return result;
}

} // namespace secaction::readiness
