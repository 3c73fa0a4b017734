// secaction benchmark: 27 questions on 5 levels, risk group, desired levels and peer comparison,
// modelled on IPA「情報セキュリティ対策ベンチマーク」 (texts and rules are secaction's own).
#include <algorithm>
#include <filesystem>
#include <memory>
#include <system_error>

#include <CLI/CLI.hpp>

#include "batch.hpp"
#include "choices.hpp"
#include "commands/commands.hpp"
#include "pipeline.hpp"
#include "questionnaire_pipeline.hpp"
#include "secaction/benchmark/answer_template.hpp"
#include "secaction/benchmark/gate.hpp"
#include "secaction/benchmark/present.hpp"
#include "secaction/benchmark/summary.hpp"
#include "secaction/content/shipped.hpp"
#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"
#include "secaction/load/benchmark_loader.hpp"
#include "secaction/report/radar.hpp"

namespace secaction::cli::benchmark_command {
namespace {

namespace fs = std::filesystem;

struct BenchmarkOptions : CommandOptions {
  std::vector<std::string> files;
  bool print_template = false;
  std::string reference;
  std::string peers;
  std::optional<double> fail_under;
  OutputOptions output;
  BatchOptions batch;
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

// The content and --reference, loaded once and shared read-only by the workers.
struct BenchmarkShared {
  content::BenchmarkContent content;
  std::optional<benchmark::ReferenceStats> reference;
};

// Peers are scored with the same rules; any invalid peer file stops the run (exit 3) rather
// than being skipped silently, since a silently smaller peer set would change the 偏差値.
std::optional<std::vector<benchmark::PeerRecord>> load_peers(content::Library& library, const content::BenchmarkContent& content,
                                                             const std::vector<fs::path>& files, Diagnostics& diagnostics) {
  std::vector<benchmark::PeerRecord> peers;
  const std::size_t errors_before = diagnostics.error_count();
  for (const auto& path : files) {
    const std::string text = io::read_file(path);
    auto loaded = load::load_benchmark_answers(text, path.string(), library, content.rules, diagnostics);
    if (!loaded) continue;
    const auto result = benchmark::assess_benchmark(*content.instrument, loaded->answers.answers, content.rules, loaded->profile);
    peers.push_back({result.group().id, result.assessment.total, benchmark::area_averages(result)});
  }
  if (diagnostics.error_count() != errors_before) return std::nullopt;
  return peers;
}

// The report and, for Markdown written to a file, the radar chart beside it (report.md ->
// report.svg), linked from the report.
ReportFiles benchmark_report_files(const benchmark::BenchmarkResult& result, Format format, const OutputOptions& output,
                                   const RenderExtras& settings, const std::string& main_file_name) {
  const Lang lang = settings.lang;
  // HTML shows the chart inline; a workbook has no place for it.
  const bool inline_chart = format == Format::html && !output.no_chart;
  const std::string chart_file = inline_chart ? k_inline_chart : chart_file_name(format, output, main_file_name);
  // --no-chart leaves the chart's section out; on standard output the section says how to get one.
  const bool no_chart = output.no_chart || format == Format::xlsx;
  const auto chart_reference = no_chart ? std::nullopt : std::optional<std::string>(chart_file);
  RenderExtras extras = settings;
  if (inline_chart) extras.charts[chart_file] = report::render_radar_svg(benchmark::radar_chart(result, lang));
  ReportFiles files;
  files.main = render_report(
      format, output, [&] { return benchmark::to_document(result, lang, chart_reference); },
      [&] { return benchmark::to_json(result, lang); }, extras);
  if (!chart_file.empty() && !inline_chart) {
    files.companions.push_back({".svg", report::render_radar_svg(benchmark::radar_chart(result, lang))});
  }
  return files;
}

int print_benchmark_template(Context& context, const OutputOptions& output) {
  Diagnostics diagnostics;
  auto content = content::benchmark_content(context.library(), diagnostics);
  context.report(diagnostics);
  if (!content) return static_cast<int>(ExitCode::invalid_input);
  const auto template_file = context.library().read_text("templates/benchmark-answer-file.yaml.mustache");
  context.emit(output, benchmark::render_answer_template(template_file.text, *content->instrument, content->rules, context.lang(),
                                                         context.as_of()));
  return static_cast<int>(ExitCode::ok);
}

// --peers (single runs only) compares with the answer files in a directory, read for each input;
// --reference with statistics read once.
Pipeline benchmark_pipeline(Context& context, const BenchmarkOptions& options) {
  const Format format = resolve_format(options.output);
  Diagnostics diagnostics;
  auto content = content::benchmark_content(context.library(), diagnostics);
  if (!content) throw InputError(std::move(diagnostics));
  check_fail_under(options.fail_under, *content->instrument);
  auto shared = std::make_shared<BenchmarkShared>();
  shared->content = std::move(*content);
  if (!options.reference.empty()) {
    shared->reference = load::load_reference_stats(io::read_file(options.reference), options.reference, shared->content.rules,
                                                   *shared->content.instrument, diagnostics);
    if (!shared->reference) throw InputError(std::move(diagnostics));
  }
  content::Library& library = context.library();
  const Lang lang = context.lang();
  const auto as_of = context.as_of();
  Pipeline pipeline;
  pipeline.command = "benchmark";
  pipeline.extensions = {".yaml", ".yml"};
  pipeline.summary_columns = benchmark::summary_columns(*shared->content.instrument);
  pipeline.full_check = [](const std::string& file) { return "secaction validate " + file; };
  pipeline.process = [&library, shared = std::shared_ptr<const BenchmarkShared>(shared), lang, as_of, format, output = options.output,
                      fail_under = options.fail_under, peers_dir = options.peers](const Input& input) {
    ProcessResult processed_result;
    auto& problems = processed_result.diagnostics;
    auto loaded = load::load_benchmark_answers(input.text, input.name(), library, shared->content.rules, problems);
    if (!loaded || problems.has_errors()) return processed_result;
    auto result = std::make_shared<benchmark::BenchmarkResult>(
        benchmark::assess_benchmark(*shared->content.instrument, loaded->answers.answers, shared->content.rules, loaded->profile, as_of));
    if (shared->reference) {
      result->peers =
          benchmark::compare_with_reference(*shared->reference, shared->content.rules, result->risk.group, result->assessment.total);
    } else if (!peers_dir.empty()) {
      auto peers = load_peers(library, shared->content, peer_files(peers_dir, input.file), problems);
      if (!peers) return processed_result;
      result->peers =
          benchmark::compare_with_peers(*peers, shared->content.rules, result->risk.group, result->assessment.total, peers_dir);
    }
    ProcessedInput processed;
    processed.organization = result->assessment.organization.name;
    processed.summary_row = benchmark::summary_row(*result, input.name(), lang);
    if (fail_under) {
      if (auto failure = benchmark::fail_under(*result, *fail_under)) processed.gate_failures.push_back(failure->message);
    }
    processed.items = [result, lang] { return item_scores(result->assessment, lang); };
    processed.render = [result = std::shared_ptr<const benchmark::BenchmarkResult>(result), format, output,
                        extras = RenderExtras{lang, as_of, std::nullopt, {}}](const std::string& main_file_name) {
      return benchmark_report_files(*result, format, output, extras, main_file_name);
    };
    processed_result.processed = std::move(processed);
    return processed_result;
  };
  return pipeline;
}

} // namespace

std::unique_ptr<CommandOptions> register_options(CLI::App& command) {
  auto options = std::make_unique<BenchmarkOptions>();
  command.add_option("FILE", options->files,
                     "Answer file (YAML) with profile: and answers:; - reads standard input. Several FILEs or DIRs (searched for "
                     "*.yaml, *.yml) make a batch run");
  command.add_flag("--template", options->print_template, "Print a blank answer file to fill in");
  auto* reference = command.add_option("--reference", options->reference,
                                       "Compare with reference statistics (YAML: mean and sd of the total per group)")
                        ->type_name("FILE");
  auto* peers = command.add_option("--peers", options->peers, "Compare with the benchmark answer files in DIR")->type_name("DIR");
  reference->excludes(peers);
  command.add_option("--fail-under", options->fail_under, "Exit 1 when the total score (27-135) is below N")->type_name("N")
      ->check(finite_number());
  add_output_options(command, options->output);
  add_chart_option(command, options->output);
  add_batch_options(command, options->batch);
  return options;
}

int run(Context& context, const CommandOptions& given) {
  const auto& options = options_as<BenchmarkOptions>(given);
  if (options.print_template) {
    if (!options.files.empty()) throw UsageError("benchmark: give either FILE or --template, not both");
    refuse_batch_options("benchmark", options.batch, "--template");
    refuse_format_options("benchmark", options.output, "--template prints a YAML answer file");
    return print_benchmark_template(context, options.output);
  }
  if (options.files.empty()) {
    throw UsageError("benchmark: missing FILE; print a blank answer file with `secaction benchmark --template`");
  }
  if (is_batch_run("benchmark", options.files, options.batch, options.output)) {
    if (!options.peers.empty()) {
      throw UsageError("benchmark: --peers compares one answer file with a directory of others; in a batch use --reference FILE");
    }
    return run_batch(context, benchmark_pipeline(context, options), options.files, options.batch, options.output);
  }
  return run_single(context, benchmark_pipeline(context, options), options.files.front(), options.output);
}

} // namespace secaction::cli::benchmark_command
