#pragma once
// One prioritised action plan for one organisation from its answers to several instruments
// (self-diagnosis, checklists, benchmark). Pure: values in, values out.
//
// An item is open when its answer earns less than the item's maximum (`no`, `partial`, `unknown`,
// a benchmark level below 5); `na` is never open. Items that reference each other in content
// (`refs`, followed both ways and transitively) are one action: it is listed once, under the open
// member that loses the largest share of its maximum, and names the others.
//
// Priority (secaction's own rule; IPA gives none across instruments):
//   1. the share of the item's maximum that was lost (unknown in the self-diagnosis, -1 point,
//      loses more than the whole item), highest first;
//   2. points lost, highest first;
//   3. the guideline's step order of the instrument (step_order below), then content order.
#include <string>
#include <vector>

#include "secaction/core/diagnostic.hpp"
#include "secaction/questionnaire/answers.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::plan {

struct Source {
  const questionnaire::Instrument* instrument = nullptr;
  questionnaire::AnswerSet answers;
};

/// One answered item taking part in an action.
struct Finding {
  const questionnaire::Instrument* instrument = nullptr;
  const questionnaire::Item* item = nullptr;
  std::string option_id;
  double points_lost = 0;
  double share_lost = 0; // points lost / the item's maximum
  bool open = false;
};

struct Action {
  Finding primary;
  std::vector<Finding> related; // the other answered items it covers (open or not), in step order
  std::vector<std::string> measures_ja;
  std::vector<std::string> measures_en;
};

struct Plan {
  Organization organization;
  std::optional<Date> assessed_on; // the latest of the sources
  std::vector<const questionnaire::Instrument*> instruments; // in step order
  /// Classification-only instruments given (the posture checklist): their answers are no actions.
  std::vector<const questionnaire::Instrument*> skipped;
  std::vector<Action> actions;                               // in priority order
  std::size_t open_findings = 0;                             // before deduplication
};

/// The guideline's order of the instruments (secaction's reading of the SME guideline 3.1):
/// 1 five-principles (段階1), 2 self-diagnosis and executive-7 (段階2), 3 management and the
/// benchmark (段階3), 4 cloud, telework, outsourcing and incident-response; 5 anything else.
int step_order(const std::string& instrument_id);

Finding assess_finding(const questionnaire::Instrument& instrument, const questionnaire::Item& item, const std::string& option_id);

/// The plan of one organisation. Answers to a classification-only instrument make no actions: it
/// is listed in `skipped` instead. A second answer file for an instrument, or one that names
/// another organisation than the earlier ones, is an error at the line of its file that says so
/// (AnswerSet::instrument_at, organization_at); when there is any, the plan has no actions.
Plan make_plan(const std::vector<Source>& sources, Diagnostics& diagnostics);

} // namespace secaction::plan
