#include "output_options.hpp"

#include <filesystem>
#include <system_error>

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "secaction/core/encoding.hpp"
#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"
#include "secaction/report/csv.hpp"
#include "secaction/report/html.hpp"
#include "secaction/report/markdown.hpp"
#include "secaction/report/xlsx.hpp"

namespace secaction::cli {
namespace {

bool has_suffix(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

void add_output_options(CLI::App& command, OutputOptions& output) {
  command.add_option("-f,--format", output.format, "Output format: md (default), csv, json, html (one self-contained page) or xlsx (an Excel workbook)")
      ->check(CLI::IsMember({"md", "markdown", "csv", "json", "html", "xlsx"}));
  command.add_option("-o,--output", output.output, "Write to FILE (atomically) instead of standard output")->type_name("FILE");
  command.add_flag("--force", output.force, "Overwrite an existing --output file");
  command.add_flag("--excel", output.excel, "CSV with a UTF-8 byte order mark, for Excel on Japanese Windows");
  command.add_option("--encoding", output.encoding, "CSV in utf-8 (default) or cp932 (Shift_JIS as Excel on Japanese Windows saves it)")
      ->type_name("utf-8|cp932")
      ->check(CLI::IsMember({"utf-8", "utf8", "cp932"}));
}

void add_chart_option(CLI::App& command, OutputOptions& output) {
  command.add_flag("--no-chart", output.no_chart, "Write no chart (SVG) beside a Markdown report file, and no link to one");
}

namespace {

Format format_of(const OutputOptions& output) {
  if (output.format == "md" || output.format == "markdown") return Format::markdown;
  if (output.format == "csv") return Format::csv;
  if (output.format == "json") return Format::json;
  if (output.format == "html") return Format::html;
  if (output.format == "xlsx") return Format::xlsx;
  if (has_suffix(output.output, ".csv")) return Format::csv;
  if (has_suffix(output.output, ".json")) return Format::json;
  if (has_suffix(output.output, ".html") || has_suffix(output.output, ".htm")) return Format::html;
  if (has_suffix(output.output, ".xlsx")) return Format::xlsx;
  if (output.excel) return Format::csv;
  return Format::markdown;
}

bool cp932(const OutputOptions& output) { return parse_text_encoding(output.encoding) == TextEncoding::cp932; }

} // namespace

Format resolve_format(const OutputOptions& output) {
  const Format format = format_of(output);
  // A workbook is bytes: on a terminal they would only garble it.
  if (format == Format::xlsx && !writes_to_file(output) && isatty(STDOUT_FILENO) != 0) {
    throw UsageError("--format xlsx writes a binary workbook; give -o FILE.xlsx (or redirect standard output to a file)");
  }
  if (cp932(output) && format != Format::csv && !output.csv_input) {
    throw UsageError("--encoding cp932 is for CSV output (--format csv)");
  }
  if (cp932(output) && output.excel) {
    throw UsageError("--excel writes UTF-8 with a byte order mark and --encoding cp932 writes CP932: give one of them");
  }
  return format;
}

bool writes_to_file(const OutputOptions& output) { return !output.output.empty() && output.output != "-"; }

std::string main_file_name(const OutputOptions& output) {
  return writes_to_file(output) ? std::filesystem::path(output.output).filename().string() : "";
}

std::string report_extension(Format format) {
  switch (format) {
  case Format::csv:
    return ".csv";
  case Format::json:
    return ".json";
  case Format::html:
    return ".html";
  case Format::xlsx:
    return ".xlsx";
  case Format::markdown:
    break;
  }
  return ".md";
}

namespace {

namespace fs = std::filesystem;

// libxlsxwriter writes files only: the workbook goes to a temporary file, is read back and removed.
std::string xlsx_bytes(const report::Document& document, const RenderExtras& extras) {
  std::error_code error;
  fs::path dir = fs::temp_directory_path(error);
  if (error) dir = ".";
  const auto temp = io::create_temp_file(dir, "workbook.xlsx", "the workbook");
  ::close(temp.fd);
  struct Remove {
    std::string path;
    ~Remove() {
      std::error_code ignored;
      fs::remove(path, ignored);
    }
  } remove{temp.path};
  report::XlsxOptions options;
  options.lang = std::string(lang_code(extras.lang));
  if (extras.as_of) options.created_unix = unix_seconds(*extras.as_of);
  options.temp_dir = dir.string();
  try {
    report::write_xlsx(document, options, temp.path);
  } catch (const std::runtime_error& e) {
    throw IoError(temp.path, e.what());
  }
  return io::read_file(temp.path, 1024U * 1024U * 1024U);
}

std::string code_point_text(char32_t code_point) { return fmt::format("U+{:04X}", static_cast<std::uint32_t>(code_point)); }

} // namespace

std::string encode_csv(const OutputOptions& output, std::string csv, const report::Table& table, const std::string& written_to,
                       std::size_t first_row) {
  if (!cp932(output)) return csv;
  auto converted = utf8_to_cp932(csv);
  if (!converted.unencodable) return std::move(converted.text);
  // Name the cell: the first one that cannot be converted on its own.
  std::string where = fmt::format("byte {}", converted.unencodable->offset);
  auto bad = *converted.unencodable;
  const auto find = [&](const std::vector<std::string>& cells, std::size_t row) {
    for (std::size_t column = 0; column < cells.size(); ++column) {
      auto cell = utf8_to_cp932(cells[column]);
      if (!cell.unencodable) continue;
      bad = *cell.unencodable;
      where = fmt::format("row {}, column {}", row, column < table.header.size() ? table.header[column] : std::to_string(column + 1));
      return true;
    }
    return false;
  };
  bool found = first_row == 2 && find(table.header, 1);
  for (std::size_t row = 0; !found && row < table.rows.size(); ++row) found = find(table.rows[row], row + first_row);
  Diagnostics diagnostics;
  diagnostics.error({written_to}, fmt::format("{}: '{}' ({}) cannot be written in CP932 (--encoding cp932); change the text or write "
                                              "UTF-8 (--excel adds the byte order mark Excel needs)",
                                              where, bad.character, code_point_text(bad.code_point)));
  throw InputError(std::move(diagnostics));
}

std::string render_report(Format format, const OutputOptions& output, const std::function<report::Document()>& document,
                          const std::function<nlohmann::ordered_json()>& json, const RenderExtras& extras) {
  switch (format) {
  case Format::json:
    return json().dump(2) + "\n";
  case Format::csv: {
    const auto doc = document();
    return encode_csv(output, report::render_csv(doc, output.excel ? report::ExcelBom::yes : report::ExcelBom::no), doc.records,
                      writes_to_file(output) ? output.output : "<stdout>");
  }
  case Format::html: {
    auto doc = document();
    doc.band = extras.band;
    report::HtmlOptions options;
    options.lang = std::string(lang_code(extras.lang));
    options.inline_svg = extras.charts;
    return report::render_html(doc, options);
  }
  case Format::xlsx: {
    auto doc = document();
    doc.band = extras.band;
    return xlsx_bytes(doc, extras);
  }
  case Format::markdown:
    break;
  }
  return report::render_markdown(document());
}

} // namespace secaction::cli
