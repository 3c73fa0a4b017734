#pragma once
// --format, --output, --force, --excel, --encoding and --no-chart: where a report goes and in which format.
#include <functional>
#include <map>
#include <optional>
#include <string>

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
  std::string format; // md | csv | json | html | xlsx; empty: from --output's extension, else md
  std::string output; // file; empty or "-" means stdout
  bool force = false;
  bool excel = false;
  std::string encoding{}; // --encoding: utf-8 (default) or cp932, for CSV
  bool csv_input = false;  // the command also reads CSV (risk registers) in --encoding
  bool no_chart = false; // --no-chart: no chart beside a Markdown report (diagnose, checklist, benchmark)
};

/// --format, --output, --force, --excel.
void add_output_options(CLI::App& command, OutputOptions& output);

/// --no-chart, for the commands that write a chart beside a Markdown report.
void add_chart_option(CLI::App& command, OutputOptions& output);

/// md/csv/json/html/xlsx from --format, else from the --output extension, else Markdown. Throws
/// UsageError (also for XLSX, a binary format, going to a terminal, and --encoding cp932 with a
/// format other than CSV).
Format resolve_format(const OutputOptions& output);

/// Whether the report goes to a file (--output other than "-").
bool writes_to_file(const OutputOptions& output);

/// The file name of --output ("reports/acme.md" -> "acme.md"), or empty on standard output.
std::string main_file_name(const OutputOptions& output);

/// The file extension of a main report in `format` (".md", ".csv", ".json", ".html", ".xlsx").
std::string report_extension(Format format);

/// What the HTML and XLSX renderers need besides the document.
struct RenderExtras {
  Lang lang = Lang::ja;
  std::optional<Date> as_of;   // XLSX: the workbook's creation time (fixed 1980-01-01 without one)
  std::optional<report::Band> band; // the result's band, coloured in HTML and XLSX
  /// HTML: charts shown inline, by the Image target the document links them as.
  std::map<std::string, std::string> charts;
};

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
