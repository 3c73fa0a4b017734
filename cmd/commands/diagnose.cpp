// secaction diagnose: IPA「5分でできる！情報セキュリティ自社診断」.
#include <CLI/CLI.hpp>

#include "batch.hpp"
#include "choices.hpp"
#include "commands/commands.hpp"
#include "interactive_run.hpp"
#include "questionnaire_pipeline.hpp"
#include "secaction/core/error.hpp"

namespace secaction::cli::diagnose_command {
namespace {

constexpr const char* k_instrument = "self-diagnosis";

struct DiagnoseOptions : CommandOptions {
  std::vector<std::string> files;
  bool print_template = false;
  bool allow_missing = false;
  bool interactive = false;
  std::string save_file;
  std::optional<double> fail_under;
  OutputOptions output;
  BatchOptions batch;
};

} // namespace

std::unique_ptr<CommandOptions> register_options(CLI::App& command) {
  auto options = std::make_unique<DiagnoseOptions>();
  command.add_option("FILE", options->files,
                     "Answer file (YAML); - reads standard input. Several FILEs or DIRs (searched for *.yaml, *.yml) make a batch run");
  command.add_flag("--template", options->print_template, "Print a blank answer file to fill in");
  command.add_flag("--allow-missing", options->allow_missing, "Score unanswered items as わからない (-1) and list them");
  command.add_option("--fail-under", options->fail_under, "Exit 1 when the total score is below N")->type_name("N")
      ->check(finite_number());
  command.add_flag("--interactive", options->interactive,
                   "Answer the items one at a time on the terminal (or one answer per line on stdin), then print the report");
  command.add_option("--save", options->save_file,
                     "Interactive: the answer file kept after every answer; an existing one resumes (default: self-diagnosis-answers.yaml)")
      ->type_name("FILE");
  add_output_options(command, options->output);
  add_chart_option(command, options->output);
  add_batch_options(command, options->batch);
  return options;
}

int run(Context& context, const CommandOptions& given) {
  const auto& options = options_as<DiagnoseOptions>(given);
  const bool interactive = options.interactive || !options.save_file.empty() ||
                           (options.files.empty() && !options.print_template && at_a_terminal());
  if (interactive) {
    refuse_batch_options("diagnose", options.batch, "--interactive");
    if (options.print_template) throw UsageError("diagnose: give either --interactive/--save or --template, not both");
    if (!options.files.empty()) {
      throw UsageError("diagnose: --interactive asks the questions itself; to continue a saved file use --save FILE");
    }
    if (options.allow_missing) throw UsageError("diagnose: --allow-missing goes with an answer FILE, not --interactive");
    return run_interactive(context, {"diagnose", k_instrument, options.save_file, options.output, options.fail_under});
  }
  if (options.print_template) {
    if (!options.files.empty()) throw UsageError("diagnose: give either FILE or --template, not both");
    refuse_batch_options("diagnose", options.batch, "--template");
    refuse_format_options("diagnose", options.output, "--template prints a YAML answer file");
    return print_template(context, k_instrument, options.output);
  }
  if (options.files.empty()) {
    throw UsageError("diagnose: missing FILE; print a blank answer file with `secaction diagnose --template`");
  }
  const QuestionnaireSettings settings{"diagnose", options.output, options.allow_missing, options.fail_under};
  if (is_batch_run("diagnose", options.files, options.batch, options.output)) {
    return run_batch(context, questionnaire_pipeline(context, settings), options.files, options.batch, options.output);
  }
  return run_single(context, questionnaire_pipeline(context, settings), options.files.front(), options.output);
}

} // namespace secaction::cli::diagnose_command
