#pragma once
// The one pipeline of an assessment command (diagnose, checklist, benchmark, risk): its content,
// loaded once, and `process`, which turns one input into a report, a summary row and gate
// failures. A single run (a file or standard input) and a batch run both go through `process`,
// so they give the same report by construction; they differ only in where the results go.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "context.hpp"
#include "output_options.hpp"
#include "report_files.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/report/portfolio.hpp"
#include "secaction/report/summary.hpp"

namespace secaction::cli {

/// One input: the file as given ("-" for standard input) and its whole text.
struct Input {
  std::string file;
  std::string text;
  /// The name messages and reports use: the file, "<stdin>" for standard input.
  [[nodiscard]] std::string name() const { return display_name(file); }
};

/// One good input, processed.
struct ProcessedInput {
  std::string organization;          // names a batch's report file; empty: the input file's name does
  RenderReportFiles render;          // the report for a main file name (called again if the name changes)
  report::SummaryRow summary_row;
  std::optional<report::Band> band; // a batch portfolio's (--summary x.html/x.xlsx) band colour
  /// A batch portfolio's matrix and worst items, asked for only when there is a portfolio.
  std::function<std::vector<report::ItemScore>()> items;
  std::vector<std::string> gate_failures; // "total score 40 is below --fail-under 50", …
};

/// A processed input (nullopt when it could not be processed) and every problem found in it
/// (errors, and warnings about a good input).
struct ProcessResult {
  std::optional<ProcessedInput> processed;
  Diagnostics diagnostics;
};

struct Pipeline {
  std::string command;                      // diagnose
  std::vector<std::string> extensions;      // what a batch's directories are searched for: .yaml, .yml
  std::vector<std::string> summary_columns; // in order
  /// Files a batch's inputs skip: another input's companion (risk: REGISTER.measures.yaml). Optional.
  std::function<bool(const std::string& file)> is_companion;
  /// How to see every problem of one bad input in a batch, e.g. "secaction validate FILE".
  std::function<std::string(const std::string& file)> full_check;
  /// Parses, scores and renders one input. A batch calls it from several threads at once, so it
  /// must touch only shared state that is read-only or locked.
  std::function<ProcessResult(const Input& input)> process;
};

/// A single run: reads `file` (standard input for "-"), processes it, prints its diagnostics,
/// writes the report (and its companions) to --output or standard output and prints the gate
/// failures. Returns the exit status: 3 for an input that could not be processed, 1 when a gate
/// failed, else 0.
int run_single(Context& context, const Pipeline& pipeline, const std::string& file, const OutputOptions& output);

} // namespace secaction::cli
