#include "report_files.hpp"

#include <filesystem>
#include <system_error>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <spdlog/spdlog.h>

#include "secaction/core/error.hpp"
#include "secaction/core/text.hpp"
#include "secaction/io/output_files.hpp"

namespace secaction::cli {
namespace fs = std::filesystem;

std::string companion_path(const std::string& main_path, const std::string& suffix) {
  fs::path path(main_path);
  if (path.has_extension() && takes_companion_chart(main_path)) return path.replace_extension(suffix).string();
  return main_path + suffix;
}

std::string chart_file_name(Format format, const OutputOptions& output, const std::string& main_file_name) {
  if (format != Format::markdown || output.no_chart || main_file_name.empty() || !takes_companion_chart(main_file_name)) return "";
  return fs::path(companion_path(main_file_name, ".svg")).filename().string();
}

namespace {

std::string companion_what(const CompanionFile& companion) {
  return companion.suffix == ".svg" ? "the chart" : fmt::format("the {} file", companion.suffix);
}

io::OutputFiles report_output_files(const std::string& main_path, const ReportFiles& files, io::Overwrite overwrite, io::Sync sync) {
  io::OutputFiles outputs(overwrite, sync);
  outputs.add(main_path, files.main, "the report");
  for (const auto& companion : files.companions) {
    outputs.add(companion_path(main_path, companion.suffix), companion.text, companion_what(companion));
  }
  return outputs;
}

} // namespace

void emit_report_files(Context& context, const OutputOptions& output, const ReportFiles& files) {
  if (!writes_to_file(output)) {
    context.emit(output, files.main); // standard output or a device: no companions beside it
    return;
  }
  context.streams().out.flush();
  io::create_parent_directories(output.output); // -o into a new directory creates it, as --out-dir does
  auto outputs = report_output_files(output.output, files, output.force ? io::Overwrite::allow : io::Overwrite::refuse, io::Sync::yes);
  outputs.commit();
  spdlog::info("wrote {}", escape_for_terminal(output.output));
  for (const auto& companion : files.companions) {
    spdlog::info("wrote {}", escape_for_terminal(companion_path(output.output, companion.suffix)));
  }
}

} // namespace secaction::cli
