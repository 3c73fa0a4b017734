// secaction merge: several respondents' answer files for one instrument → one answer file.
#include <filesystem>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "answer_sources.hpp"
#include "commands/commands.hpp"
#include "secaction/core/error.hpp"
#include "secaction/load/answer_file_writer.hpp"
#include "secaction/io/files.hpp"
#include "secaction/merge/merge.hpp"
#include "secaction/merge/present.hpp"

namespace secaction::cli::merge_command {
namespace {

struct MergeOptions : CommandOptions {
  std::vector<std::string> files;
  std::string provenance;
  OutputOptions output;
};

// The assessor names the department that answered; without one, the file does.
std::string respondent_name(const AnswerSource& source) {
  if (!source.loaded.answers.assessor.empty()) return source.loaded.answers.assessor;
  return std::filesystem::path(source.file).filename().string();
}

int run_merge(Context& context, const MergeOptions& options) {
  Diagnostics diagnostics;
  auto sources = load_answer_sources(context, options.files, diagnostics);
  if (diagnostics.has_errors()) {
    context.report(diagnostics);
    return static_cast<int>(ExitCode::invalid_input);
  }
  const auto& instrument = *sources.front().loaded.instrument;
  std::vector<merge::Respondent> respondents;
  for (const auto& source : sources) respondents.push_back({respondent_name(source), source.loaded.answers});
  const auto result = merge::merge(instrument, respondents, diagnostics);
  if (diagnostics.has_errors()) {
    context.report(diagnostics);
    return static_cast<int>(ExitCode::invalid_input);
  }
  const Lang lang = context.lang();
  context.emit(options.output, load::write_answer_file(instrument, result.merged, lang, merge::merge_comment(result, lang)));
  if (!options.provenance.empty()) {
    OutputOptions provenance_output{"", options.provenance, options.output.force, options.output.excel};
    const Format format = resolve_format(provenance_output);
    if (format == Format::json) throw UsageError("merge: --provenance writes Markdown (.md) or CSV (.csv)");
    context.emit(provenance_output,
                 render_report(
                     format, provenance_output, [&] { return merge::provenance_document(instrument, result, lang); },
                     [] { return nlohmann::ordered_json(); }, RenderExtras{lang, context.as_of(), std::nullopt, {}}));
  }
  return 0;
}

} // namespace

std::unique_ptr<CommandOptions> register_options(CLI::App& command) {
  auto options = std::make_unique<MergeOptions>();
  command.add_option("FILE", options->files, "Answer files (YAML) of one organisation for the same instrument, e.g. one per department");
  command.add_option("-o,--output", options->output.output, "Write the merged answer file to FILE (default: standard output)")
      ->type_name("FILE");
  command.add_flag("--force", options->output.force, "Overwrite existing output files");
  command.add_option("--provenance", options->provenance, "Write who answered what per item to FILE (.md or .csv)")->type_name("FILE");
  return options;
}

int run(Context& context, const CommandOptions& given) {
  const auto& options = options_as<MergeOptions>(given);
  if (options.files.empty()) {
    throw UsageError("merge: missing FILE; give the answer files of one instrument to combine (e.g. one per department), "
                     "e.g. `secaction merge sales.yaml office.yaml -o merged.yaml`");
  }
  return run_merge(context, options);
}

} // namespace secaction::cli::merge_command
