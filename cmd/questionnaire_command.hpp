#pragma once
// The shared core of the questionnaire subcommands (diagnose, checklist): read an answer file,
// score it, render it, gate on --fail-under.
#include <optional>
#include <string>

#include "batch.hpp"
#include "context.hpp"

namespace secaction::cli {

struct QuestionnaireRun {
  std::string command;       // diagnose | checklist
  std::string file;          // the answer file ("-" reads stdin)
  OutputOptions output;
  bool allow_missing = false;
  std::optional<double> fail_under; // total (sum) or percent (completion)
};

/// Reads an input file, or standard input for "-" (with the same size limit).
std::string read_input(Context& context, const std::string& file);

/// Returns the exit status.
int run_questionnaire(Context& context, const QuestionnaireRun& run);

/// The batch form of run_questionnaire (run.file unused): loads the command's content once, before
/// any worker starts; each worker then reads, scores and renders one answer file.
BatchCommand questionnaire_batch_command(Context& context, const QuestionnaireRun& run);

/// Prints the blank answer file for an instrument; returns the exit status.
int print_template(Context& context, const std::string& instrument_id, const OutputOptions& output);

} // namespace secaction::cli
