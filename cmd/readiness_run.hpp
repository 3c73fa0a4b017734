#pragma once
// `secaction checklist security-action`: read the evidence, judge SECURITY ACTION readiness, render.
#include <string>

#include "context.hpp"

namespace secaction::cli {

struct ReadinessRun {
  std::string evidence_file;        // security-action.yaml (--policy/--evidence or the positional FILE); may be empty
  std::string five_principles_file; // --five-principles; overrides the evidence file's five_principles
  std::string self_diagnosis_file;  // --self-diagnosis; overrides the evidence file's self_diagnosis
  bool allow_outside = false;       // --allow-outside: the evidence file may name files outside its directory
  OutputOptions output;
};

/// Returns the exit status: 0 whatever the verdict (the verdict is the output), 3 for invalid input.
int run_readiness(Context& context, const ReadinessRun& run);

} // namespace secaction::cli
