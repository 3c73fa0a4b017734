#pragma once
// SECURITY ACTION readiness: which declaration (宣言) an organisation is ready to make, and what is
// missing. Values in, values out: the caller loads and scores the answer files.
//
// Rules (IPA: SECURITY ACTION 制度概要, seed 004 L645-657, and its FAQ; docs in man/secaction-checklist.1):
//   ★  一つ星: 「「情報セキュリティ5か条」に取組むことを宣言」. Nothing has to be in place first, so ★
//      is always declarable: declaring is the commitment. The five-principles answers only sort the
//      principles into those in place and the "commitments to act on" after declaring.
//   ★★ 二つ星: (a) a complete self-diagnosis (every item answered; IPA sets no score or answer
//      condition; わからない items are listed to check first, which is secaction's judgement),
//      (b) an information security basic policy with the date it was established, and
//      (c) its publication (a URL or the place where it is posted).
//      IPA names no ★ declaration among the conditions for ★★, so secaction does not ask for ★ first.
#include <optional>
#include <string>
#include <vector>

#include "secaction/core/date.hpp"
#include "secaction/questionnaire/assess.hpp"

namespace secaction::readiness {

/// The 情報セキュリティ基本方針 as the evidence file describes it.
struct Policy {
  std::optional<Date> established_on; // none: not established (yet)
  bool published = false;
  std::string where; // URL or place where it is posted
};

struct Evidence {
  const questionnaire::Assessment* five_principles = nullptr; // nullptr: no answer file given
  const questionnaire::Assessment* self_diagnosis = nullptr;
  std::optional<Policy> policy;
};

/// Why a principle is not (yet) in place: it becomes a commitment to act on after declaring ★.
enum class GapReason { partly_done, answered_no, answered_not_applicable, unanswered };

struct PrincipleGap {
  const questionnaire::ItemResult* item = nullptr;
  GapReason reason = GapReason::answered_no;
};

/// One thing ★★ needs that is not there yet.
enum class Missing {
  self_diagnosis,            // no self-diagnosis answer file
  self_diagnosis_incomplete, // items left unanswered
  policy,                    // no established basic policy
  publication,               // policy not published, or published without saying where
};

struct OneStar {
  bool declarable = true;                                 // always: ★ is a commitment, nothing needs to be in place before it
  bool evidence_given = false;                            // a five-principles answer file was read
  std::vector<const questionnaire::ItemResult*> in_place; // answered 実施している, in content order
  std::vector<PrincipleGap> to_act_on;                    // everything else, in content order
};

struct TwoStar {
  bool ready = false;
  std::vector<Missing> missing; // in the order of the IPA steps
  std::vector<const questionnaire::ItemResult*> unanswered; // self-diagnosis items not answered
  std::vector<const questionnaire::ItemResult*> check_first; // self-diagnosis items answered わからない
  std::optional<Policy> policy;
};

struct Readiness {
  OneStar one_star;
  TwoStar two_star;
  const questionnaire::Assessment* self_diagnosis = nullptr;
  const questionnaire::Assessment* five_principles = nullptr;
};

Readiness assess_readiness(const Evidence& evidence);

} // namespace secaction::readiness
