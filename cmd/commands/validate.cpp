// secaction validate: check content and every kind of file secaction reads, each with its own rules.
#include <algorithm>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "choices.hpp"
#include "commands/commands.hpp"
#include "secaction/content/shipped.hpp"
#include "secaction/core/error.hpp"
#include "secaction/core/messages.hpp"
#include "secaction/io/files.hpp"
#include "secaction/load/answers_loader.hpp"
#include "secaction/load/benchmark_loader.hpp"
#include "secaction/load/file_kind.hpp"
#include "secaction/load/instrument_loader.hpp"
#include "secaction/load/policy_loader.hpp"
#include "secaction/load/regulation_rules_loader.hpp"
#include "secaction/load/procedures_loader.hpp"
#include "secaction/load/cost_loader.hpp"
#include "secaction/load/register_loader.hpp"
#include "secaction/load/result_reader.hpp"
#include "secaction/load/risk_loader.hpp"
#include "secaction/load/security_action_loader.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/yaml_reader.hpp"
#include "secaction/questionnaire/answer_template.hpp"

namespace secaction::cli::validate_command {
namespace {

struct ValidateOptions : CommandOptions {
  std::vector<std::string> files;
  bool allow_missing = false;
  std::string edition = "3.1";
};

enum class Outcome { ok, invalid, io_error };

using load::FileKind;

// The risk rules (registers are checked against --edition's scales) and the threat catalogue.
struct RiskContent {
  risk::Rules rules;
  risk::Catalogue catalogue;
};

std::optional<RiskContent> risk_content(Context& context, Diagnostics& diagnostics) {
  auto rules = content::risk_rules(context.library(), diagnostics);
  auto catalogue = content::risk_catalogue(context.library(), diagnostics);
  if (!rules || !catalogue) return std::nullopt;
  return RiskContent{std::move(*rules), std::move(*catalogue)};
}

std::string plural(std::size_t count, const char* noun) { return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s"); }

// Checks one file of a known kind with the rules of the command that reads it; returns the
// summary for "FILE: ok (…)" (empty when there were errors).
std::string check_kind(Context& context, FileKind kind, const load::JsonTree& tree, const std::string& text, const std::string& name,
                       const ValidateOptions& options, Diagnostics& diagnostics) {
  switch (kind) {
  case FileKind::instrument: {
    auto instrument = load::load_instrument_tree(tree, load::shipped_schema("instrument.schema.json"), diagnostics);
    return instrument ? fmt::format("instrument {}, {}", instrument->id, plural(instrument->item_count(), "item")) : "";
  }
  case FileKind::benchmark_answers: {
    auto content = content::benchmark_content(context.library(), diagnostics);
    if (!content) return "";
    auto loaded = load::load_benchmark_answers(text, name, context.library(), content->rules, diagnostics);
    return loaded ? fmt::format("benchmark answers and profile, {}", plural(loaded->answers.answers.answers.size(), "item")) : "";
  }
  case FileKind::register_file:
  case FileKind::measures: {
    auto content = risk_content(context, diagnostics);
    if (!content) return "";
    const auto* edition = content->rules.find(options.edition);
    if (kind == FileKind::measures) {
      auto measures = load::load_countermeasure_answers(text, name, content->catalogue, diagnostics);
      return measures ? fmt::format("countermeasures for risk --measures, {}", fmt::format("{} {}", measures->size(), measures->size() == 1 ? "medium" : "media")) : "";
    }
    auto reg = load::load_register(text, name, load::register_format_for(name), *edition, content->catalogue, diagnostics);
    return reg ? fmt::format("asset register, {}, edition {}", plural(reg->assets.size(), "asset"), edition->id) : "";
  }
  case FileKind::policy_profile: {
    auto profile = load::load_policy_profile(text, name, diagnostics);
    return profile ? fmt::format("company profile of {}", profile->company_name) : "";
  }
  case FileKind::regulation_rules: {
    auto book = load::load_regulation_rules(text, name, diagnostics);
    if (!book) return "";
    std::size_t rules = 0;
    for (const auto& chapter : book->chapters) rules += chapter.rules.size();
    return fmt::format("rules of the regulations, {} in {}", plural(rules, "rule"), plural(book->chapters.size(), "chapter"));
  }
  case FileKind::evidence: {
    auto evidence = load::load_security_action_evidence(text, name, load::shipped_schema("security-action.schema.json"), diagnostics);
    return evidence ? "SECURITY ACTION evidence" : "";
  }
  case FileKind::result: {
    auto snapshot = load::read_result(tree, context.library(), diagnostics);
    return snapshot ? fmt::format("JSON result of {}", snapshot->instrument->id) : "";
  }
  case FileKind::other_result: {
    const std::string schema = tree.root().at("schema").get<std::string>();
    const std::string file = schema.rfind("secaction.benchmark-result/", 0) == 0 ? "benchmark-result.schema.json"
                             : schema.rfind("secaction.risk-result/", 0) == 0    ? "risk-result.schema.json"
                             : schema.rfind("secaction.compare/", 0) == 0        ? "compare-result.schema.json"
                                                                                 : "trend-result.schema.json";
    return load::shipped_schema(file).validate(tree, diagnostics) ? fmt::format("report ({})", schema) : "";
  }
  case FileKind::benchmark_reference: {
    auto content = content::benchmark_content(context.library(), diagnostics);
    if (!content) return "";
    auto stats = load::load_reference_stats(text, name, content->rules, *content->instrument, diagnostics);
    return stats ? fmt::format("benchmark reference statistics, {}", plural(stats->groups.size(), "group")) : "";
  }
  case FileKind::cost_estimates: {
    // The items and assets it names are checked against the plan and register `plan` is given.
    auto costs = load::load_cost_estimates(text, name, diagnostics);
    return costs ? fmt::format("cost estimates for plan --costs, {} {}", costs->size(), costs->size() == 1 ? "entry" : "entries") : "";
  }
  case FileKind::answers:
  case FileKind::unknown:
    break;
  }
  // Answer files, and anything not recognisably another kind (whose errors then say what an
  // answer file needs).
  load::AnswerFileOptions answer_options{"", options.allow_missing ? load::MissingAnswers::score_unknown : load::MissingAnswers::error};
  auto loaded = load::load_answers(tree, context.library(), answer_options, diagnostics);
  if (!loaded) return "";
  std::string summary = fmt::format("answers to {}, {}", loaded->instrument->key(), plural(loaded->answers.answers.size(), "item"));
  if (!loaded->answers.missing.empty()) summary += fmt::format(", {} unanswered", loaded->answers.missing.size());
  return summary;
}

Outcome validate_file(Context& context, const std::string& file, const ValidateOptions& options) {
  const std::string name = display_name(file);
  std::string text;
  try {
    text = context.read_input(file);
  } catch (const IoError& e) {
    context.streams().err << localize_error_line(e.what(), context.message_lang()) << '\n';
    return Outcome::io_error;
  } catch (const InputError& e) {
    context.report(e.diagnostics());
    return Outcome::invalid;
  }
  Diagnostics diagnostics;
  std::string summary;
  if (file != "-" && load::register_format_for(file) == load::RegisterFormat::csv) {
    // A CSV file is an asset register (the only CSV secaction reads).
    auto content = risk_content(context, diagnostics);
    if (content) {
      const auto* edition = content->rules.find(options.edition);
      auto reg = load::load_register(text, name, load::RegisterFormat::csv, *edition, content->catalogue, diagnostics);
      if (reg) summary = fmt::format("asset register (CSV), {}, edition {}", plural(reg->assets.size(), "asset"), edition->id);
    }
  } else if (auto tree = load::read_yaml(text, name, diagnostics)) {
    if (!diagnostics.has_errors()) summary = check_kind(context, load::file_kind(*tree), *tree, text, name, options, diagnostics);
  }
  context.report(diagnostics);
  if (diagnostics.has_errors()) return Outcome::invalid;
  context.streams().out << fmt::format("{}: ok ({})\n", name, summary);
  return Outcome::ok;
}

// With no FILE: every instrument of the content in use (and of every --pack), their
// cross-references, and the template.
Outcome validate_content(Context& context) {
  auto& library = context.unchecked_library();
  Diagnostics diagnostics;
  diagnostics.append(library.problems());
  library.check_all(diagnostics);
  // The risk rules and threat catalogue (secaction risk), when the content has them.
  if (library.source().read(std::string(content::k_risk_rules_file))) content::risk_rules(library, diagnostics);
  if (library.source().read(std::string(content::k_risk_threats_file))) content::risk_catalogue(library, diagnostics);
  // The benchmark's profile questions, weights, cut-offs and desired levels (secaction benchmark).
  if (library.source().read(content::k_benchmark_rules_file)) content::benchmark_content(library, diagnostics);
  // The laws an incident may involve and where to get help (incident-response reports, policy drafts).
  content::incident_guidance(library, diagnostics);
  // The procedure documents of secaction policy.
  if (const auto file = library.source().read(policy::k_procedures_content)) load::load_procedures(file->text, file->display_name, diagnostics);
  const auto template_file = library.read_text("templates/answer-file.yaml.mustache");
  const auto installed = library.installed();
  for (const auto& entry : installed) {
    Diagnostics ignored;
    if (const auto* instrument = library.get(entry.key(), ignored)) {
      for (Lang lang : {Lang::ja, Lang::en}) {
        const auto blank = questionnaire::render_answer_template(template_file.text, *instrument, lang, std::nullopt);
        auto tree = load::read_yaml(blank, "template for " + entry.key(), diagnostics);
        if (!tree) break;
        // The blank file must read back as an answer file of this very edition.
        load::AnswerFileOptions options{"", load::MissingAnswers::score_unknown};
        auto loaded = load::load_answers(*tree, library, options, diagnostics);
        if (loaded && loaded->instrument != instrument) {
          diagnostics.error({"template for " + entry.key()}, "the blank answer file does not name this edition");
        }
      }
    }
  }
  context.report(diagnostics);
  if (diagnostics.has_errors()) return Outcome::invalid;
  auto count = [&](const std::string& pack) {
    return std::count_if(installed.begin(), installed.end(), [&](const auto& entry) { return entry.pack == pack; });
  };
  auto instruments = [](std::ptrdiff_t n) { return fmt::format("{} instrument{}", n, n == 1 ? "" : "s"); };
  context.streams().out << fmt::format("{}: ok ({})\n", library.source().describe(), instruments(count("")));
  for (const auto& pack : library.packs()) {
    context.streams().out << fmt::format("pack {} ({}): ok ({})\n", pack.name, pack.root.string(), instruments(count(pack.name)));
  }
  return Outcome::ok;
}

} // namespace

std::unique_ptr<CommandOptions> register_options(CLI::App& command) {
  auto options = std::make_unique<ValidateOptions>();
  command.add_option("FILE", options->files,
                     "Any file secaction reads: answer files (also benchmark ones, with their profile), asset registers (YAML or "
                     "CSV), countermeasures, company profiles, SECURITY ACTION evidence, JSON results, reference statistics, "
                     "instruments; - reads standard input");
  command.add_flag("--allow-missing", options->allow_missing,
                   "Accept answer files with unanswered items (a half-finished --interactive file)");
  command.add_option("--edition", options->edition, "Asset registers: the guideline edition whose scales they use (default 3.1)")
      ->transform(one_of_choices({{"3.1", {}}, {"3", {"3.0"}}}));
  return options;
}

int run(Context& context, const CommandOptions& given) {
  const auto& options = options_as<ValidateOptions>(given);
  // validate is how the build checks the embedded content (secaction_content_check), so it never
  // trusts that check itself.
  context.check_embedded_content();
  if (std::count(options.files.begin(), options.files.end(), "-") > 1) {
    throw UsageError("validate: - (standard input) can be given once");
  }
  Outcome worst = Outcome::ok;
  auto note = [&worst](Outcome outcome) {
    if (outcome == Outcome::io_error || (outcome == Outcome::invalid && worst == Outcome::ok)) worst = outcome;
  };
  if (options.files.empty()) note(validate_content(context));
  for (const auto& file : options.files) note(validate_file(context, file, options));
  return worst == Outcome::ok        ? static_cast<int>(ExitCode::ok)
         : worst == Outcome::invalid ? static_cast<int>(ExitCode::invalid_input)
                                     : static_cast<int>(ExitCode::io_error);
}

} // namespace secaction::cli::validate_command
