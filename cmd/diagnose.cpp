// secaction diagnose: IPA「5分でできる！情報セキュリティ自社診断」.
#include "commands.hpp"
#include "interactive_command.hpp"
#include "questionnaire_command.hpp"
#include "secaction/core/error.hpp"

namespace secaction::cli {
namespace {

constexpr const char* k_instrument = "self-diagnosis";

struct DiagnoseOptions {
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

void register_diagnose(CLI::App& app, Context& context) {
  auto options = std::make_shared<DiagnoseOptions>();
  auto* command = app.add_subcommand("diagnose", "Score the 5-minute self-diagnosis (自社診断, 25 items) from an answer file");
  command->add_option("FILE", options->files,
                      "Answer file (YAML); - reads standard input. Several FILEs or DIRs (searched for *.yaml, *.yml) make a batch run");
  command->add_flag("--template", options->print_template, "Print a blank answer file to fill in");
  command->add_flag("--allow-missing", options->allow_missing, "Score unanswered items as わからない (-1) and list them");
  command->add_option("--fail-under", options->fail_under, "Exit 1 when the total score is below N")->type_name("N");
  command->add_flag("--interactive", options->interactive,
                    "Answer the items one at a time on the terminal (or one answer per line on stdin), then print the report");
  command->add_option("--save", options->save_file,
                      "Interactive: the answer file kept after every answer; an existing one resumes (default: self-diagnosis-answers.yaml)")
      ->type_name("FILE");
  add_output_options(*command, options->output);
  add_chart_option(*command, options->output);
  add_batch_options(*command, options->batch);
  command->callback([options, &context] {
    const bool interactive = options->interactive || !options->save_file.empty() ||
                             (options->files.empty() && !options->print_template && at_a_terminal());
    if (interactive) {
      refuse_batch_options("diagnose", options->batch, "--interactive");
      if (options->print_template) throw UsageError("diagnose: give either --interactive/--save or --template, not both");
      if (!options->files.empty()) {
        throw UsageError("diagnose: --interactive asks the questions itself; to continue a saved file use --save FILE");
      }
      if (options->allow_missing) throw UsageError("diagnose: --allow-missing goes with an answer FILE, not --interactive");
      context.set_exit(run_interactive(context, {"diagnose", k_instrument, options->save_file, options->output, options->fail_under}));
      return;
    }
    if (options->print_template) {
      if (!options->files.empty()) throw UsageError("diagnose: give either FILE or --template, not both");
      refuse_batch_options("diagnose", options->batch, "--template");
      context.set_exit(print_template(context, k_instrument, options->output));
      return;
    }
    if (options->files.empty()) {
      throw UsageError("diagnose: missing FILE; print a blank answer file with `secaction diagnose --template`");
    }
    if (is_batch_run("diagnose", options->files, options->batch, options->output)) {
      QuestionnaireRun run{"diagnose", "", options->output, options->allow_missing, options->fail_under};
      context.set_exit(run_batch(context, questionnaire_batch_command(context, run), options->files, options->batch, options->output));
      return;
    }
    QuestionnaireRun run{"diagnose", options->files.front(), options->output, options->allow_missing, options->fail_under};
    context.set_exit(run_questionnaire(context, run));
  });
}

} // namespace secaction::cli
