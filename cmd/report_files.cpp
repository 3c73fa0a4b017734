#include "report_files.hpp"

#include <filesystem>
#include <system_error>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <spdlog/spdlog.h>

#include "secaction/core/error.hpp"

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

void refuse_existing_files(const std::vector<std::string>& paths) {
  std::vector<std::string> existing;
  std::error_code ignored;
  for (const auto& path : paths) {
    if (fs::exists(path, ignored)) existing.push_back(path);
  }
  if (existing.size() == 1) io::refuse_existing(existing.front());
  if (existing.size() > 1) {
    throw IoError(existing.front(), fmt::format("already exists, and so does {}; use --force to overwrite them",
                                                fmt::join(existing.begin() + 1, existing.end(), ", ")));
  }
}

void emit_report_files(Context& context, const OutputOptions& output, const ReportFiles& files) {
  const bool to_file = writes_to_file(output);
  if (to_file && !output.force) {
    std::vector<std::string> paths{output.output};
    for (const auto& companion : files.companions) paths.push_back(companion_path(output.output, companion.suffix));
    refuse_existing_files(paths);
  }
  context.emit(output, files.main);
  if (!to_file) return;
  for (const auto& companion : files.companions) {
    const std::string path = companion_path(output.output, companion.suffix);
    io::write_file_atomically(path, companion.text, output.force ? io::Overwrite::allow : io::Overwrite::refuse);
    spdlog::info("wrote {}", path);
  }
}

void write_report_files(const std::string& main_path, const ReportFiles& files, io::Overwrite overwrite, io::Sync sync) {
  if (overwrite == io::Overwrite::refuse) {
    io::refuse_existing(main_path);
    for (const auto& companion : files.companions) io::refuse_existing(companion_path(main_path, companion.suffix));
  }
  io::write_file_atomically(main_path, files.main, overwrite, sync);
  for (const auto& companion : files.companions) {
    io::write_file_atomically(companion_path(main_path, companion.suffix), companion.text, overwrite, sync);
  }
}

StagedReportFiles::StagedReportFiles(const std::string& dir, const ReportFiles& files) {
  std::vector<std::string_view> texts{files.main};
  for (const auto& companion : files.companions) {
    texts.push_back(companion.text);
    m_suffixes.push_back(companion.suffix);
  }
  m_files = io::StagedFiles(dir, texts);
}

void StagedReportFiles::commit(const std::string& main_path, io::Overwrite overwrite) {
  std::vector<std::string> paths{main_path};
  for (const auto& suffix : m_suffixes) paths.push_back(companion_path(main_path, suffix));
  m_files.commit(paths, overwrite);
}

void StagedReportFiles::discard() { m_files.discard(); }

} // namespace secaction::cli
