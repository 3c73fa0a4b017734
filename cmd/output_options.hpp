#pragma once
// --format, --output, --force, --excel and --no-chart: where a report goes and in which format.
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "secaction/report/document.hpp"

namespace CLI {
class App;
} // namespace CLI

namespace secaction::cli {

enum class Format { markdown, csv, json };

struct OutputOptions {
  std::string format; // md | csv | json; empty: from --output's extension, else md
  std::string output; // file; empty or "-" means stdout
  bool force = false;
  bool excel = false;
  bool no_chart = false; // --no-chart: no chart beside a Markdown report (diagnose, checklist, benchmark)
};

/// --format, --output, --force, --excel.
void add_output_options(CLI::App& command, OutputOptions& output);

/// --no-chart, for the commands that write a chart beside a Markdown report.
void add_chart_option(CLI::App& command, OutputOptions& output);

/// md/csv/json from --format, else from the --output extension, else Markdown. Throws UsageError.
Format resolve_format(const OutputOptions& output);

/// Whether the report goes to a file (--output other than "-" and not a device, FIFO or descriptor).
bool writes_to_file(const OutputOptions& output);

/// The file name of --output ("reports/acme.md" -> "acme.md"), or empty on standard output.
std::string main_file_name(const OutputOptions& output);

/// The file extension of a main report in `format` (".md", ".csv", ".json").
std::string report_extension(Format format);

/// Renders a result in `format`: JSON from `json`, Markdown and CSV (with --excel's BOM) from
/// `document`. Only the one that the format needs is built.
std::string render_report(Format format, const OutputOptions& output, const std::function<report::Document()>& document,
                          const std::function<nlohmann::ordered_json()>& json);

} // namespace secaction::cli
