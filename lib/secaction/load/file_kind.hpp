#pragma once
// Which of secaction's files a parsed input is, told by its keys (and its `schema:` where it has
// one), so that a file given to the wrong command gets one line naming the right one, and
// `validate` checks every kind with its own rules.
#include <string>
#include <string_view>

#include "secaction/core/diagnostic.hpp"
#include "secaction/load/json_tree.hpp"

namespace secaction::load {

enum class FileKind {
  unknown,
  answers,             // instrument: + answers: (diagnose, checklist)
  benchmark_answers,   // instrument: benchmark (+ profile:)
  register_file,       // assets: (risk), YAML; a .csv file is one too
  measures,            // countermeasures: without assets: (risk --measures)
  policy_profile,      // schema: secaction.policy-profile/v1 (policy)
  evidence,            // five_principles:/self_diagnosis:/policy: (checklist security-action)
  result,              // schema: secaction.result/v1 (compare, trend, policy --from)
  other_result,        // the JSON of benchmark, risk, compare or trend (an output, read by nothing)
  benchmark_reference, // schema: secaction.benchmark-reference/v1 (benchmark --reference)
  instrument,          // content: schema: secaction.instrument/v1
  cost_estimates,      // schema: secaction.plan-costs/v1, or costs: (plan --costs)
};

/// The kind of `tree` (a YAML or JSON document already read).
FileKind file_kind(const JsonTree& tree);

/// "an asset register", "a company profile", …
std::string describe(FileKind kind);

/// The command that reads a file of `kind` called `file` ("secaction risk FILE"), or empty when
/// secaction reads no such file.
std::string command_for(FileKind kind, const std::string& file);

/// For a command that reads `expected` (answers, a register, …): when `tree` is recognisably
/// another kind of secaction file, reports the one error that names what it is and which command
/// reads it, and returns true; otherwise returns false and reports nothing.
bool report_wrong_kind(const JsonTree& tree, FileKind expected, Diagnostics& diagnostics);

} // namespace secaction::load
