// secaction steps DIR|FILE...: which Step of the guideline's Step 1–4 path an organisation has
// reached, from the answer files and results it already has, and what IPA says to do next.
#include <CLI/CLI.hpp>

#include "commands/commands.hpp"
#include "secaction/core/error.hpp"
#include "secaction/steps/present.hpp"
#include "secaction/steps/steps.hpp"
#include "steps_inputs.hpp"

namespace secaction::cli::steps_command {
namespace {

struct StepsOptions : CommandOptions {
  std::vector<std::string> inputs;
  std::string edition = "3.1";
  OutputOptions output;
};

int run_steps(Context& context, const StepsOptions& options) {
  const Format format = resolve_format(options.output);
  Diagnostics diagnostics;
  const auto inputs = read_steps_inputs(context, options.inputs, options.edition, diagnostics);
  context.report(diagnostics);
  if (diagnostics.has_errors()) return static_cast<int>(ExitCode::invalid_input);
  const auto progress = steps::assess_steps(inputs.evidence);
  const Lang lang = context.lang();
  context.emit(options.output,
               render_report(
                   format, options.output, [&] { return steps::to_document(progress, lang); },
                   [&] { return steps::to_json(progress, lang); }, RenderExtras{lang, context.as_of(), std::nullopt, {}}));
  return static_cast<int>(ExitCode::ok);
}

} // namespace

std::unique_ptr<CommandOptions> register_options(CLI::App& command) {
  auto options = std::make_unique<StepsOptions>();
  command
      .add_option("DIR|FILE", options->inputs,
                  "An organisation's answer files, results, asset register, policy profile, SECURITY ACTION evidence and "
                  "policy drafts, or directories holding them")
      ->required();
  command.add_option("--edition", options->edition,
                     "Guideline edition of the risk rules for asset registers: 3.1 (default) or 3");
  add_output_options(command, options->output);
  return options;
}

int run(Context& context, const CommandOptions& options) { return run_steps(context, options_as<StepsOptions>(options)); }

} // namespace secaction::cli::steps_command
