#pragma once
// --format, --output, --force, --excel, --encoding and --no-chart: where a report goes and in which format.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "secaction/core/date.hpp"
#include "secaction/core/lang.hpp"
#include "secaction/report/document.hpp"

namespace CLI {
class App;
} // namespace CLI

namespace secaction::cli {

enum class Format { markdown, csv, json, html, xlsx };

struct OutputOptions {
  std::string format; // a format's name or alias; empty: from --output's extension, else md
  std::string output; // file; empty or "-" means stdout
  bool force = false;
  bool excel = false;
  bool no_chart = false; // --no-chart: no chart beside a Markdown report (diagnose, checklist, benchmark, trend)
  std::string encoding{}; // --encoding: utf-8 (default) or cp932, for CSV
  bool csv_input = false; // the command also reads CSV (risk registers) in --encoding
};

/// What the HTML and XLSX renderers need besides the document.
struct RenderExtras {
  Lang lang = Lang::ja;
  std::optional<Date> as_of;        // XLSX: the workbook's creation time (fixed 1980-01-01 without one)
  std::optional<report::Band> band; // the result's band, coloured in HTML and XLSX
  /// HTML: charts shown inline, by the Image target the document links them as.
  std::map<std::string, std::string> charts;
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
  std::string (*render_document)(report::Document document, const OutputOptions& output, const RenderExtras& extras);
};

/// Every format, in the order --help lists them.
const std::vector<FormatInfo>& formats();

/// --format, --output, --force, --excel.
void add_output_options(CLI::App& command, OutputOptions& output);

/// --no-chart, for the commands that write a chart beside a Markdown report.
void add_chart_option(CLI::App& command, OutputOptions& output);

/// The format from --format, else from the --output extension (any case), else CSV for --excel,
/// else Markdown. Throws UsageError when --excel asks for CSV and --format or -o say otherwise, for
/// XLSX (a binary format) going to a terminal, and for --encoding cp932 with a format other than CSV.
/// For XLSX, loads libxlsxwriter now; when it cannot be, the message names `xlsx_needed_by`, the
/// option that asked for the workbook ("--provenance FILE.xlsx" for merge's second file).
Format resolve_format(const OutputOptions& output, std::string_view xlsx_needed_by = "--format xlsx");

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

/// The file extension of a main report in `format` (".md", ".csv", ".json", ".html", ".xlsx").
std::string report_extension(Format format);

/// Renders a result in `format`: JSON from `json`; Markdown, CSV (with --excel's BOM, or in CP932
/// with --encoding cp932), HTML and XLSX from `document`. Only the one that the format needs is
/// built. XLSX is bytes, not text (std::string holds them).
std::string render_report(Format format, const OutputOptions& output, const std::function<report::Document()>& document,
                          const std::function<nlohmann::ordered_json()>& json, const RenderExtras& extras = {});

/// The name an HTML report gives its inline chart (the Image target the presenters link).
inline constexpr const char* k_inline_chart = "chart.svg";

/// Converts CSV text to --encoding (nothing for UTF-8). A character CP932 cannot hold is an
/// InputError naming the row and column of `table` it is in; `written_to` names the output.
/// `first_row`: the row number of table.rows[0] (the header is row 1).
std::string encode_csv(const OutputOptions& output, std::string csv, const report::Table& table, const std::string& written_to,
                       std::size_t first_row = 2);

} // namespace secaction::cli
