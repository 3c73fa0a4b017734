// secaction risk: the guideline's detailed risk analysis (付録7 リスク分析シート) from an asset register.
#include <algorithm>
#include <filesystem>
#include <memory>
#include <system_error>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <spdlog/spdlog.h>

#include "batch.hpp"
#include "choices.hpp"
#include "commands/commands.hpp"
#include "pipeline.hpp"
#include "secaction/content/shipped.hpp"
#include "secaction/core/encoding.hpp"
#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"
#include "secaction/load/register_loader.hpp"
#include "secaction/load/risk_loader.hpp"
#include "secaction/risk/assess.hpp"
#include "secaction/risk/gate.hpp"
#include "secaction/risk/present.hpp"
#include "secaction/risk/register_template.hpp"
#include "secaction/risk/summary.hpp"

namespace secaction::cli::risk_command {
namespace {

struct RiskOptions : CommandOptions {
  std::vector<std::string> files;
  std::string edition = "3.1";
  std::string measures;
  std::string fail_on;
  std::optional<int> fail_over;
  bool print_template = false;
  OutputOptions output;
  BatchOptions batch;
};

// The rules and catalogue of the edition in use, loaded once and shared read-only by the workers.
struct RiskContent {
  risk::Rules rules;
  risk::Catalogue catalogue;
  const risk::Edition* edition = nullptr;
};

std::shared_ptr<const RiskContent> load_content(Context& context, const std::string& edition_id) {
  Diagnostics diagnostics;
  auto rules = content::risk_rules(context.library(), diagnostics);
  auto catalogue = content::risk_catalogue(context.library(), diagnostics);
  if (!rules || !catalogue) throw InputError(std::move(diagnostics));
  auto loaded = std::make_shared<RiskContent>(RiskContent{std::move(*rules), std::move(*catalogue), nullptr});
  loaded->edition = loaded->rules.find(edition_id);
  if (loaded->edition == nullptr) {
    std::vector<std::string> ids;
    for (const auto& edition : loaded->rules.editions) ids.push_back(edition.id);
    throw UsageError(fmt::format("risk: --edition {} is not known; valid editions: {}", edition_id, fmt::join(ids, ", ")));
  }
  return loaded;
}

// --fail-over N must be a risk value the edition can give.
void check_fail_over(const std::optional<int>& fail_over, const risk::Edition& edition) {
  if (!fail_over) return;
  if (auto problem = impossible_threshold("--fail-over", *fail_over, risk::risk_value_range(edition))) throw UsageError(*problem);
}

// The countermeasures file of a register, by name beside it: register.csv -> register.measures.yaml
// (or .yml). A CSV register has no place for countermeasures, so this gives each register of a
// batch its own, and makes a CSV register and the same data in YAML give the same result.
std::string measures_beside(const std::string& register_file) {
  if (register_file == "-") return "";
  const std::filesystem::path path(register_file);
  for (const char* extension : {".measures.yaml", ".measures.yml"}) {
    auto candidate = path.parent_path() / (path.stem().string() + extension);
    std::error_code ignored;
    if (std::filesystem::is_regular_file(candidate, ignored)) return candidate.string();
  }
  return "";
}

bool is_measures_file(const std::string& file) {
  const std::string name = std::filesystem::path(file).filename().string();
  return name.ends_with(".measures.yaml") || name.ends_with(".measures.yml");
}

// A register and its assessment (which points into it), kept together for the renderer.
struct AssessedRegister {
  risk::Register reg;
  risk::RiskAssessment assessment;
};

// CP932 text -> UTF-8 in place; an error at the first byte that is not CP932.
bool decode_cp932(std::string& text, const std::string& name, Diagnostics& diagnostics) {
  std::size_t bad = 0;
  auto decoded = cp932_to_utf8(text, &bad);
  if (!decoded) {
    const auto line = static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(bad), '\n') + 1);
    const auto line_start = text.rfind('\n', bad == 0 ? 0 : bad - 1);
    const auto column = static_cast<int>(bad - (line_start == std::string::npos || bad == 0 ? 0 : line_start + 1) + 1);
    diagnostics.error({name, line, column},
                      "not CP932 (Shift_JIS) text (--encoding cp932); save the CSV from Excel as \"CSV\" or "
                      "\"CSV UTF-8\" (then leave --encoding out)");
    return false;
  }
  text = std::move(*decoded);
  return true;
}

