#pragma once
// A report is a main file plus companion files written next to it (the benchmark's radar chart
// beside its Markdown report, …). A single run and a batch run write them through these
// functions, so a new companion is added in one place: the command's render function.
#include <functional>
#include <string>
#include <vector>

#include "context.hpp"
#include "secaction/io/files.hpp"
#include "secaction/io/staged_files.hpp"

namespace secaction::cli {

struct CompanionFile {
  std::string suffix; // ".svg": replaces the main file's .md/.markdown extension, else is appended
  std::string text;
};

struct ReportFiles {
  std::string main;
  std::vector<CompanionFile> companions;
};

/// Renders a report whose main file is called `main_file_name` ("acme.md"; empty when it goes to
/// standard output, where there is nowhere to put companions). Links from the main report to a
/// companion use companion_path(main_file_name, suffix).
using RenderReportFiles = std::function<ReportFiles(const std::string& main_file_name)>;

/// report.md (or .markdown, any case) + ".svg" -> report.svg; anything else gets the suffix appended.
std::string companion_path(const std::string& main_path, const std::string& suffix);

/// The name of the chart to write beside the main report and link from it ("report.md" ->
/// "report.svg"), or empty when there is none: not Markdown, standard output (no main file name;
/// a link would dangle), a main file that is not named as Markdown (r.txt) or --no-chart.
std::string chart_file_name(Format format, const OutputOptions& output, const std::string& main_file_name);

/// Throws IoError unless --force when any of `paths` exists, naming every one that does
/// ("report.md: error: already exists, and so does report.svg; …").
void refuse_existing_files(const std::vector<std::string>& paths);

/// Single run: the main report to --output (or standard output), companions beside --output.
/// Every file is checked before any is written, so a refused run leaves none of them half-done.
void emit_report_files(Context& context, const OutputOptions& output, const ReportFiles& files);

/// Batch run: the main report to `main_path` and the companions beside it, each atomically.
/// Throws IoError (before writing anything) when one exists and `overwrite` refuses.
void write_report_files(const std::string& main_path, const ReportFiles& files, io::Overwrite overwrite, io::Sync sync);

} // namespace secaction::cli

namespace secaction::cli {

/// Batch run: a report's files written by a worker thread under temporary names in the output
/// directory (io::StagedFiles), so the in-order collector only names them (commit: one rename
/// each). Never committed (a name collision, a failed run), the temporary files are removed.
class StagedReportFiles {
public:
  StagedReportFiles() = default;
  /// Writes `files` (no fsync) as hidden temporary files in `dir`. Throws IoError.
  StagedReportFiles(const std::string& dir, const ReportFiles& files);

  [[nodiscard]] bool empty() const { return m_files.empty(); }
  /// Renames the files to `main_path` and its companions' paths; with Overwrite::refuse, throws
  /// IoError before renaming any when one exists (as write_report_files does).
  void commit(const std::string& main_path, io::Overwrite overwrite);
  /// Removes the temporary files.
  void discard();

private:
  io::StagedFiles m_files;           // the main file, then the companions
  std::vector<std::string> m_suffixes; // the companions'
};

} // namespace secaction::cli
