// secaction benchmark: 27 questions on 5 levels, risk group, desired levels and peer comparison,
// modelled on IPA「情報セキュリティ対策ベンチマーク」 (texts and rules are secaction's own).
#include <algorithm>
#include <filesystem>
#include <memory>
#include <system_error>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "batch.hpp"
#include "commands.hpp"
#include "questionnaire_command.hpp"
#include "secaction/content/shipped.hpp"
#include "secaction/benchmark/answer_template.hpp"
#include "secaction/benchmark/gate.hpp"
#include "secaction/benchmark/present.hpp"
#include "secaction/benchmark/summary.hpp"
#include "secaction/load/benchmark_loader.hpp"
#include "secaction/core/error.hpp"
#include "secaction/core/text.hpp"
#include "secaction/io/files.hpp"
#include "secaction/report/radar.hpp"

namespace secaction::cli {
namespace {

namespace fs = std::filesystem;

struct BenchmarkOptions {
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

// Peers are scored with the same rules; any invalid peer file stops the run (exit 3) rather
// than being skipped silently, since a silently smaller peer set would change the 偏差値.
std::optional<std::vector<benchmark::PeerRecord>> load_peers(Context& context, const content::BenchmarkContent& content,
                                                             const std::vector<fs::path>& files) {
  std::vector<benchmark::PeerRecord> peers;
  Diagnostics diagnostics;
  for (const auto& path : files) {
    const std::string text = io::read_file(path);
    auto loaded = load::load_benchmark_answers(text, path.string(), context.library(), content.rules, diagnostics);
    if (!loaded) continue;
    const auto result = benchmark::assess_benchmark(*content.instrument, loaded->answers.answers, content.rules, loaded->profile);
    peers.push_back({result.group().id, result.assessment.total, benchmark::area_averages(result)});
  }
  context.report(diagnostics);
  if (diagnostics.has_errors()) return std::nullopt;
  return peers;
}

// The report and, for Markdown written to a file, the radar chart beside it (report.md ->
// report.svg), linked from the report. Single and batch runs both write what this returns.
ReportFiles benchmark_report_files(const benchmark::BenchmarkResult& result, Format format, const OutputOptions& output, Lang lang,
                                   const std::string& main_file_name) {
  const std::string chart_file = chart_file_name(format, output, main_file_name);
  // --no-chart leaves the chart's section out; on standard output the section says how to get one.
  const auto chart_reference = output.no_chart ? std::nullopt : std::optional<std::string>(chart_file);
  ReportFiles files;
  files.main = render_report(format, output, [&] { return benchmark::to_document(result, lang, chart_reference); },
                             [&] { return benchmark::to_json(result, lang); });
  if (!chart_file.empty()) files.companions.push_back({".svg", report::render_radar_svg(benchmark::radar_chart(result, lang))});
  return files;
}

std::optional<std::string> fail_under_message(const benchmark::BenchmarkResult& result, std::optional<double> fail_under) {
  if (!fail_under) return std::nullopt;
  if (auto failure = benchmark::fail_under(result, *fail_under)) return failure->message;
  return std::nullopt;
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

int run_benchmark(Context& context, const BenchmarkOptions& options) {
  const Format format = resolve_format(options.output);
  Diagnostics diagnostics;
  auto content = content::benchmark_content(context.library(), diagnostics);
  if (!content) {
    context.report(diagnostics);
    return static_cast<int>(ExitCode::invalid_input);
  }
  const std::string& file = options.files.front();
  const std::string text = read_input(context, file);
  const std::string display_name = file == "-" ? "<stdin>" : file;
  auto loaded = load::load_benchmark_answers(text, display_name, context.library(), content->rules, diagnostics);
  std::optional<benchmark::ReferenceStats> reference;
  if (!options.reference.empty()) {
    reference = load::load_reference_stats(io::read_file(options.reference), options.reference, content->rules,
                                              *content->instrument, diagnostics);
  }
  context.report(diagnostics);
  if (diagnostics.has_errors() || !loaded) return static_cast<int>(ExitCode::invalid_input);

  auto result = benchmark::assess_benchmark(*content->instrument, loaded->answers.answers, content->rules, loaded->profile,
                                            context.as_of());
  if (reference) {
    result.peers = benchmark::compare_with_reference(*reference, content->rules, result.risk.group, result.assessment.total);
  } else if (!options.peers.empty()) {
    auto peers = load_peers(context, *content, peer_files(options.peers, file));
    if (!peers) return static_cast<int>(ExitCode::invalid_input);
    result.peers = benchmark::compare_with_peers(*peers, content->rules, result.risk.group, result.assessment.total, options.peers);
  }

  const Lang lang = context.lang();
  const bool to_file = !options.output.output.empty() && options.output.output != "-";
  const std::string main_file_name = to_file ? fs::path(options.output.output).filename().string() : "";
  emit_report_files(context, options.output, benchmark_report_files(result, format, options.output, lang, main_file_name));

  if (auto failure = fail_under_message(result, options.fail_under)) {
    context.streams().err << "secaction: " << *failure << '\n';
    return static_cast<int>(ExitCode::gate_failed);
  }
  return static_cast<int>(ExitCode::ok);
}

// The content and --reference, loaded once and shared read-only by the workers.
struct SharedBenchmarkContent {
  content::BenchmarkContent content;
  std::optional<benchmark::ReferenceStats> reference;
};

int run_benchmark_batch(Context& context, const BenchmarkOptions& options) {
  if (!options.peers.empty()) {
    throw UsageError("benchmark: --peers compares one answer file with a directory of others; in a batch use --reference FILE");
  }
  Diagnostics diagnostics;
  auto content = content::benchmark_content(context.library(), diagnostics);
  if (!content) throw InputError(std::move(diagnostics));
  auto shared = std::make_shared<SharedBenchmarkContent>();
  shared->content = std::move(*content);
  if (!options.reference.empty()) {
    shared->reference = load::load_reference_stats(io::read_file(options.reference), options.reference, shared->content.rules,
                                                      *shared->content.instrument, diagnostics);
    if (!shared->reference) throw InputError(std::move(diagnostics));
  }
  content::Library& library = context.library();
  const Lang lang = context.lang();
  const auto as_of = context.as_of();
  const Format format = resolve_format(options.output);
  BatchCommand command;
  command.name = "benchmark";
  command.extensions = {".yaml", ".yml"};
  command.summary_columns = benchmark::summary_columns(*shared->content.instrument);
  // validate checks the answers but not the profile; the command on the one file checks both.
  command.full_check = [](const std::string& file) { return "secaction benchmark " + file; };
  command.process = [&library, shared = std::shared_ptr<const SharedBenchmarkContent>(shared), lang, as_of, format,
                     options](const std::string& file) {
    ProcessResult processed_result;
    const std::string text = io::read_file(file);
    auto loaded = load::load_benchmark_answers(text, file, library, shared->content.rules, processed_result.diagnostics);
    if (!loaded || processed_result.diagnostics.has_errors()) return processed_result;
    auto result = std::make_shared<benchmark::BenchmarkResult>(benchmark::assess_benchmark(
        *shared->content.instrument, loaded->answers.answers, shared->content.rules, loaded->profile, as_of));
    if (shared->reference) {
      result->peers = benchmark::compare_with_reference(*shared->reference, shared->content.rules, result->risk.group,
                                                        result->assessment.total);
    }
    ProcessedInput processed;
    processed.organization = result->assessment.organization.name;
    processed.summary_row = benchmark::summary_row(*result, file, lang);
    if (auto failure = fail_under_message(*result, options.fail_under)) processed.gate_failures.push_back(*failure);
    processed.render = [result = std::shared_ptr<const benchmark::BenchmarkResult>(result), format, output = options.output,
                        lang](const std::string& main_file_name) {
      return benchmark_report_files(*result, format, output, lang, main_file_name);
    };
    processed_result.processed = std::move(processed);
    return processed_result;
  };
  return run_batch(context, command, options.files, options.batch, options.output);
}

} // namespace

void register_benchmark(CLI::App& app, Context& context) {
  auto options = std::make_shared<BenchmarkOptions>();
  auto* command = app.add_subcommand(
      "benchmark", "Score the 27-question security benchmark (5 levels) with risk group, desired levels and peer comparison");
  command->add_option("FILE", options->files,
                      "Answer file (YAML) with profile: and answers:; - reads standard input. Several FILEs or DIRs (searched for "
                      "*.yaml, *.yml) make a batch run");
  command->add_flag("--template", options->print_template, "Print a blank answer file to fill in");
  auto* reference = command->add_option("--reference", options->reference,
                                        "Compare with reference statistics (YAML: mean and sd of the total per group)")
                        ->type_name("FILE");
  auto* peers = command->add_option("--peers", options->peers, "Compare with the benchmark answer files in DIR")->type_name("DIR");
  reference->excludes(peers);
  command->add_option("--fail-under", options->fail_under, "Exit 1 when the total score (27-135) is below N")->type_name("N");
  add_output_options(*command, options->output);
  add_chart_option(*command, options->output);
  add_batch_options(*command, options->batch);
  command->callback([options, &context] {
    if (options->print_template) {
      if (!options->files.empty()) throw UsageError("benchmark: give either FILE or --template, not both");
      refuse_batch_options("benchmark", options->batch, "--template");
      context.set_exit(print_benchmark_template(context, options->output));
      return;
    }
    if (options->files.empty()) {
      throw UsageError("benchmark: missing FILE; print a blank answer file with `secaction benchmark --template`");
    }
    if (is_batch_run("benchmark", options->files, options->batch, options->output)) {
      context.set_exit(run_benchmark_batch(context, *options));
      return;
    }
    context.set_exit(run_benchmark(context, *options));
  });
}

} // namespace secaction::cli
