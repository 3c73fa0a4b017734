#include "output_options.hpp"

#include <filesystem>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "choices.hpp"
#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"
#include "secaction/report/csv.hpp"
#include "secaction/report/markdown.hpp"
#include "suggest.hpp"

namespace secaction::cli {
namespace {

std::string render_markdown_format(const report::Document& document, const OutputOptions&) { return report::render_markdown(document); }

std::string render_csv_format(const report::Document& document, const OutputOptions& output) {
  return report::render_csv(document, output.excel ? report::ExcelBom::yes : report::ExcelBom::no);
}

const FormatInfo& info(Format format) {
  for (const auto& entry : formats()) {
    if (entry.format == format) return entry;
  }
  return formats().front();
}

// The format whose extension `path` has (any case), if any.
const FormatInfo* format_of_file_name(const std::string& path) {
  const std::string extension = ascii_lower(std::filesystem::path(path).extension().string());
  if (extension.empty()) return nullptr;
  for (const auto& entry : formats()) {
    for (auto known : entry.extensions) {
      if (extension == known) return &entry;
    }
  }
  return nullptr;
}

const FormatInfo* format_named(const std::string& name) {
  for (const auto& entry : formats()) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

} // namespace

const std::vector<FormatInfo>& formats() {
  static const std::vector<FormatInfo> table = {
      {Format::markdown, "md", "Markdown", {"markdown"}, {".md", ".markdown"}, render_markdown_format},
      {Format::csv, "csv", "CSV", {}, {".csv"}, render_csv_format},
      {Format::json, "json", "JSON", {}, {".json"}, nullptr},
  };
  return table;
}

void add_output_options(CLI::App& command, OutputOptions& output) {
  std::vector<Choice> choices;
  std::vector<std::string> names;
  for (const auto& entry : formats()) {
    choices.push_back({std::string(entry.name), std::vector<std::string>(entry.aliases.begin(), entry.aliases.end())});
    names.emplace_back(entry.name);
  }
  command.add_option("-f,--format", output.format, fmt::format("Output format: {} (default: from -o's extension, else md)", fmt::join(names, ", ")))
      ->transform(one_of_choices(choices));
  command.add_option("-o,--output", output.output, "Write to FILE (atomically) instead of standard output")->type_name("FILE");
  command.add_flag("--force", output.force, "Overwrite an existing --output file");
  command.add_flag("--excel", output.excel, "CSV with a UTF-8 byte order mark, for Excel on Japanese Windows");
}

void add_chart_option(CLI::App& command, OutputOptions& output) {
  command.add_flag("--no-chart", output.no_chart, "Write no chart (SVG) beside a Markdown report file, and no link to one");
}

Format resolve_format(const OutputOptions& output) {
  const FormatInfo* chosen = format_named(output.format);
  const FormatInfo* by_name = writes_to_file(output) ? format_of_file_name(output.output) : nullptr;
  if (output.excel) {
    if (chosen != nullptr && chosen->format != Format::csv) {
      throw UsageError(fmt::format("--excel writes CSV (with a byte order mark for Excel); it cannot be combined with --format {}", chosen->name));
    }
    if (chosen == nullptr && by_name != nullptr && by_name->format != Format::csv) {
      throw UsageError(fmt::format("--excel writes CSV, but -o {} names a {} file; write to a .csv file", output.output, by_name->title));
    }
    return Format::csv;
  }
  if (chosen != nullptr) return chosen->format;
  if (by_name != nullptr) return by_name->format;
  return Format::markdown;
}

void refuse_format_options(const std::string& command, const OutputOptions& output, const std::string& what) {
  if (!output.format.empty() || output.excel) {
    throw UsageError(fmt::format("{}: {}; --format and --excel do not apply", command, what));
  }
}

bool writes_to_file(const OutputOptions& output) {
  // A device or FIFO (-o /dev/null, -o /dev/stdout) is written like standard output: no chart beside it.
  return !output.output.empty() && output.output != "-" && !io::is_stream_target(output.output);
}

std::string main_file_name(const OutputOptions& output) {
  return writes_to_file(output) ? std::filesystem::path(output.output).filename().string() : "";
}

bool takes_companion_chart(const std::string& path) {
  const std::string extension = ascii_lower(std::filesystem::path(path).extension().string());
  return extension.empty() || extension == ".md" || extension == ".markdown";
}

std::string report_extension(Format format) { return std::string(info(format).extensions.front()); }

std::string render_report(Format format, const OutputOptions& output, const std::function<report::Document()>& document,
                          const std::function<nlohmann::ordered_json()>& json) {
  const FormatInfo& entry = info(format);
  if (entry.render_document == nullptr) return json().dump(2) + "\n";
  return entry.render_document(document(), output);
}

} // namespace secaction::cli
