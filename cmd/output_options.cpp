#include "output_options.hpp"

#include <filesystem>
#include <system_error>

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "choices.hpp"
#include "secaction/core/encoding.hpp"
#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"
#include "secaction/report/csv.hpp"
#include "secaction/report/html.hpp"
#include "secaction/report/markdown.hpp"
#include "secaction/report/xlsx.hpp"
#include "suggest.hpp"

namespace secaction::cli {
namespace {

bool cp932(const OutputOptions& output) { return parse_text_encoding(output.encoding) == TextEncoding::cp932; }

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

std::string render_markdown_format(report::Document document, const OutputOptions&, const RenderExtras&) {
  return report::render_markdown(document);
}

std::string render_csv_format(report::Document document, const OutputOptions& output, const RenderExtras&) {
  return encode_csv(output, report::render_csv(document, output.excel ? report::ExcelBom::yes : report::ExcelBom::no),
                    document.records, writes_to_file(output) ? output.output : "<stdout>");
}

std::string render_html_format(report::Document document, const OutputOptions&, const RenderExtras& extras) {
  document.band = extras.band;
  report::HtmlOptions options;
  options.lang = std::string(lang_code(extras.lang));
  options.inline_svg = extras.charts;
  return report::render_html(document, options);
}

std::string render_xlsx_format(report::Document document, const OutputOptions&, const RenderExtras& extras) {
  document.band = extras.band;
  return xlsx_bytes(document, extras);
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

// The format that --format, -o's extension and --excel ask for.
Format format_from_options(const OutputOptions& output) {
  const FormatInfo* chosen = format_named(output.format);
  const FormatInfo* by_name = writes_to_file(output) ? format_of_file_name(output.output) : nullptr;
  if (output.excel) {
    if (chosen != nullptr && chosen->format != Format::csv) {
      throw UsageError(fmt::format(
          "--excel writes CSV (with a byte order mark for Excel); it cannot be combined with --format {}", chosen->name));
    }
    if (chosen == nullptr && by_name != nullptr && by_name->format != Format::csv) {
      throw UsageError(
          fmt::format("--excel writes CSV, but -o {} names a {} file; write to a .csv file", output.output, by_name->title));
    }
    return Format::csv;
  }
  if (chosen != nullptr) return chosen->format;
  if (by_name != nullptr) return by_name->format;
  return Format::markdown;
}

} // namespace

const std::vector<FormatInfo>& formats() {
  static const std::vector<FormatInfo> table = {
      {Format::markdown, "md", "Markdown", {"markdown"}, {".md", ".markdown"}, render_markdown_format},
      {Format::csv, "csv", "CSV", {}, {".csv"}, render_csv_format},
      {Format::json, "json", "JSON", {}, {".json"}, nullptr},
      {Format::html, "html", "HTML", {}, {".html", ".htm"}, render_html_format},
      {Format::xlsx, "xlsx", "XLSX", {}, {".xlsx"}, render_xlsx_format},
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
  command
      .add_option("--encoding", output.encoding,
                  "CSV in utf-8 (default) or cp932 (Shift_JIS as Excel on Japanese Windows saves it)")
      ->type_name("utf-8|cp932")
      ->check(CLI::IsMember({"utf-8", "utf8", "cp932"}));
}

void add_chart_option(CLI::App& command, OutputOptions& output) {
  command.add_flag("--no-chart", output.no_chart, "Write no chart (SVG) beside a Markdown report file, and no link to one");
}

Format resolve_format(const OutputOptions& output, std::string_view xlsx_needed_by) {
  const Format format = format_from_options(output);
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
  // libxlsxwriter is opened on first use: a missing one stops the run before anything is read.
  if (format == Format::xlsx) report::require_xlsxwriter(xlsx_needed_by);
  return format;
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
      where =
          fmt::format("row {}, column {}", row, column < table.header.size() ? table.header[column] : std::to_string(column + 1));
      return true;
    }
    return false;
  };
  bool found = first_row == 2 && find(table.header, 1);
  for (std::size_t row = 0; !found && row < table.rows.size(); ++row) found = find(table.rows[row], row + first_row);
  Diagnostics diagnostics;
  diagnostics.error({written_to},
                    fmt::format("{}: '{}' ({}) cannot be written in CP932 (--encoding cp932); change the text or write "
                                "UTF-8 (--excel adds the byte order mark Excel needs)",
                                where, bad.character, code_point_text(bad.code_point)));
  throw InputError(std::move(diagnostics));
}

std::string render_report(Format format, const OutputOptions& output, const std::function<report::Document()>& document,
                          const std::function<nlohmann::ordered_json()>& json, const RenderExtras& extras) {
  const FormatInfo& entry = info(format);
  if (entry.render_document == nullptr) return json().dump(2) + "\n";
  return entry.render_document(document(), output, extras);
}

} // namespace secaction::cli
