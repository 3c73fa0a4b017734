// secaction plan: one prioritised action plan from an organisation's answer files.
#include <fmt/format.h>

#include "answer_sources.hpp"
#include "commands.hpp"
#include "secaction/core/error.hpp"
#include "secaction/plan/plan.hpp"
#include "secaction/plan/present.hpp"

namespace secaction::cli {
namespace {

struct PlanOptions {
  std::vector<std::string> files;
  OutputOptions output;
};

int run_plan(Context& context, const PlanOptions& options) {
  const Format format = resolve_format(options.output);
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
  context.emit(options.output, render_report(format, options.output, [&] { return plan::to_document(result, lang); },
                                             [&] { return plan::to_json(result, lang); }));
  return 0;
}

} // namespace

void register_plan(CLI::App& app, Context& context) {
  auto options = std::make_shared<PlanOptions>();
  auto* command = app.add_subcommand(
      "plan", "One prioritised action plan from an organisation's answer files, each open item once");
  command->add_option("FILE", options->files, "Answer files (YAML) of one organisation, at most one per instrument")->required();
  add_output_options(*command, options->output);
  command->callback([options, &context] { context.set_exit(run_plan(context, *options)); });
}

} // namespace secaction::cli
