// secaction risk: the guideline's detailed risk analysis (付録7 リスク分析シート) from an asset register.
#include <iterator>
#include <memory>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "batch.hpp"
#include "commands.hpp"
#include "questionnaire_command.hpp"
#include "secaction/content/shipped.hpp"
#include "secaction/load/register_loader.hpp"
#include "secaction/load/risk_loader.hpp"
#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"
#include "secaction/risk/assess.hpp"
#include "secaction/risk/gate.hpp"
#include "secaction/risk/present.hpp"
#include "secaction/risk/register_template.hpp"
#include "secaction/risk/summary.hpp"

namespace secaction::cli {
namespace {

struct RiskOptions {
  std::vector<std::string> files;
  std::string edition = "3.1";
  std::string measures;
  std::string fail_on;
  std::optional<int> fail_over;
  bool print_template = false;
  OutputOptions output;
  BatchOptions batch;
};

struct LoadedContent {
  risk::Rules rules;
  risk::Catalogue catalogue;
  const risk::Edition* edition = nullptr;
};

LoadedContent load_content(Context& context, const std::string& edition_id) {
  Diagnostics diagnostics;
  auto rules = content::risk_rules(context.library(), diagnostics);
  auto catalogue = content::risk_catalogue(context.library(), diagnostics);
  if (!rules || !catalogue) throw InputError(std::move(diagnostics));
  LoadedContent loaded{std::move(*rules), std::move(*catalogue), nullptr};
  loaded.edition = loaded.rules.find(edition_id);
  if (loaded.edition == nullptr) {
    std::vector<std::string> ids;
    for (const auto& edition : loaded.rules.editions) ids.push_back(edition.id);
    throw UsageError(fmt::format("risk: --edition {} is not known; valid editions: {}", edition_id, fmt::join(ids, ", ")));
  }
  return loaded;
}

std::vector<std::string> gate_failures(const RiskOptions& options, const risk::RiskAssessment& assessment) {
  std::vector<std::string> failures;
  for (auto& failure : risk::gate_failures(assessment, {options.fail_on, options.fail_over})) failures.push_back(std::move(failure.message));
  return failures;
}

int gate(Context& context, const RiskOptions& options, const risk::RiskAssessment& assessment) {
  const auto failures = gate_failures(options, assessment);
  for (const auto& failure : failures) context.streams().err << "secaction: " << failure << '\n';
  return failures.empty() ? static_cast<int>(ExitCode::ok) : static_cast<int>(ExitCode::gate_failed);
}

ReportFiles risk_report_files(const risk::RiskAssessment& assessment, const risk::RulesSource& source, Format format,
                              const OutputOptions& output, Lang lang) {
  ReportFiles files;
  files.main = render_report(format, output, [&] { return risk::to_document(assessment, source, lang); },
                             [&] { return risk::to_json(assessment, source, lang); });
  return files;
}

// A register and its assessment (which points into it), kept together for a batch's renderer.
struct AssessedRegister {
  risk::Register reg;
  risk::RiskAssessment assessment;
};

BatchCommand risk_batch_command(Context& context, const RiskOptions& options, std::shared_ptr<const LoadedContent> loaded) {
  const Lang lang = context.lang();
  const Format format = resolve_format(options.output);
  BatchCommand command;
  command.name = "risk";
  command.extensions = {".yaml", ".yml", ".csv"};
  command.summary_columns = risk::summary_columns(*loaded->edition);
  // validate does not read registers; the command on the one file shows every problem.
  command.full_check = [](const std::string& file) { return "secaction risk " + file; };
  command.process = [loaded, lang, format, options](const std::string& file) {
    ProcessResult result;
    const std::string text = io::read_file(file);
    auto reg = load::load_register(text, file, load::register_format_for(file), *loaded->edition, loaded->catalogue,
                                      result.diagnostics);
    if (!reg || result.diagnostics.has_errors()) return result;
    auto assessed = std::make_shared<AssessedRegister>();
    assessed->reg = std::move(*reg);
    assessed->assessment = risk::assess(assessed->reg, *loaded->edition, loaded->catalogue);
    ProcessedInput processed;
    processed.organization = assessed->reg.organization.name;
    processed.summary_row = risk::summary_row(assessed->assessment, file, lang);
    processed.gate_failures = gate_failures(options, assessed->assessment);
    processed.render = [loaded, assessed = std::shared_ptr<const AssessedRegister>(assessed), format, output = options.output,
                        lang](const std::string&) {
      return risk_report_files(assessed->assessment, loaded->rules.source, format, output, lang);
    };
    result.processed = std::move(processed);
    return result;
  };
  return command;
}

int run_risk(Context& context, const RiskOptions& options) {
  const Format format = resolve_format(options.output);
  if (!options.print_template && is_batch_run("risk", options.files, options.batch, options.output)) {
    if (!options.measures.empty()) {
      throw UsageError("risk: --measures answers the countermeasures of one CSV register; run such registers one at a time");
    }
    auto loaded = std::make_shared<const LoadedContent>(load_content(context, options.edition));
    return run_batch(context, risk_batch_command(context, options, loaded), options.files, options.batch, options.output);
  }
  const LoadedContent loaded = load_content(context, options.edition);
  const std::string file = options.files.empty() ? std::string() : options.files.front();
  if (options.print_template) {
    context.emit(options.output, risk::render_register_template(*loaded.edition, loaded.rules.source, loaded.catalogue, context.lang()));
    return static_cast<int>(ExitCode::ok);
  }
  const std::string text = read_input(context, file);
  const std::string display_name = file == "-" ? "<stdin>" : file;
  Diagnostics diagnostics;
  auto reg = load::load_register(text, display_name, load::register_format_for(file), *loaded.edition,
                                    loaded.catalogue, diagnostics);
  if (reg && !options.measures.empty()) {
    const std::string measures_text = io::read_file(options.measures);
    auto answers = load::load_countermeasure_answers(measures_text, options.measures, loaded.catalogue, diagnostics);
    if (answers) risk::apply_measures(*reg, *answers);
  }
  context.report(diagnostics);
  if (diagnostics.has_errors()) return static_cast<int>(ExitCode::invalid_input);

  const auto assessment = risk::assess(*reg, *loaded.edition, loaded.catalogue);
  const Lang lang = context.lang();
  emit_report_files(context, options.output, risk_report_files(assessment, loaded.rules.source, format, options.output, lang));
  return gate(context, options, assessment);
}

} // namespace

void register_risk(CLI::App& app, Context& context) {
  auto options = std::make_shared<RiskOptions>();
  auto* command = app.add_subcommand("risk", "Risk analysis (付録7 リスク分析シート) of an asset register in YAML or CSV");
  command->add_option("FILE", options->files,
                      "Asset register: YAML, or CSV (.csv) with Japanese or English headers; - reads YAML from standard input. "
                      "Several FILEs or DIRs (searched for *.yaml, *.yml, *.csv) make a batch run");
  command->add_flag("--template", options->print_template, "Print a blank register (YAML) with the C/I/A criteria as comments");
  command->add_option("--edition", options->edition, "Guideline edition of the rules: 3.1 (default; C/I/A 1-3) or 3 (C/I/A 0-2)")
      ->check(CLI::IsMember({"3.1", "3", "3.0"}))
      ->transform([](std::string value) { return value == "3.0" ? std::string("3") : value; });
  command->add_option("--measures", options->measures, "YAML file answering the countermeasures per medium (for CSV registers)")
      ->type_name("FILE");
  command->add_option("--fail-on", options->fail_on, "Exit 1 when a risk in BAND or above has no treatment decided: high or medium")
      ->type_name("BAND")
      ->check(CLI::IsMember({"high", "medium"}));
  command->add_option("--fail-over", options->fail_over, "Exit 1 when any risk value is N or more")->type_name("N");
  add_output_options(*command, options->output);
  add_batch_options(*command, options->batch);
  command->callback([options, &context] {
    if (options->print_template && !options->files.empty()) throw UsageError("risk: give either FILE or --template, not both");
    if (options->print_template) refuse_batch_options("risk", options->batch, "--template");
    if (!options->print_template && options->files.empty()) {
      throw UsageError("risk: missing FILE; print a blank register with `secaction risk --template`");
    }
    context.set_exit(run_risk(context, *options));
  });
}

} // namespace secaction::cli
