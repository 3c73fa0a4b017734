// secaction validate: check content and answer files against their schemas and rules.
#include <algorithm>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands/commands.hpp"
#include "secaction/content/shipped.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/answers_loader.hpp"
#include "secaction/load/instrument_loader.hpp"
#include "secaction/load/benchmark_loader.hpp"
#include "secaction/load/risk_loader.hpp"
#include "secaction/load/yaml_reader.hpp"
#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"
#include "secaction/questionnaire/answer_template.hpp"

namespace secaction::cli::validate_command {
namespace {

struct ValidateOptions : CommandOptions {
  std::vector<std::string> files;
  bool allow_missing = false;
};

enum class Outcome { ok, invalid, io_error };

// Is this an instrument (content) file or an answer file? Decided by its keys, so a file's name
// does not matter.
bool is_instrument(const load::JsonTree& tree) {
  return tree.root().is_object() && tree.root().contains("schema") && !tree.root().contains("answers");
}

Outcome validate_file(Context& context, const std::string& file, bool allow_missing) {
  std::string text;
  try {
    text = io::read_file(file);
  } catch (const IoError& e) {
    context.streams().err << e.what() << '\n';
    return Outcome::io_error;
  } catch (const InputError& e) {
    context.report(e.diagnostics());
    return Outcome::invalid;
  }
  Diagnostics diagnostics;
  std::string summary;
  if (auto tree = load::read_yaml(text, file, diagnostics)) {
    if (is_instrument(*tree)) {
      auto instrument = load::load_instrument_tree(*tree, load::shipped_schema("instrument.schema.json"), diagnostics);
      if (instrument) summary = fmt::format("instrument {}, {} items", instrument->id, instrument->item_count());
    } else {
      load::AnswerFileOptions options{"", allow_missing ? load::MissingAnswers::score_unknown : load::MissingAnswers::error};
      auto loaded = load::load_answers(*tree, context.library(), options, diagnostics);
      if (loaded) summary = fmt::format("answers to {}, {} items", loaded->instrument->key(), loaded->answers.answers.size());
      if (loaded && !loaded->answers.missing.empty()) summary += fmt::format(", {} unanswered", loaded->answers.missing.size());
    }
  }
  context.report(diagnostics);
  if (diagnostics.has_errors()) return Outcome::invalid;
  context.streams().out << fmt::format("{}: ok ({})\n", file, summary);
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
  command.add_option("FILE", options->files, "Answer files or instrument files (YAML)");
  command.add_flag("--allow-missing", options->allow_missing,
                   "Accept answer files with unanswered items (a half-finished --interactive file)");
  return options;
}

int run(Context& context, const CommandOptions& given) {
  const auto& options = options_as<ValidateOptions>(given);
  Outcome worst = Outcome::ok;
  auto note = [&worst](Outcome outcome) {
    if (outcome == Outcome::io_error || (outcome == Outcome::invalid && worst == Outcome::ok)) worst = outcome;
  };
  if (options.files.empty()) note(validate_content(context));
  for (const auto& file : options.files) note(validate_file(context, file, options.allow_missing));
  return worst == Outcome::ok        ? static_cast<int>(ExitCode::ok)
         : worst == Outcome::invalid ? static_cast<int>(ExitCode::invalid_input)
                                     : static_cast<int>(ExitCode::io_error);
}

} // namespace secaction::cli::validate_command
