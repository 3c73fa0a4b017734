// secaction trend FILE...|DIR: results of one organisation over time, with a line chart.
#include <filesystem>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "commands/commands.hpp"
#include "results.hpp"
#include "report_files.hpp"
#include "secaction/core/error.hpp"
#include "secaction/history/present.hpp"
#include "secaction/history/trend.hpp"
#include "secaction/io/files.hpp"
#include "secaction/io/output_files.hpp"
#include "secaction/io/inputs.hpp"
#include "secaction/report/line_chart.hpp"

namespace secaction::cli::trend_command {
namespace {
namespace fs = std::filesystem;

struct TrendOptions : CommandOptions {
  std::vector<std::string> files;
  std::string chart;
  OutputOptions output;
};

// Where the chart goes: --chart, else beside a Markdown report written to a file (report.md ->
// report.svg); empty when there is nowhere to put it (Markdown on stdout, CSV, JSON).
std::string chart_path(const TrendOptions& options, Format format) {
  if (!options.chart.empty()) return options.chart;
  if (options.output.no_chart) return "";
  if (format == Format::markdown && writes_to_file(options.output) && takes_companion_chart(options.output.output)) {
    return companion_path(options.output.output, ".svg");
  }
  return "";
}

// The link from the report to the chart: relative to the report's directory when the report is
// a file, else as given.
std::string chart_link(const TrendOptions& options, const std::string& chart) {
  if (chart.empty()) return "";
  if (!writes_to_file(options.output)) return chart;
  const fs::path base = fs::path(options.output.output).parent_path();
  return fs::path(chart).lexically_proximate(base.empty() ? fs::path(".") : base).generic_string();
}

int run_trend(Context& context, const TrendOptions& options) {
  const Format format = resolve_format(options.output);
  const auto files = io::collect_inputs(options.files, {".yaml", ".yml", ".json"});
  Diagnostics diagnostics;
  std::vector<history::Snapshot> snapshots;
  for (const auto& file : files) {
    auto snapshot = read_questionnaire_result(context, file, diagnostics);
    if (snapshot && history::is_questionnaire_result(*snapshot, diagnostics)) snapshots.push_back(std::move(*snapshot));
  }
  std::optional<history::Trend> trend;
  if (!diagnostics.has_errors()) trend = history::build_trend(snapshots, diagnostics);
  context.report(diagnostics);
  if (diagnostics.has_errors() || !trend) return static_cast<int>(ExitCode::invalid_input);

  const Lang lang = context.lang();
  const std::string chart = chart_path(options, format);
  const auto overwrite = options.output.force ? io::Overwrite::allow : io::Overwrite::refuse;
  io::refuse_same_path({{writes_to_file(options.output) ? options.output.output : std::string(), "the report"}, {chart, "the chart"}});
  // HTML shows the chart inline (and --chart still writes the file, if given).
  RenderExtras extras{lang, context.as_of(), std::nullopt, {}};
  if (format == Format::html) extras.charts[k_inline_chart] = report::render_line_chart_svg(history::line_chart(*trend, lang));
  const std::string link = format == Format::markdown ? chart_link(options, chart) : format == Format::html ? k_inline_chart : "";
  const std::string report = render_report(
      format, options.output, [&] { return history::to_document(*trend, lang, link); }, [&] { return history::to_json(*trend, lang); },
      extras);
  // The report and its chart together or neither: a report never links to a chart that was not written.
  io::OutputFiles outputs(overwrite);
  if (!chart.empty()) outputs.add(chart, report::render_line_chart_svg(history::line_chart(*trend, lang)), "the chart");
  if (writes_to_file(options.output)) {
    io::create_parent_directories(options.output.output); // as --out-dir does
    outputs.add(options.output.output, report, "the report");
    outputs.commit();
  } else {
    outputs.commit(); // checked and written before the report goes to standard output
    context.emit(options.output, report);
  }
  if (!chart.empty()) spdlog::info("wrote {}", escape_for_terminal(chart));
  return static_cast<int>(ExitCode::ok);
}

} // namespace

std::unique_ptr<CommandOptions> register_options(CLI::App& command) {
  auto options = std::make_unique<TrendOptions>();
  command.add_option("FILE", options->files,
                     "Answer files or --format json results of one instrument; a DIR is searched for *.yaml, *.yml, *.json");
  command.add_option("--chart", options->chart,
                     "Write the line chart (SVG) to FILE (default: beside a Markdown --output, report.md -> report.svg)")
      ->type_name("FILE");
  add_output_options(command, options->output);
  add_chart_option(command, options->output);
  return options;
}

int run(Context& context, const CommandOptions& given) {
  const auto& options = options_as<TrendOptions>(given);
  if (options.files.empty()) {
    throw UsageError("trend: missing FILE; give the results of one organisation over time (answer files or --format json results "
                     "of one instrument), or a DIR of them, e.g. `secaction trend results/`");
  }
  if (options.output.no_chart && !options.chart.empty()) throw UsageError("trend: give either --chart FILE or --no-chart, not both");
  return run_trend(context, options);
}

} // namespace secaction::cli::trend_command