Pipeline risk_pipeline(Context& context, const RiskOptions& options, std::shared_ptr<const RiskContent> loaded) {
  const Format format = resolve_format(options.output);
  const Lang lang = context.lang();
  const auto as_of = context.as_of();
  Pipeline pipeline;
  pipeline.command = "risk";
  pipeline.extensions = {".yaml", ".yml", ".csv"};
  pipeline.summary_columns = risk::summary_columns(*loaded->edition);
  pipeline.is_companion = is_measures_file;
  pipeline.full_check = [edition = loaded->edition->id](const std::string& file) {
    return edition == "3.1" ? "secaction validate " + file : fmt::format("secaction validate --edition {} {}", edition, file);
  };
  pipeline.process = [loaded, lang, as_of, format, options_output = options.output,
                      gates = risk::Gates{options.fail_on, options.fail_over},
                      measures_file = options.measures](const Input& input) {
    ProcessResult result;
    const auto register_format = load::register_format_for(input.file);
    std::string text = input.text;
    // --encoding cp932: a register Excel saved as "CSV" on Japanese Windows.
    if (register_format == load::RegisterFormat::csv && parse_text_encoding(options_output.encoding) == TextEncoding::cp932) {
      if (!decode_cp932(text, input.name(), result.diagnostics)) return result;
    }
    auto reg = load::load_register(text, input.name(), register_format, *loaded->edition, loaded->catalogue, result.diagnostics);
    // --measures FILE, else the register's own REGISTER.measures.yaml beside it.
    const std::string measures_path = !measures_file.empty() ? measures_file : measures_beside(input.file);
    if (reg && !measures_path.empty()) {
      spdlog::info("{}: countermeasures from {}", input.name(), measures_path);
      const std::string measures_text = io::read_file(measures_path);
      auto measures = load::load_countermeasure_answers(measures_text, measures_path, loaded->catalogue, result.diagnostics);
      if (measures) risk::apply_measures(*reg, *measures);
    }
    if (!reg || result.diagnostics.has_errors()) return result;
    auto assessed = std::make_shared<AssessedRegister>();
    assessed->reg = std::move(*reg);
    assessed->assessment = risk::assess(assessed->reg, *loaded->edition, loaded->catalogue);
    ProcessedInput processed;
    processed.organization = assessed->reg.organization.name;
    processed.summary_row = risk::summary_row(assessed->assessment, input.name(), lang);
    for (auto& failure : risk::gate_failures(assessed->assessment, gates))
      processed.gate_failures.push_back(std::move(failure.message));
    processed.render = [loaded, assessed = std::shared_ptr<const AssessedRegister>(assessed), format, output = options_output,
                        lang, as_of](const std::string&) {
      ReportFiles files;
      files.main = render_report(
          format, output, [&] { return risk::to_document(assessed->assessment, loaded->rules.source, lang); },
          [&] { return risk::to_json(assessed->assessment, loaded->rules.source, lang); },
          RenderExtras{lang, as_of, std::nullopt, {}});
      return files;
    };
    result.processed = std::move(processed);
    return result;
  };
  return pipeline;
}

} // namespace

std::unique_ptr<CommandOptions> register_options(CLI::App& command) {
  auto options = std::make_unique<RiskOptions>();
  command.add_option("FILE", options->files,
                     "Asset register: YAML, or CSV (.csv) with Japanese or English headers; - reads YAML from standard input. "
                     "Several FILEs or DIRs (searched for *.yaml, *.yml, *.csv) make a batch run");
  command.add_flag("--template", options->print_template, "Print a blank register (YAML) with the C/I/A criteria as comments");
  command.add_option("--edition", options->edition, "Guideline edition of the rules: 3.1 (default; C/I/A 1-3) or 3 (C/I/A 0-2)")
      ->transform(one_of_choices({{"3.1", {}}, {"3", {"3.0"}}}));
  command.add_option("--measures", options->measures,
                     "YAML file answering the countermeasures per medium (for CSV registers; default: REGISTER.measures.yaml beside "
                     "the register, which a batch uses per register)")
      ->type_name("FILE");
  command.add_option("--fail-on", options->fail_on,
                     "Exit 1 when a risk in BAND or above has no treatment decided: high (大) or medium (中)")
      ->type_name("BAND")
      ->transform(one_of_choices({{"high", {"大"}}, {"medium", {"中"}}}));
  command.add_option("--fail-over", options->fail_over, "Exit 1 when any risk value is N or more")->type_name("N");
  add_output_options(command, options->output);
  options->output.csv_input = true; // --encoding also reads CSV registers
  add_batch_options(command, options->batch);
  return options;
}

int run(Context& context, const CommandOptions& given) {
  const auto& options = options_as<RiskOptions>(given);
  if (options.print_template && !options.files.empty()) throw UsageError("risk: give either FILE or --template, not both");
  if (options.print_template) {
    refuse_batch_options("risk", options.batch, "--template");
    refuse_format_options("risk", options.output, "--template prints a YAML register");
  }
  if (!options.print_template && options.files.empty()) {
    throw UsageError("risk: missing FILE; print a blank register with `secaction risk --template`");
  }
  resolve_format(options.output); // a bad --format is a usage error before the content is loaded
  if (!options.print_template && is_batch_run("risk", options.files, options.batch, options.output)) {
    if (!options.measures.empty()) {
      throw UsageError("risk: --measures answers the countermeasures of one register; in a batch, put each register's beside it "
                       "as REGISTER.measures.yaml");
    }
    const auto loaded = load_content(context, options.edition);
    check_fail_over(options.fail_over, *loaded->edition);
    return run_batch(context, risk_pipeline(context, options, loaded), options.files, options.batch, options.output);
  }
  const auto loaded = load_content(context, options.edition);
  check_fail_over(options.fail_over, *loaded->edition);
  if (options.print_template) {
    context.emit(options.output, risk::render_register_template(*loaded->edition, loaded->rules.source, loaded->catalogue, context.lang()));
    return static_cast<int>(ExitCode::ok);
  }
  return run_single(context, risk_pipeline(context, options, loaded), options.files.front(), options.output);
}

} // namespace secaction::cli::risk_command
