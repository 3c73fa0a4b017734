#pragma once
// Batch runs of the assessment subcommands: many inputs, one report each in --out-dir, one
// summary row each in --summary, scored in parallel (-j) and committed in input order, so the
// output is the same for any -j. Each subcommand supplies only how to process one input.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "context.hpp"
#include "report_files.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/report/summary.hpp"

namespace secaction::cli {

struct BatchOptions {
  std::string out_dir;
  std::string summary;
  unsigned jobs = 0; // 0: one per core
};

/// --out-dir, --summary, -j/--jobs.
void add_batch_options(CLI::App& command, BatchOptions& batch);

/// Whether `inputs` (the FILE/DIR arguments) make a batch run: more than one, or --out-dir or
/// --summary given (a directory needs one of them). Throws UsageError for combinations that make no sense (several
/// inputs with -o, with stdin, or with neither --out-dir nor --summary).
bool is_batch_run(const std::string& command, const std::vector<std::string>& inputs, const BatchOptions& batch,
                  const OutputOptions& output);

/// Throws UsageError when --out-dir, --summary or -j is given to a mode that is not a batch run
/// (`what`: "--template", "--interactive").
void refuse_batch_options(const std::string& command, const BatchOptions& batch, const char* what);

/// One good input, processed.
struct ProcessedInput {
  std::string organization;          // names the report file; empty: the input file's name does
  RenderReportFiles render;          // the report for a main file name (called again if the name changes)
  report::SummaryRow summary_row;
  std::vector<std::string> gate_failures; // "total score 40 is below --fail-under 50", …
};

/// A processed input, or why it could not be (an exception reading it counts too).
struct ProcessResult {
  std::optional<ProcessedInput> processed;
  Diagnostics diagnostics;
};

struct BatchCommand {
  std::string name;                         // diagnose
  std::vector<std::string> extensions;      // what directories are searched for: .yaml, .yml
  std::vector<std::string> summary_columns; // in order
  /// How to see every problem of one bad input, e.g. "secaction validate FILE".
  std::function<std::string(const std::string& file)> full_check;
  /// Called from several threads at once: must touch only shared state that is read-only or locked.
  std::function<ProcessResult(const std::string& file)> process;
};

/// Runs the batch and returns the exit status: 4 if any input or report could not be read or
/// written, else 3 if any input was invalid, else 1 if any input failed its gate, else 0.
int run_batch(Context& context, const BatchCommand& command, const std::vector<std::string>& arguments,
              const BatchOptions& batch, const OutputOptions& output);

} // namespace secaction::cli
