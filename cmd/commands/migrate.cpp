// secaction migrate OLD.yaml --to EDITION: an answer file of one edition -> an answer file of a newer
// edition, every mapped answer carried over, new items left blank.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "commands/commands.hpp"
#include "secaction/content/editions.hpp"
#include "secaction/core/error.hpp"
#include "secaction/load/answer_file_writer.hpp"
#include "secaction/load/answers_loader.hpp"
#include "secaction/questionnaire/editions.hpp"

namespace secaction::cli::migrate_command {
namespace {

struct MigrateOptions : CommandOptions {
  std::string file;
  std::string edition;
  OutputOptions output;
};

std::string one_line(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

// The new edition's answers and the comments that say what happened to each.
struct Migration {
  questionnaire::AnswerSet answers;
  load::AnswerFileComments comments;
  std::size_t carried = 0;
};

Migration migrate(const questionnaire::AnswerSet& old_answers, const questionnaire::EditionMap& map, const std::string& file, Lang lang) {
  const auto& older = *map.older;
  const auto& newer = *map.newer;
  Migration result;
  result.answers.instrument = newer.id;
  result.answers.edition = newer.edition;
  result.answers.organization = old_answers.organization;
  result.answers.assessed_on = old_answers.assessed_on;
  result.answers.assessor = old_answers.assessor;
  auto& items = result.comments.items;
  // Each item's question above its answer, as in a blank answer file; then what migrate did.
  for (const auto& part : newer.parts) {
    for (const auto& item : part.items) items[item.number].push_back(fmt::format("{}. {}", item.number, one_line(item.question.in(lang))));
  }
  for (const auto& entry : map.mapped) {
    auto& lines = items[entry.newer->number];
    if (entry.question_changed) {
      lines.push_back(lang == Lang::ja ? fmt::format("secaction migrate: 設問文が変わりました。版 {} の No.{} は「{}」でした。回答を見直してください。",
                                                     older.edition, entry.older->number, one_line(entry.older->question.ja))
                                       : fmt::format("secaction migrate: the question changed. In edition {}, No. {} read “{}”. "
                                                     "Check the answer.",
                                                     older.edition, entry.older->number, one_line(entry.older->question.ja)));
    } else if (entry.renumbered()) {
      lines.push_back(lang == Lang::ja ? fmt::format("secaction migrate: 版 {} の No.{} の回答です。", older.edition, entry.older->number)
                                       : fmt::format("secaction migrate: the answer of No. {} in edition {}.", entry.older->number,
                                                     older.edition));
    }
    const auto given = old_answers.answers.find(entry.older->number);
    if (given == old_answers.answers.end()) continue;
    if (newer.find_option_by_id(given->second.option_id) == nullptr) {
      lines.push_back(lang == Lang::ja ? fmt::format("secaction migrate: 前の回答「{}」はこの版の選択肢にないため、空欄にしました。",
                                                     given->second.option_id)
                                       : fmt::format("secaction migrate: the earlier answer '{}' is not a choice of this edition; "
                                                     "left blank.",
                                                     given->second.option_id));
      continue;
    }
    result.answers.answers.emplace(entry.newer->number, given->second);
    ++result.carried;
  }
  for (const auto* item : map.added) {
    items[item->number].push_back(lang == Lang::ja ? fmt::format("secaction migrate: 版 {} で新しく加わった項目です。", newer.edition)
                                                   : fmt::format("secaction migrate: new in edition {}.", newer.edition));
  }
  std::vector<std::string> removed;
  for (const auto* item : map.removed) removed.push_back(item->number);
  auto& header = result.comments.header;
  header.push_back(lang == Lang::ja ? fmt::format("secaction migrate: {}（版 {}）から版 {} へ。", file, older.edition, newer.edition)
                                    : fmt::format("secaction migrate: from {} (edition {}) to edition {}.", file, older.edition,
                                                  newer.edition));
  header.push_back(lang == Lang::ja ? fmt::format("引き継いだ回答 {}件、新しい項目 {}件（空欄）、なくなった項目 {}件{}。", result.carried,
                                                  map.added.size(), removed.size(),
                                                  removed.empty() ? "" : fmt::format("（No. {}）", fmt::join(removed, ", ")))
                                    : fmt::format("{} answer{} carried over, {} new item{} (blank), {} item{} removed{}.", result.carried,
                                                  result.carried == 1 ? "" : "s", map.added.size(), map.added.size() == 1 ? "" : "s",
                                                  removed.size(), removed.size() == 1 ? "" : "s",
                                                  removed.empty() ? "" : fmt::format(" (No. {})", fmt::join(removed, ", "))));
  header.push_back(tr(lang, "「secaction migrate:」の注記を確かめ、空欄に答えてから採点してください。",
                      "Check the “secaction migrate:” notes and answer the blank items before scoring."));
  return result;
}

int run_migrate(Context& context, const MigrateOptions& options) {
  auto& library = context.library();
  const std::string name = display_name(options.file);
  Diagnostics diagnostics;
  load::AnswerFileOptions answer_options{"", load::MissingAnswers::score_unknown, false};
  auto loaded = load::load_answer_file(context.read_input(options.file), name, library, answer_options, diagnostics);
  if (!loaded) throw InputError(std::move(diagnostics));
  const auto& older = *loaded->instrument;
  if (older.edition.empty()) {
    diagnostics.error(loaded->answers.instrument_at, fmt::format("'{}' names no edition; migrate carries answers between editions of an "
                                                                 "instrument (instruments of content packs name theirs)",
                                                                 older.id));
    throw InputError(std::move(diagnostics));
  }
  Diagnostics lookup;
  const auto* newer = library.get(older.id + "@" + options.edition, lookup);
  if (newer == nullptr) {
    for (const auto& problem : lookup.all()) diagnostics.error({name}, fmt::format("--to {}: {}", options.edition, problem.message));
    throw InputError(std::move(diagnostics));
  }
  if (newer == &older) throw UsageError(fmt::format("migrate: {} is already of edition '{}'", name, options.edition));
  auto chain = content::edition_chain(library, older, *newer, loaded->answers.instrument_at, diagnostics);
  if (!chain) throw InputError(std::move(diagnostics));
  const auto map = questionnaire::map_editions(*chain);
  const Lang lang = context.lang();
  const auto migration = migrate(loaded->answers, map, name, lang);
  context.emit(options.output, load::write_answer_file(*newer, migration.answers, lang, migration.comments));
  return static_cast<int>(ExitCode::ok);
}

} // namespace

std::unique_ptr<CommandOptions> register_options(CLI::App& command) {
  auto options = std::make_unique<MigrateOptions>();
  command.add_option("OLD", options->file, "The answer file of the older edition (- reads standard input)")->required();
  command.add_option("--to", options->edition, "The edition to migrate to (`secaction checklist list` shows the installed ones)")
      ->type_name("EDITION")
      ->required();
  command.add_option("-o,--output", options->output.output, "Write the new answer file to FILE (default: standard output)")
      ->type_name("FILE");
  command.add_flag("--force", options->output.force, "Overwrite an existing output file");
  return options;
}

int run(Context& context, const CommandOptions& options) { return run_migrate(context, options_as<MigrateOptions>(options)); }

} // namespace secaction::cli::migrate_command
