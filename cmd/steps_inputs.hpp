#pragma once
// Reads what `secaction steps` judges from: an organisation's answer files, results, registers,
// policy profile, SECURITY ACTION evidence and policy drafts, found in the files and directories
// given, each recognised by its content (a policy draft by its name). Files of other kinds are
// listed as not recognised; a file of a known kind that is invalid is an error.
#include <deque>
#include <string>
#include <vector>

#include "context.hpp"
#include "secaction/history/snapshot.hpp"
#include "secaction/steps/steps.hpp"

namespace secaction::cli {

struct StepsInputs {
  std::deque<history::Snapshot> snapshots; // what evidence.results points into
  steps::Evidence evidence;
};

/// `edition_id`: the risk rules registers are scored with (3.1 or 3). Problems go to `diagnostics`.
StepsInputs read_steps_inputs(Context& context, const std::vector<std::string>& arguments, const std::string& edition_id,
                              Diagnostics& diagnostics);

} // namespace secaction::cli
