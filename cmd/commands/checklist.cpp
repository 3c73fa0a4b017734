// secaction checklist: the guidance's checklists (list, blank template, scoring) and SECURITY ACTION readiness.
#include <algorithm>
#include <filesystem>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "batch.hpp"
#include "choices.hpp"
#include "checklist_target.hpp"
#include "commands/commands.hpp"
#include "interactive_run.hpp"
#include "questionnaire_pipeline.hpp"
#include "readiness_run.hpp"
#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"
#include "secaction/load/security_action_loader.hpp"
#include "secaction/questionnaire/catalog.hpp"
#include "secaction/readiness/present.hpp"
#include "suggest.hpp"

namespace secaction::cli::checklist_command {
namespace {

struct ChecklistOptions : CommandOptions {
  bool print_template = false;
  bool allow_missing = false;
  bool interactive = false;
  std::string save_file;
  std::optional<double> fail_under;
  std::string five_principles;
  std::string self_diagnosis;
  std::string evidence;
  bool allow_outside = false;
  OutputOptions output;
  BatchOptions batch;
  std::vector<std::string> targets; // list | security-action | a checklist id | answer or evidence files or DIRs
};

// Every installed edition of every checklist (packs' included).
std::vector<const questionnaire::Instrument*> checklist_instruments(Context& context) {
  std::vector<const questionnaire::Instrument*> instruments;
  Diagnostics diagnostics;
  for (const auto& entry : context.library().installed()) {
    const auto* instrument = context.library().get(entry.key(), diagnostics);
    if (instrument != nullptr && instrument->command == "checklist") instruments.push_back(instrument);
  }
  if (diagnostics.has_errors()) throw InputError(std::move(diagnostics));
  return instruments;
}

// The names a checklist answers to: its id, and id@edition for an instrument with editions.
std::vector<std::string> checklist_ids(const std::vector<const questionnaire::Instrument*>& instruments) {
  std::vector<std::string> ids;
  for (const auto* instrument : instruments) {
    if (std::find(ids.begin(), ids.end(), instrument->id) == ids.end()) ids.push_back(instrument->id);
    if (!instrument->edition.empty()) ids.push_back(instrument->key());
  }
  return ids;
}

int print_list(Context& context, const std::vector<const questionnaire::Instrument*>& instruments, const OutputOptions& output) {
  const Format format = resolve_format(output);
  std::vector<questionnaire::CatalogEntry> entries;
  for (const auto* instrument : instruments) {
    entries.push_back(questionnaire::catalog_entry(*instrument, context.library().pack_of(*instrument)));
  }
  const auto readiness = readiness::catalog_text();
  entries.push_back({"security-action", readiness.title, std::nullopt, readiness.source, {}, false, {}, {}});
  const Lang lang = context.lang();
  context.emit(output, render_report(
                           format, output, [&] { return questionnaire::catalog_document(entries, lang); },
                           [&] { return questionnaire::catalog_json(entries, lang); },
                           RenderExtras{lang, context.as_of(), std::nullopt, {}}));
  return static_cast<int>(ExitCode::ok);
}

bool has_readiness_options(const ChecklistOptions& options) {
  return !options.five_principles.empty() || !options.self_diagnosis.empty() || !options.evidence.empty() || options.allow_outside;
}

void refuse_template(const ChecklistOptions& options, const char* what) {
  if (options.print_template) {
    throw UsageError(fmt::format("checklist: --template needs a checklist name, not {}; see `secaction checklist list`", what));
  }
}

void refuse_readiness_options(const ChecklistOptions& options) {
  if (has_readiness_options(options)) {
    throw UsageError("checklist: --five-principles, --self-diagnosis, --policy and --allow-outside go with `secaction checklist "
                     "security-action`");
  }
}

void refuse_scoring_options(const ChecklistOptions& options) {
  if (options.allow_missing || options.fail_under) {
    throw UsageError("checklist: --allow-missing and --fail-under go with an answer FILE");
  }
}

bool wants_interactive(const ChecklistOptions& options) { return options.interactive || !options.save_file.empty(); }

void refuse_interactive(const ChecklistOptions& options) {
  if (wants_interactive(options)) {
    throw UsageError("checklist: --interactive and --save go with a checklist NAME; `secaction checklist list` shows them");
  }
}

QuestionnaireSettings questionnaire_settings(const ChecklistOptions& options) {
  return {"checklist", options.output, options.allow_missing, options.fail_under};
}

// Several answer files or directories: each scored as `secaction checklist FILE` would.
int run_checklist_batch(Context& context, const ChecklistOptions& options) {
  refuse_interactive(options);
  refuse_template(options, "answer files");
  refuse_readiness_options(options);
  return run_batch(context, questionnaire_pipeline(context, questionnaire_settings(options)), options.targets, options.batch,
                   options.output);
}

} // namespace

std::unique_ptr<CommandOptions> register_options(CLI::App& command) {
  auto options = std::make_unique<ChecklistOptions>();
  command.add_option("TARGET", options->targets,
                     "list | security-action | a checklist id (with --template) | an answer file or evidence file to read; "
                     "several answer FILEs or DIRs (searched for *.yaml, *.yml) make a batch run")
      ->type_name("NAME|FILE");
  command.add_flag("--template", options->print_template, "Print a blank answer file for the checklist NAME");
  command.add_flag("--allow-missing", options->allow_missing, "Score unanswered items as not done and list them");
  command.add_option("--fail-under", options->fail_under, "Exit 1 when the completion is below PERCENT")->type_name("PERCENT")
      ->check(finite_number());
  command.add_option("--five-principles", options->five_principles, "security-action: the five-principles answer file")
      ->type_name("FILE");
  command.add_option("--self-diagnosis", options->self_diagnosis, "security-action: the self-diagnosis answer file")
      ->type_name("FILE");
  command.add_option("--policy,--evidence", options->evidence,
                     "security-action: the evidence file (policy: established_on, published, where; optional answer-file paths)")
      ->type_name("FILE");
  command.add_flag("--allow-outside", options->allow_outside,
                   "security-action: let the evidence file name answer files outside its own directory");
  command.add_flag("--interactive", options->interactive,
                   "With NAME: answer the checklist one item at a time on the terminal (or one answer per line on stdin)");
  command.add_option("--save", options->save_file,
                     "Interactive: the answer file kept after every answer; an existing one resumes (default: NAME-answers.yaml)")
      ->type_name("FILE");
  add_output_options(command, options->output);
  add_chart_option(command, options->output);
  add_batch_options(command, options->batch);
  return options;
}

int run(Context& context, const CommandOptions& given) {
  const auto& options = options_as<ChecklistOptions>(given);
  if (is_batch_run("checklist", options.targets, options.batch, options.output)) return run_checklist_batch(context, options);
  const std::string target = options.targets.empty() ? std::string() : options.targets.front();
  if (target.empty()) {
    throw UsageError("checklist: missing NAME or FILE; `secaction checklist list` shows the checklists");
  }
  std::error_code ignored;
  const bool file_exists = std::filesystem::exists(target, ignored);
  // A file (or -) is scored with its own instrument only; a NAME needs every checklist's ids, so
  // only then is every instrument loaded (issue 19: a single run loads what it uses).
  std::vector<const questionnaire::Instrument*> instruments;
  std::vector<std::string> ids;
  if (!file_exists && target != "-") {
    instruments = checklist_instruments(context);
    ids = checklist_ids(instruments);
  }
  switch (classify_checklist_argument(target, file_exists, ids)) {
  case ChecklistTarget::list:
    refuse_batch_options("checklist", options.batch, "list");
    refuse_interactive(options);
    refuse_template(options, "list");
    refuse_readiness_options(options);
    refuse_scoring_options(options);
    return print_list(context, instruments, options.output);
  case ChecklistTarget::readiness:
    refuse_batch_options("checklist", options.batch, "security-action");
    refuse_interactive(options);
    refuse_template(options, "security-action (it reads evidence; see man secaction-checklist for its format)");
    refuse_scoring_options(options);
    return run_readiness(context, {options.evidence, options.five_principles, options.self_diagnosis, options.allow_outside, options.output});
  case ChecklistTarget::instrument:
    refuse_batch_options("checklist", options.batch, "a checklist NAME");
    if (wants_interactive(options) || (!options.print_template && at_a_terminal())) {
      if (options.print_template) throw UsageError("checklist: give either --interactive/--save or --template, not both");
      refuse_readiness_options(options);
      if (options.allow_missing) throw UsageError("checklist: --allow-missing goes with an answer FILE, not --interactive");
      return run_interactive(context, {"checklist", target, options.save_file, options.output, options.fail_under});
    }
    if (!options.print_template) {
      throw UsageError(fmt::format("checklist: '{0}' is a checklist; print its blank answer file with "
                                   "`secaction checklist {0} --template`, then score it with `secaction checklist FILE`",
                                   target));
    }
    refuse_readiness_options(options);
    refuse_scoring_options(options);
    refuse_format_options("checklist", options.output, "--template prints a YAML answer file");
    return print_template(context, target, options.output);
  case ChecklistTarget::unknown_name: {
    std::vector<std::string> names{"list", "security-action"};
    names.insert(names.end(), ids.begin(), ids.end());
    if (const auto match = closest_match(target, names)) {
      throw UsageError(
          fmt::format("unknown checklist '{}'; did you mean '{}'? (`secaction checklist list` shows them)", target, *match));
    }
    throw UsageError(fmt::format("unknown checklist '{}' (and no such file); valid names: {}", target, fmt::join(names, ", ")));
  }
  case ChecklistTarget::file:
    break;
  }
  refuse_interactive(options);
  refuse_template(options, "a file");
  // An evidence file is recognised by its keys, so its name does not matter. Standard input is
  // always an answer file (it can be read only once).
  if (target != "-" && load::looks_like_security_action_evidence(io::read_file(target), target)) {
    refuse_scoring_options(options);
    if (!options.evidence.empty()) throw UsageError("checklist: give the evidence file once, either as FILE or with --policy");
    return run_readiness(context, {target, options.five_principles, options.self_diagnosis, options.allow_outside, options.output});
  }
  refuse_readiness_options(options);
  return run_single(context, questionnaire_pipeline(context, questionnaire_settings(options)), target, options.output);
}

} // namespace secaction::cli::checklist_command
