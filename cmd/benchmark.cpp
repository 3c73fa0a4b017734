// secaction benchmark: 27 questions on 5 levels, risk group, desired levels and peer comparison,
// modelled on IPA「情報セキュリティ対策ベンチマーク」 (texts and rules are secaction's own).
#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "commands.hpp"
#include "questionnaire_command.hpp"
#include "secaction/benchmark/answer_template.hpp"
#include "secaction/benchmark/present.hpp"
#include "secaction/content/benchmark_loader.hpp"
#include "secaction/core/error.hpp"
#include "secaction/core/text.hpp"
#include "secaction/io/files.hpp"
#include "secaction/report/radar.hpp"

namespace secaction::cli {
namespace {

namespace fs = std::filesystem;

struct BenchmarkOptions {
  std::string file;
  bool print_template = false;
  std::string reference;
  std::string peers;
  std::optional<double> fail_under;
  OutputOptions output;
};

bool is_yaml(const fs::path& path) { return path.extension() == ".yaml" || path.extension() == ".yml"; }

// Every peer answer file in DIR (sorted by name, so results do not depend on the file system),
// except the company's own file if it lies there too.
std::vector<fs::path> peer_files(const std::string& dir, const std::string& own_file) {
  std::error_code error;
  if (!fs::is_directory(dir, error)) throw IoError(dir, "not a directory (given to --peers)");
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    if (!entry.is_regular_file(error) || !is_yaml(entry.path())) continue;
    std::error_code same_error;
    if (own_file != "-" && fs::equivalent(entry.path(), own_file, same_error)) continue;
    files.push_back(entry.path());
  }
  if (error) throw IoError(dir, error.message());
  std::sort(files.begin(), files.end());
  return files;
}

// Peers are scored with the same rules; any invalid peer file stops the run (exit 3) rather
// than being skipped silently, since a silently smaller peer set would change the 偏差値.
std::optional<std::vector<benchmark::PeerRecord>> load_peers(Context& context, const content::BenchmarkContent& content,
                                                             const std::vector<fs::path>& files) {
  std::vector<benchmark::PeerRecord> peers;
  Diagnostics diagnostics;
  for (const auto& path : files) {
    const std::string text = io::read_file(path);
    auto loaded = content::load_benchmark_answers(text, path.string(), context.library(), content.rules, diagnostics);
    if (!loaded) continue;
    const auto result = benchmark::assess_benchmark(*content.instrument, loaded->answers.answers, content.rules, loaded->profile);
    peers.push_back({result.group().id, result.assessment.total, benchmark::area_averages(result)});
  }
  context.report(diagnostics);
  if (diagnostics.has_errors()) return std::nullopt;
  return peers;
}

// report.md -> report.svg; anything else gets ".svg" appended.
std::string chart_path_for(const std::string& output) {
  fs::path path(output);
  if (path.extension() == ".md" || path.extension() == ".markdown") return path.replace_extension(".svg").string();
  return output + ".svg";
}

int print_benchmark_template(Context& context, const OutputOptions& output) {
  Diagnostics diagnostics;
  auto content = content::load_benchmark_content(context.library(), diagnostics);
  context.report(diagnostics);
  if (!content) return static_cast<int>(ExitCode::invalid_input);
  const auto template_file = context.library().read_text("templates/benchmark-answer-file.yaml.mustache");
  context.emit(output, benchmark::render_answer_template(template_file.text, *content->instrument, content->rules, context.lang(),
                                                         context.as_of()));
  return static_cast<int>(ExitCode::ok);
}

int run_benchmark(Context& context, const BenchmarkOptions& options) {
  const Format format = resolve_format(options.output);
  Diagnostics diagnostics;
  auto content = content::load_benchmark_content(context.library(), diagnostics);
  if (!content) {
    context.report(diagnostics);
    return static_cast<int>(ExitCode::invalid_input);
  }
  const std::string text = read_input(context, options.file);
  const std::string display_name = options.file == "-" ? "<stdin>" : options.file;
  auto loaded = content::load_benchmark_answers(text, display_name, context.library(), content->rules, diagnostics);
  std::optional<benchmark::ReferenceStats> reference;
  if (!options.reference.empty()) {
    reference = content::load_reference_stats(io::read_file(options.reference), options.reference, content->rules,
                                              *content->instrument, diagnostics);
  }
  context.report(diagnostics);
  if (diagnostics.has_errors() || !loaded) return static_cast<int>(ExitCode::invalid_input);

  auto result = benchmark::assess_benchmark(*content->instrument, loaded->answers.answers, content->rules, loaded->profile,
                                            context.as_of());
  if (reference) {
    result.peers = benchmark::compare_with_reference(*reference, content->rules, result.risk.group, result.assessment.total);
  } else if (!options.peers.empty()) {
    auto peers = load_peers(context, *content, peer_files(options.peers, options.file));
    if (!peers) return static_cast<int>(ExitCode::invalid_input);
    result.peers = benchmark::compare_with_peers(*peers, content->rules, result.risk.group, result.assessment.total, options.peers);
  }

  const Lang lang = context.lang();
  const bool to_file = !options.output.output.empty() && options.output.output != "-";
  // The chart goes next to a Markdown report written to a file (report.md -> report.svg).
  const std::string chart_path = format == Format::markdown && to_file ? chart_path_for(options.output.output) : "";
  const std::string chart_link = chart_path.empty() ? "" : fs::path(chart_path).filename().string();
  const std::string rendered = render_report(format, options.output, [&] { return benchmark::to_document(result, lang, chart_link); },
                                             [&] { return benchmark::to_json(result, lang); });
  // Refuse before writing anything, so a refused run leaves neither file half-done.
  std::error_code error;
  if (!chart_path.empty() && !options.output.force && fs::exists(chart_path, error)) {
    throw IoError(chart_path, "already exists; use --force to overwrite it");
  }
  context.emit(options.output, rendered);
  if (!chart_path.empty()) {
    io::write_file_atomically(chart_path, report::render_radar_svg(benchmark::radar_chart(result, lang)),
                              options.output.force ? io::Overwrite::allow : io::Overwrite::refuse);
    spdlog::info("wrote {}", chart_path);
  }

  if (options.fail_under && result.assessment.total < *options.fail_under) {
    context.streams().err << fmt::format("secaction: total score {} is below --fail-under {}\n",
                                         format_number(result.assessment.total), *options.fail_under);
    return static_cast<int>(ExitCode::gate_failed);
  }
  return static_cast<int>(ExitCode::ok);
}

} // namespace

