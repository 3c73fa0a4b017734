#pragma once
// A report is a main file plus companion files written next to it (the benchmark's radar chart
// beside its Markdown report, …). A single run and a batch run write them through these
// functions, so a new companion is added in one place: the command's render function.
#include <functional>
#include <string>
#include <vector>

#include "context.hpp"
#include "secaction/io/files.hpp"

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

/// Single run: the main report to --output (or standard output, or a device: then no companions),
/// companions beside --output, all or nothing (io::OutputFiles): every file is checked before any
/// is written, and a failure leaves none of them behind.
void emit_report_files(Context& context, const OutputOptions& output, const ReportFiles& files);

} // namespace secaction::cli
