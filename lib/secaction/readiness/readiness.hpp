#pragma once
// SECURITY ACTION readiness: which declaration (宣言) an organisation is ready to make, and what is
// missing. Values in, values out: the caller loads and scores the answer files.
//
// Rules (IPA SECURITY ACTION FAQ; docs in man/secaction-checklist.1):
//   ★  一つ星: a five-principles answer file in which every principle is answered yes or partial,
//      i.e. the organisation commits to working on each of them. No prior implementation is needed.
//   ★★ 二つ星: (a) a complete self-diagnosis (every item answered; わからない items are listed as
//      "check these first" but do not block, because IPA sets no score or answer condition for ★★),
//      (b) an information security basic policy with the date it was established, and
//      (c) its publication (a URL or the place where it is posted).
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

/// Why a principle does not count as committed.
enum class GapReason { answered_no, answered_not_applicable, unanswered };

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
  bool evidence_given = false;
  bool ready = false;
  std::vector<const questionnaire::ItemResult*> committed; // yes or partial, in content order
  std::vector<PrincipleGap> to_commit;                     // everything else, in content order
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
