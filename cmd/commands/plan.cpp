// secaction plan: one prioritised action plan from an organisation's answer files.
#include <algorithm>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "answer_sources.hpp"
#include "commands/commands.hpp"
#include "secaction/content/shipped.hpp"
#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"
#include "secaction/load/cost_loader.hpp"
#include "secaction/load/register_loader.hpp"
#include "secaction/plan/cost.hpp"
#include "secaction/plan/plan.hpp"
#include "secaction/plan/present.hpp"
#include "secaction/risk/assess.hpp"

namespace secaction::cli::plan_command {
namespace {

struct PlanOptions : CommandOptions {
  std::vector<std::string> files;
  std::string costs;
  std::string register_file;
  OutputOptions output;
};

// --register FILE: the register's assets with their 想定被害額 and the likelihood the risk analysis
// (第3.1版) gives them. Problems go to `diagnostics`; nullopt when there was any.
std::optional<std::vector<plan::RegisterAsset>> register_assets(Context& context, const std::string& file, int& likelihood_max,
                                                                Diagnostics& diagnostics) {
  auto rules = content::risk_rules(context.library(), diagnostics);
  auto catalogue = content::risk_catalogue(context.library(), diagnostics);
  if (!rules || !catalogue) throw InputError(std::move(diagnostics));
  const risk::Edition* edition = rules->find("3.1");
  if (edition == nullptr) throw std::logic_error("risk rules have no edition 3.1");
  const std::string text = context.read_input(file);
  auto reg = load::load_register(text, display_name(file), load::register_format_for(file), *edition, *catalogue, diagnostics);
  if (!reg) return std::nullopt;
  const auto assessment = risk::assess(*reg, *edition, *catalogue);
  likelihood_max = 0;
  for (const auto& [level, text_of_level] : edition->likelihood_levels) likelihood_max = std::max(likelihood_max, level);
  std::vector<plan::RegisterAsset> assets(reg->assets.size());
  for (const auto& assessed : assessment.prioritised) {
    assets[assessed.register_index] = {assessed.asset->name, assessed.asset->estimated_loss, assessed.likelihood};
  }
  return assets;
}

int run_plan(Context& context, const PlanOptions& options) {
  const Format format = resolve_format(options.output);
  const auto stdin_uses = std::count(options.files.begin(), options.files.end(), "-") + (options.costs == "-" ? 1 : 0) +
                          (options.register_file == "-" ? 1 : 0);
  if (stdin_uses > 1) throw UsageError("plan: only one FILE can be - (standard input)");
  if (!options.register_file.empty() && options.costs.empty()) {
    throw UsageError("plan: --register needs --costs FILE (the register weighs the actions' costs); see `man secaction-plan`");
  }
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
  // 費用対効果 (--costs, optionally --register): secaction's method, see plan/cost.hpp.
  std::optional<plan::CostView> costs;
  Diagnostics cost_diagnostics; // its own: only its warnings are printed when the plan is made
  std::optional<std::vector<plan::RegisterAsset>> assets; // the view points into it
  if (!options.costs.empty()) {
    auto estimates = load::load_cost_estimates(context.read_input(options.costs), display_name(options.costs), cost_diagnostics);
    int likelihood_max = 3;
    if (!options.register_file.empty()) assets = register_assets(context, options.register_file, likelihood_max, cost_diagnostics);
    if (estimates && !cost_diagnostics.has_errors()) {
      costs = plan::cost_view(result, *estimates, assets ? &*assets : nullptr, likelihood_max, cost_diagnostics);
    }
    context.report(cost_diagnostics); // errors, or warnings (a cost on an item that is no action)
    if (cost_diagnostics.has_errors()) return static_cast<int>(ExitCode::invalid_input);
  }
  const Lang lang = context.lang();
  const plan::CostView* view = costs ? &*costs : nullptr;
  context.emit(options.output,
               render_report(
                   format, options.output, [&] { return plan::to_document(result, lang, view); },
                   [&] { return plan::to_json(result, lang, view); }, RenderExtras{lang, context.as_of(), std::nullopt, {}}));
  return 0;
}

} // namespace

std::unique_ptr<CommandOptions> register_options(CLI::App& command) {
  auto options = std::make_unique<PlanOptions>();
  command.add_option("FILE", options->files, "Answer files (YAML) of one organisation, at most one per instrument");
  command.add_option("--costs", options->costs,
                     "YAML file of estimated costs (円) per action, and the register's assets each protects: adds the "
                     "cost-effectiveness view (費用対効果; secaction's method)")
      ->type_name("FILE");
  command.add_option("--register", options->register_file,
                     "Asset register (YAML or CSV, as `secaction risk` reads) with 想定被害額 per asset: weighs --costs by "
                     "the risk each action reduces")
      ->type_name("FILE");
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
