// secaction plan: one prioritised action plan from an organisation's answer files.
#include <algorithm>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "answer_sources.hpp"
#include "commands/commands.hpp"
#include "secaction/core/error.hpp"
#include "secaction/plan/plan.hpp"
#include "secaction/plan/present.hpp"

namespace secaction::cli::plan_command {
namespace {

struct PlanOptions : CommandOptions {
  std::vector<std::string> files;
  OutputOptions output;
};

int run_plan(Context& context, const PlanOptions& options) {
  const Format format = resolve_format(options.output);
  if (std::count(options.files.begin(), options.files.end(), "-") > 1) throw UsageError("plan: only one FILE can be - (standard input)");
  Diagnostics diagnostics;
  auto sources = load_answer_sources(context, options.files, diagnostics);
  if (diagnostics.has_errors()) {
    context.report(diagnostics);
    return static_cast<int>(ExitCode::invalid_input);
  }
  std::vector<plan::Source> inputs;
  for (const auto& source : sources) inputs.push_back({source.loaded.instrument, source.loaded.answers});
  const auto result = plan::make_plan(inputs, diagnostics);
  if (diagnostics.has_errors()) {
    context.report(diagnostics);
    return static_cast<int>(ExitCode::invalid_input);
  }
  const Lang lang = context.lang();
  context.emit(options.output,
               render_report(
                   format, options.output, [&] { return plan::to_document(result, lang); },
                   [&] { return plan::to_json(result, lang); }, RenderExtras{lang, context.as_of(), std::nullopt, {}}));
  return 0;
}

} // namespace

std::unique_ptr<CommandOptions> register_options(CLI::App& command) {
  auto options = std::make_unique<PlanOptions>();
  command.add_option("FILE", options->files, "Answer files (YAML) of one organisation, at most one per instrument");
  add_output_options(command, options->output);
  return options;
}

int run(Context& context, const CommandOptions& given) {
  const auto& options = options_as<PlanOptions>(given);
  if (options.files.empty()) {
    throw UsageError("plan: missing FILE; give an organisation's answer files, at most one per instrument (print one with "
                     "`secaction diagnose --template` or `secaction checklist NAME --template`)");
  }
  return run_plan(context, options);
}

} // namespace secaction::cli::plan_command
