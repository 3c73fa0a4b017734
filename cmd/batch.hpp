#pragma once
// Batch runs of the assessment subcommands: many inputs, one report each in --out-dir, one
// summary row each in --summary, scored in parallel (-j) and committed in input order, so the
// output is the same for any -j. Each input goes through the command's Pipeline::process, as a
// single run's does.
#include <optional>
#include <string>
#include <vector>

#include "output_options.hpp"
#include "pipeline.hpp"

namespace CLI {
class App;
} // namespace CLI

namespace secaction::cli {

struct BatchOptions {
  std::string out_dir;
  std::string summary;        // "-": standard output
  std::optional<long long> jobs; // none: one per core
};

/// The most -j/--jobs accepts; at most four threads per core, and never more than inputs, are started.
inline constexpr long long k_max_jobs = 1024;

/// --out-dir, --summary, -j/--jobs.
void add_batch_options(CLI::App& command, BatchOptions& batch);

/// Whether `inputs` (the FILE/DIR arguments) make a batch run: more than one, or --out-dir or
/// --summary given (a directory needs one of them). Throws UsageError for combinations that make no sense (several
/// inputs with -o, with stdin, or with neither --out-dir nor --summary) and for a -j outside 1 to k_max_jobs.
bool is_batch_run(const std::string& command, const std::vector<std::string>& inputs, const BatchOptions& batch,
                  const OutputOptions& output);

/// Throws UsageError when --out-dir, --summary or -j is given to a mode that is not a batch run
/// (`what`: "--template", "--interactive").
void refuse_batch_options(const std::string& command, const BatchOptions& batch, const char* what);

/// Runs the batch and returns the exit status: 4 if any input or report could not be read or
/// written, else 3 if any input was invalid, else 1 if any input failed its gate, else 0.
int run_batch(Context& context, const Pipeline& pipeline, const std::vector<std::string>& arguments, const BatchOptions& batch,
              const OutputOptions& output);

} // namespace secaction::cli