void register_benchmark(CLI::App& app, Context& context) {
  auto options = std::make_shared<BenchmarkOptions>();
  auto* command = app.add_subcommand(
      "benchmark", "Score the 27-question security benchmark (5 levels) with risk group, desired levels and peer comparison");
  command->add_option("FILE", options->file, "Answer file (YAML) with profile: and answers:; - reads standard input");
  command->add_flag("--template", options->print_template, "Print a blank answer file to fill in");
  auto* reference = command->add_option("--reference", options->reference,
                                        "Compare with reference statistics (YAML: mean and sd of the total per group)")
                        ->type_name("FILE");
  auto* peers = command->add_option("--peers", options->peers, "Compare with the benchmark answer files in DIR")->type_name("DIR");
  reference->excludes(peers);
  command->add_option("--fail-under", options->fail_under, "Exit 1 when the total score (27-135) is below N")->type_name("N");
  add_output_options(*command, options->output);
  command->callback([options, &context] {
    if (options->print_template) {
      if (!options->file.empty()) throw UsageError("benchmark: give either FILE or --template, not both");
      context.set_exit(print_benchmark_template(context, options->output));
      return;
    }
    if (options->file.empty()) {
      throw UsageError("benchmark: missing FILE; print a blank answer file with `secaction benchmark --template`");
    }
    context.set_exit(run_benchmark(context, *options));
  });
}

} // namespace secaction::cli
