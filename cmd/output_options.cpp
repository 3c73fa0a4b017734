#include "output_options.hpp"

#include <filesystem>

#include <CLI/CLI.hpp>

#include "secaction/io/files.hpp"
#include "secaction/report/csv.hpp"
#include "secaction/report/markdown.hpp"

namespace secaction::cli {
namespace {

bool has_suffix(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

void add_output_options(CLI::App& command, OutputOptions& output) {
  command.add_option("-f,--format", output.format, "Output format: md (default), csv or json")
      ->check(CLI::IsMember({"md", "markdown", "csv", "json"}));
  command.add_option("-o,--output", output.output, "Write to FILE (atomically) instead of standard output")->type_name("FILE");
  command.add_flag("--force", output.force, "Overwrite an existing --output file");
  command.add_flag("--excel", output.excel, "CSV with a UTF-8 byte order mark, for Excel on Japanese Windows");
}

void add_chart_option(CLI::App& command, OutputOptions& output) {
  command.add_flag("--no-chart", output.no_chart, "Write no chart (SVG) beside a Markdown report file, and no link to one");
}

Format resolve_format(const OutputOptions& output) {
  if (output.format == "md" || output.format == "markdown") return Format::markdown;
  if (output.format == "csv") return Format::csv;
  if (output.format == "json") return Format::json;
  if (has_suffix(output.output, ".csv")) return Format::csv;
  if (has_suffix(output.output, ".json")) return Format::json;
  if (output.excel) return Format::csv;
  return Format::markdown;
}

bool writes_to_file(const OutputOptions& output) {
  // A device or FIFO (-o /dev/null, -o /dev/stdout) is written like standard output: no chart beside it.
  return !output.output.empty() && output.output != "-" && !io::is_stream_target(output.output);
}

std::string main_file_name(const OutputOptions& output) {
  return writes_to_file(output) ? std::filesystem::path(output.output).filename().string() : "";
}

std::string report_extension(Format format) {
  switch (format) {
  case Format::csv:
    return ".csv";
  case Format::json:
    return ".json";
  case Format::markdown:
    break;
  }
  return ".md";
}

std::string render_report(Format format, const OutputOptions& output, const std::function<report::Document()>& document,
                          const std::function<nlohmann::ordered_json()>& json) {
  switch (format) {
  case Format::json:
    return json().dump(2) + "\n";
  case Format::csv:
    return report::render_csv(document(), output.excel ? report::ExcelBom::yes : report::ExcelBom::no);
  case Format::markdown:
    break;
  }
  return report::render_markdown(document());
}

} // namespace secaction::cli
