#pragma once
// Which Step of the guideline's Step 1–4 path (guide.hpp) an organisation has reached, judged from
// the results it already has. Values in, values out: cmd/ reads the files.
//
// IPA gives the condition for taking up each Step (Step 2: 「Step1 は実施できていて次に進める場合」,
// Step 3: 「Step2 までは実施できていて次に進める場合」) but not what counts as a Step being 「実施でき
// ている」; that is secaction's rule, built from IPA's own 進め方 for the Step (docs: man secaction-steps):
//   Step 1: each of the 5か条 answered 実施している, in the five-principles checklist or, failing it,
//           in the self-diagnosis item that covers it (No.1–5, secaction's cross-reference).
//   Step 2: a self-diagnosis with every item answered and none わからない, and an established basic
//           policy (the date in a policy profile or a SECURITY ACTION evidence file).
//   Step 3: 重要7項目 No.2 (予算や人材の確保) answered 実施している; a risk analysis with assets and no
//           High risk left without a treatment; a regulations draft; and the outsourcing checklist
//           answered in full, unless the policy profile says the company does not outsource.
// The Step reached is the first of 1–3 not done, else Step 4, which IPA makes open to everyone.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "secaction/core/date.hpp"
#include "secaction/core/lang.hpp"
#include "secaction/history/snapshot.hpp"

namespace secaction::steps {

/// The basic policy as a policy profile or a SECURITY ACTION evidence file describes it.
struct PolicyEvidence {
  std::optional<Date> established_on;
  std::string file;
};

/// A risk analysis: a register scored by the risk engine, or a risk result read back.
struct RiskEvidence {
  std::optional<Date> assessed_on;
  std::size_t assets = 0;
  std::size_t high = 0;
  std::size_t untreated_high = 0;
  std::string file;
};

/// A file the command read, and what it was taken as.
struct Input {
  std::string file;
  std::string kind;       // answers | result | benchmark-result | risk-register | risk-result | policy-profile |
                          // security-action-evidence | policy-draft | not-recognised
  std::string instrument; // for answers and results
  bool used = false;      // false: not recognised, or an older result of an instrument
};

struct Evidence {
  std::vector<Input> inputs; // in input order
  std::string organization;  // the first organisation name an input gives, in input order
  /// The newest result of each questionnaire instrument (by assessment date, then input order).
  std::map<std::string, const history::Snapshot*> results;
  std::optional<PolicyEvidence> policy;
  std::optional<bool> outsourcing; // from the policy profile's uses.outsourcing
  std::string outsourcing_file;
  std::optional<RiskEvidence> risk;
  std::map<std::string, std::string> drafts;  // basic-policy | handbook | regulations | emergency-response -> file
  std::vector<std::string> benchmark_results; // files of `secaction benchmark --format json` results
};

/// One condition of secaction's rule for a Step being done.
struct Check {
  std::string id;
  bool met = false;
  bool given = false; // some file spoke to it
  LocalText label;
  LocalText detail;
  std::string file;
};

struct StepState {
  int number = 0;
  bool done = false;
  std::vector<Check> checks;
  std::vector<LocalText> notes; // what IPA's 進め方 asks that secaction cannot see
};

/// A topic of Step 4 and what the organisation has for it.
struct TopicState {
  std::string id;
  std::string command; // the secaction command that covers it; empty when none does yet
  std::string file;    // a result found for it
  LocalText detail;
};

struct Progress {
  std::vector<StepState> steps; // Steps 1–3
  int reached = 1;              // 1–4
  std::vector<TopicState> topics;
  std::string organization;
  std::vector<Input> inputs;
};

Progress assess_steps(const Evidence& evidence);

} // namespace secaction::steps
