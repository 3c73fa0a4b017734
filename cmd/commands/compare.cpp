// secaction compare OLD NEW: what changed between two results of one instrument.
#include <optional>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands/commands.hpp"
#include "results.hpp"
#include "secaction/content/editions.hpp"
#include "secaction/core/error.hpp"
#include "secaction/core/messages.hpp"
#include "secaction/core/text.hpp"
#include "secaction/history/compare.hpp"
#include "secaction/history/present.hpp"

namespace secaction::cli::compare_command {
namespace {

struct CompareOptions : CommandOptions {
  std::string before;
  std::string after;
  bool fail_on_regression = false;
  OutputOptions output;
};

// What --fail-on-regression names on stderr: the total and the items that got worse.
std::string regression_message(const history::Comparison& comparison) {
  std::vector<std::string> what;
  if (comparison.total_regressed()) {
    const bool sum = comparison.before->is_sum();
    what.push_back(fmt::format("{} went from {} to {}", sum ? "the total score" : "the completion rate",
                               sum ? format_number(comparison.before->total) : format_number(comparison.before->percent) + "%",
                               sum ? format_number(comparison.after->total) : format_number(comparison.after->percent) + "%"));
  }
  if (!comparison.regressed.empty()) {
    std::vector<std::string> numbers;
    for (std::size_t index : comparison.regressed) numbers.push_back(comparison.items[index].after->item->number);
    what.push_back(fmt::format("{} item{} got worse ({})", numbers.size(), numbers.size() == 1 ? "" : "s", fmt::join(numbers, ", ")));
  }
  return fmt::format("regression: {}", fmt::join(what, "; "));
}

// OLD must be the older edition: the newer edition's maps_from leads back to it.
std::optional<questionnaire::EditionMap> edition_map(Context& context, const history::Snapshot& before, const history::Snapshot& after,
                                                     Diagnostics& diagnostics) {
  Diagnostics ignored;
  if (content::edition_chain(context.library(), *after.instrument, *before.instrument, {}, ignored)) {
    diagnostics.error(before.instrument_at,
                      fmt::format("OLD is edition '{}' of '{}', newer than NEW's edition '{}'; give the older edition's result first",
                                  before.instrument->edition, before.instrument->id, after.instrument->edition));
    return std::nullopt;
  }
  auto chain = content::edition_chain(context.library(), *before.instrument, *after.instrument, after.instrument_at, diagnostics);
  if (!chain) return std::nullopt;
  return questionnaire::map_editions(*chain);
}

int run_compare(Context& context, const CompareOptions& options) {
  const Format format = resolve_format(options.output);
  if (options.before == "-" && options.after == "-") throw UsageError("compare: only one of OLD and NEW can be - (standard input)");
  Diagnostics diagnostics;
  auto load = [&](const std::string& file) {
    auto snapshot = read_questionnaire_result(context, file, diagnostics);
    if (snapshot && !history::is_questionnaire_result(*snapshot, diagnostics)) snapshot.reset();
    return snapshot;
  };
  const auto before = load(options.before);
  const auto after = load(options.after);
  // Two editions of one instrument are compared through the newer edition's item map.
  std::optional<questionnaire::EditionMap> editions;
  if (before && after && before->instrument != after->instrument && before->instrument->id == after->instrument->id) {
    editions = edition_map(context, *before, *after, diagnostics);
  } else if (before && after) {
    history::same_instrument({&*before, &*after}, "compare", diagnostics);
  }
  context.report(diagnostics);
  if (diagnostics.has_errors() || !before || !after) return static_cast<int>(ExitCode::invalid_input);

  const auto comparison = editions ? history::compare(*before, *after, *editions) : history::compare(*before, *after);
  const Lang lang = context.lang();
  context.emit(options.output,
               render_report(
                   format, options.output, [&] { return history::to_document(comparison, lang); },
                   [&] { return history::to_json(comparison, lang); }, RenderExtras{lang, context.as_of(), std::nullopt, {}}));
  if (options.fail_on_regression && comparison.has_regression()) {
    context.streams().err << "secaction: " << localize(regression_message(comparison), context.message_lang()) << '\n';
    return static_cast<int>(ExitCode::gate_failed);
  }
  return static_cast<int>(ExitCode::ok);
}

} // namespace

std::unique_ptr<CommandOptions> register_options(CLI::App& command) {
  auto options = std::make_unique<CompareOptions>();
  command.add_option("OLD", options->before, "The earlier result: an answer file or a --format json result (- reads stdin)");
  command.add_option("NEW", options->after, "The later result, of the same instrument");
  command.add_flag("--fail-on-regression", options->fail_on_regression, "Exit 1 when any item or the total got worse");
  add_output_options(command, options->output);
  return options;
}

int run(Context& context, const CommandOptions& given) {
  const auto& options = options_as<CompareOptions>(given);
  if (options.after.empty()) {
    throw UsageError(fmt::format("compare: missing {}; give the earlier and the later result of one instrument (answer files or "
                                 "--format json results), e.g. `secaction compare 2025.yaml 2026.yaml`",
                                 options.before.empty() ? "OLD and NEW" : "NEW"));
  }
  return run_compare(context, options);
}

} // namespace secaction::cli::compare_command
