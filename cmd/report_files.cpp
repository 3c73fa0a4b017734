#include "report_files.hpp"

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include "secaction/core/error.hpp"

namespace secaction::cli {
namespace fs = std::filesystem;

std::string companion_path(const std::string& main_path, const std::string& suffix) {
  fs::path path(main_path);
  if (path.extension() == ".md" || path.extension() == ".markdown") return path.replace_extension(suffix).string();
  return main_path + suffix;
}

void add_chart_option(CLI::App& command, OutputOptions& output) {
  command.add_flag("--no-chart", output.no_chart,
                   "Write no chart (SVG) beside a Markdown report file, and no link to one");
}

std::string chart_file_name(Format format, const OutputOptions& output, const std::string& main_file_name) {
  if (format != Format::markdown || output.no_chart || main_file_name.empty()) return "";
  return fs::path(companion_path(main_file_name, ".svg")).filename().string();
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

namespace {

void refuse_existing(const std::string& path) {
  std::error_code error;
  if (fs::exists(path, error)) throw IoError(path, "already exists; use --force to overwrite it");
}

} // namespace

void emit_report_files(Context& context, const OutputOptions& output, const ReportFiles& files) {
  const bool to_file = !output.output.empty() && output.output != "-";
  if (to_file && !output.force) {
    for (const auto& companion : files.companions) refuse_existing(companion_path(output.output, companion.suffix));
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
    refuse_existing(main_path);
    for (const auto& companion : files.companions) refuse_existing(companion_path(main_path, companion.suffix));
  }
  io::write_file_atomically(main_path, files.main, overwrite, sync);
  for (const auto& companion : files.companions) {
    io::write_file_atomically(companion_path(main_path, companion.suffix), companion.text, overwrite, sync);
  }
}

} // namespace secaction::cli

namespace secaction::cli {
namespace {

std::string staged_path(const std::string& dir) {
  static std::atomic<std::uint64_t> counter{0};
  // Hidden (batch inputs skip dot files) and unique per process and file.
  return (fs::path(dir) / fmt::format(".secaction-{}-{}.tmp", ::getpid(), counter.fetch_add(1))).string();
}

void write_plain(const std::string& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  if (!out) {
    std::error_code ignored;
    fs::remove(path, ignored);
    throw IoError(path, "cannot write");
  }
}

} // namespace

StagedReportFiles::StagedReportFiles(const std::string& dir, const ReportFiles& files) {
  try {
    m_files.push_back({staged_path(dir), {}});
    write_plain(m_files.back().temp_path, files.main);
    for (const auto& companion : files.companions) {
      m_files.push_back({staged_path(dir), companion.suffix});
      write_plain(m_files.back().temp_path, companion.text);
    }
  } catch (...) {
    discard();
    throw;
  }
}

StagedReportFiles::~StagedReportFiles() { discard(); }

StagedReportFiles::StagedReportFiles(StagedReportFiles&& other) noexcept : m_files(std::move(other.m_files)) { other.m_files.clear(); }

StagedReportFiles& StagedReportFiles::operator=(StagedReportFiles&& other) noexcept {
  if (this != &other) {
    discard();
    m_files = std::move(other.m_files);
    other.m_files.clear();
  }
  return *this;
}

void StagedReportFiles::commit(const std::string& main_path, io::Overwrite overwrite) {
  auto final_path = [&](const Staged& staged) { return staged.suffix.empty() ? main_path : companion_path(main_path, staged.suffix); };
  if (overwrite == io::Overwrite::refuse) {
    for (const auto& staged : m_files) refuse_existing(final_path(staged));
  }
  for (const auto& staged : m_files) {
    const std::string path = final_path(staged);
    if (::rename(staged.temp_path.c_str(), path.c_str()) != 0) {
      const int error = errno;
      discard();
      throw IoError(path, fmt::format("cannot write: {}", std::strerror(error)));
    }
  }
  m_files.clear(); // renamed: nothing left to remove
}

void StagedReportFiles::discard() {
  for (const auto& staged : m_files) ::unlink(staged.temp_path.c_str());
  m_files.clear();
}

} // namespace secaction::cli
