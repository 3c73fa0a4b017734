// secaction merge: several respondents' answer files for one instrument → one answer file.
#include <algorithm>
#include <filesystem>
#include <optional>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "answer_sources.hpp"
#include "commands/commands.hpp"
#include "secaction/core/error.hpp"
#include "secaction/load/answer_file_writer.hpp"
#include "secaction/io/files.hpp"
#include "secaction/io/output_files.hpp"
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

// merge writes an answer file that secaction must be able to read back: one larger than the input
// limit (many respondents' long notes) is refused rather than written.
void refuse_oversized_answer_file(const std::string& text, const OutputOptions& output) {
  if (text.size() <= io::k_max_input_bytes) return;
  Diagnostics diagnostics;
  diagnostics.error({writes_to_file(output) ? output.output : "<stdout>"}, fmt::format("the merged answer file would be {} bytes, over the {} MiB input limit; shorten the notes",
                                           text.size(), io::k_max_input_bytes / (1024 * 1024)));
  throw InputError(std::move(diagnostics));
}

int run_merge(Context& context, const MergeOptions& options) {
  if (std::count(options.files.begin(), options.files.end(), "-") > 1) {
    throw UsageError("merge: only one FILE can be - (standard input)");
  }
  // The provenance's format before anything is read: a wrong one is a usage error, and a workbook
  // without libxlsxwriter stops the run naming --provenance, the option that asked for it.
  const OutputOptions provenance_output{"", options.provenance, options.output.force, options.output.excel};
  std::optional<Format> provenance_format;
  if (!options.provenance.empty()) {
    provenance_format = resolve_format(provenance_output, "--provenance FILE.xlsx");
    if (provenance_format == Format::json) throw UsageError("merge: --provenance writes Markdown (.md) or CSV (.csv)");
  }
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
  const std::string merged = load::write_answer_file(instrument, result.merged, lang, merge::merge_comment(result, lang));
  refuse_oversized_answer_file(merged, options.output);
  if (options.provenance.empty()) {
    context.emit(options.output, merged);
    return 0;
  }
  const std::string provenance = render_report(
      *provenance_format, provenance_output, [&] { return merge::provenance_document(instrument, result, lang); },
      [] { return nlohmann::ordered_json(); }, RenderExtras{lang, context.as_of(), std::nullopt, {}});
  // Both files or neither: the merged answer file and its provenance are committed together.
  const auto overwrite = options.output.force ? io::Overwrite::allow : io::Overwrite::refuse;
  if (!writes_to_file(options.output)) {
    io::refuse_same_path({{options.provenance, "the provenance"}});
    io::OutputFiles provenance_file(overwrite);
    provenance_file.add(options.provenance, provenance, "the provenance");
    context.streams().out << merged; // standard output cannot be taken back: the provenance is checked first
    context.streams().out.flush();
    provenance_file.commit();
    return 0;
  }
  io::OutputFiles outputs(overwrite);
  outputs.add(options.output.output, merged, "the merged answer file");
  outputs.add(options.provenance, provenance, "the provenance");
  outputs.commit();
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
