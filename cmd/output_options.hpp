#pragma once
// --format, --output, --force, --excel and --no-chart: where a report goes and in which format.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "secaction/report/document.hpp"

namespace CLI {
class App;
} // namespace CLI

namespace secaction::cli {

enum class Format { markdown, csv, json };

struct OutputOptions {
  std::string format; // a format's name or alias; empty: from --output's extension, else md
  std::string output; // file; empty or "-" means stdout
  bool force = false;
  bool excel = false;
  bool no_chart = false; // --no-chart: no chart beside a Markdown report (diagnose, checklist, benchmark, trend)
};

/// One report format: what --format calls it, which --output extensions mean it (any case; the
/// first is what a batch's reports are named with) and how it is rendered. A new format is one
/// entry in formats() (and its renderer).
struct FormatInfo {
  Format format;
  std::string_view name;                 // md
  std::string_view title;                // Markdown
  std::vector<std::string_view> aliases; // markdown
  std::vector<std::string_view> extensions; // .md, .markdown
  /// Renders the neutral document; nullptr for JSON, which has its own structure per command.
  std::string (*render_document)(const report::Document& document, const OutputOptions& output);
};

/// Every format, in the order --help lists them.
const std::vector<FormatInfo>& formats();

/// --format, --output, --force, --excel.
void add_output_options(CLI::App& command, OutputOptions& output);

/// --no-chart, for the commands that write a chart beside a Markdown report.
void add_chart_option(CLI::App& command, OutputOptions& output);

/// The format from --format, else from the --output extension (any case), else CSV for --excel,
/// else Markdown. Throws UsageError when --excel asks for CSV and --format or -o say otherwise.
Format resolve_format(const OutputOptions& output);

/// Throws UsageError when --format or --excel is given to a mode that writes no report (`what`:
/// "--template prints a YAML answer file").
void refuse_format_options(const std::string& command, const OutputOptions& output, const std::string& what);

/// Whether the report goes to a file (--output other than "-" and not a device, FIFO or descriptor).
bool writes_to_file(const OutputOptions& output);

/// The file name of --output ("reports/acme.md" -> "acme.md"), or empty on standard output.
std::string main_file_name(const OutputOptions& output);

/// Whether a chart may be written beside the file `path`: a Markdown name (.md, .markdown, any
/// case) or one without an extension; not r.txt (whose chart would be r.txt.svg).
bool takes_companion_chart(const std::string& path);

/// The file extension of a main report in `format` (".md", ".csv", ".json").
std::string report_extension(Format format);

/// Renders a result in `format`: JSON from `json`, the others (CSV with --excel's BOM) from
/// `document`. Only the one that the format needs is built.
std::string render_report(Format format, const OutputOptions& output, const std::function<report::Document()>& document,
                          const std::function<nlohmann::ordered_json()>& json);

} // namespace secaction::cli
