#include "batch.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <unordered_map>
#include <system_error>
#include <thread>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include "portfolio_summary.hpp"
#include "progress.hpp"
#include "secaction/core/error.hpp"
#include "secaction/core/messages.hpp"
#include "secaction/core/text.hpp"
#include "secaction/io/batch_directory.hpp"
#include "secaction/io/files.hpp"
#include "secaction/io/in_order_pipeline.hpp"
#include "secaction/io/inputs.hpp"
#include "secaction/io/output_names.hpp"

namespace secaction::cli {
namespace fs = std::filesystem;
namespace {

enum class Status { ok, invalid, io_error };

// One input on its way through the batch (io::run_pipeline_in_order): processed and rendered by a
// worker, named in input order, written by a worker, committed in input order.
struct Outcome {
  Status status = Status::ok;
  std::string error_line; // the one stderr line for a bad input
  std::string stem;       // the file stem the report would like (before collisions)
  ReportFiles files;      // rendered for `stem` (only with --out-dir)
  std::string named_stem; // the stem claimed in input order (differs from `stem` after a collision)
  bool exists = false;    // not written: a report of that name is there (without --force)
  std::string main_path;  // the report written, for the portfolio's link and the log
  ProcessedInput processed;
};

std::string plural(std::size_t count, const char* noun) { return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s"); }

std::string first_error_line(const Diagnostics& diagnostics, const std::string& file, const Pipeline& pipeline) {
  const auto ordered = diagnostics.in_reading_order();
  const auto first = std::find_if(ordered.begin(), ordered.end(), [](const Diagnostic& d) { return d.severity == Severity::error; });
  if (first == ordered.end()) return fmt::format("{}: error: invalid input", escape_for_terminal(file));
  std::string line = format_diagnostic(*first);
  if (const std::size_t more = diagnostics.error_count() - 1; more > 0) {
    line += fmt::format(" (+{} more; run: {})", more, escape_for_terminal(pipeline.full_check(file)));
  }
  return line;
}

// Everything that depends only on one input: read, parse, score, render. Runs on worker threads.
Outcome process_input(const Pipeline& pipeline, const std::string& file, const BatchOptions& batch, Format format) {
  Outcome outcome;
  try {
    ProcessResult result = pipeline.process(Input{file, io::read_file(file)});
    if (!result.processed) {
      outcome.status = Status::invalid;
      outcome.error_line = first_error_line(result.diagnostics, file, pipeline);
      return outcome;
    }
    outcome.processed = std::move(*result.processed);
    outcome.stem = io::safe_file_stem(outcome.processed.organization, fs::path(file).stem().string());
    // Rendered here, in parallel; written once its name is claimed (almost always this stem).
    if (!batch.out_dir.empty()) outcome.files = outcome.processed.render(outcome.stem + report_extension(format));
  } catch (const IoError& e) {
    outcome.status = Status::io_error;
    outcome.error_line = e.what();
  } catch (const InputError& e) {
    outcome.status = Status::invalid;
    outcome.error_line = first_error_line(e.diagnostics(), file, pipeline);
  } catch (const std::exception& e) {
    // Nothing may escape a worker thread; anything else is this input's failure.
    outcome.status = Status::invalid;
    outcome.error_line = fmt::format("{}: error: {}", escape_for_terminal(file), escape_for_terminal(e.what()));
  }
  return outcome;
}

// Names outcomes in input order, writes their files (on any worker), and commits them strictly in
// input order: summary rows, messages, counts.
class Collector {
public:
  Collector(Context& context, const Pipeline& pipeline, const BatchOptions& batch, const OutputOptions& output, Format format,
            std::size_t inputs, bool summary_in_out_dir)
      : m_context(context), m_pipeline(pipeline), m_batch(batch), m_output(output), m_format(format),
        m_progress(context.streams().err, inputs, context.streams().err_is_terminal && !context.quiet()) {
    if (!batch.out_dir.empty()) {
      // A new --out-dir is staged whole beside it and appears at the end, unless the summary goes
      // into it (the summary is committed on its own).
      m_directory.emplace(batch.out_dir, output.force ? io::Overwrite::allow : io::Overwrite::refuse, !summary_in_out_dir);
    }
    if (PortfolioSummary::wanted(batch.summary)) {
      m_portfolio = std::make_unique<PortfolioSummary>(batch.summary, pipeline, context.lang(), context.as_of(),
                                                       output.force ? io::Overwrite::allow : io::Overwrite::refuse);
    } else if (!batch.summary.empty()) {
      m_summary_format = batch.summary.ends_with(".jsonl") ? report::SummaryFormat::jsonl : report::SummaryFormat::csv;
      if (batch.summary != "-") m_summary.emplace(batch.summary, output.force ? io::Overwrite::allow : io::Overwrite::refuse);
      append_summary(report::summary_header(m_summary_format, pipeline.summary_columns,
                                            output.excel ? report::ExcelBom::yes : report::ExcelBom::no));
    }
  }

  /// A name the reports must not take (the summary, an input) in the output directory.
  void reserve(const std::string& file_name) { m_names.reserve_file(file_name); }

  /// In input order: the report's file stem, unique in the output directory.
  void name(const Outcome& outcome, std::string& named_stem) {
    if (outcome.status != Status::ok || !m_directory) return;
    std::vector<std::string> extensions{report_extension(m_format)};
    for (const auto& companion : outcome.files.companions) extensions.push_back(companion.suffix);
    named_stem = m_names.claim(outcome.stem, extensions);
  }

  /// On any worker, at once with others: writes the report and its companions under the claimed name.
  void write(const std::string& file, Outcome& outcome) {
    if (outcome.status != Status::ok || !m_directory) return;
    const std::string main_name = outcome.named_stem + report_extension(m_format);
    // A collision changed the name; reports that link their companions by name are rendered again.
    if (outcome.named_stem != outcome.stem) outcome.files = outcome.processed.render(main_name);
    std::vector<std::string> names{main_name};
    std::vector<std::string_view> texts{outcome.files.main};
    for (const auto& companion : outcome.files.companions) {
      names.push_back(companion_path(main_name, companion.suffix));
      texts.push_back(companion.text);
    }
    try {
      outcome.exists = m_directory->write(names, texts) == io::BatchDirectory::Written::exists;
      if (!outcome.exists) outcome.main_path = (fs::path(m_batch.out_dir) / main_name).string();
    } catch (const IoError& e) {
      // The output directory's problem (read-only, full), reported for the input it stopped.
      outcome.status = Status::io_error;
      outcome.error_line = fmt::format("{} (for {})", e.what(), escape_for_terminal(file));
    }
    outcome.files = {}; // written: the memory is not held until the commit
  }

  void commit(const std::string& file, Outcome outcome) {
    commit_one(file, std::move(outcome));
    m_progress.advance();
  }

  int finish() {
    m_progress.clear();
    if (m_directory) m_directory->publish(); // a staged --out-dir appears whole, in one rename
    flush_summary();
    if (m_summary) m_summary->commit(io::Sync::yes);
    m_context.streams().out.flush(); // --summary - came before this line
    if (m_portfolio) m_portfolio->commit();
    // Reports already there (a re-run without --force): said once, not once per input.
    if (m_existing > 0) {
      const std::string message = fmt::format("{} already exist{} in {}; use --force to overwrite {}", plural(m_existing, "report"),
                                              m_existing == 1 ? "s" : "", escape_for_terminal(m_batch.out_dir), m_existing == 1 ? "it" : "them");
      m_context.streams().err << "secaction: " << localize(message, m_context.message_lang()) << '\n';
    }
    if (m_existing > 0 || m_io_failures > 0) {
      if (!m_context.quiet()) m_context.streams().err << summary_line() << '\n';
      return static_cast<int>(ExitCode::io_error);
    }
    if (!m_context.quiet()) m_context.streams().err << summary_line() << '\n';
    if (m_invalid > 0) return static_cast<int>(ExitCode::invalid_input);
    if (m_gate_failures > 0) return static_cast<int>(ExitCode::gate_failed);
    return static_cast<int>(ExitCode::ok);
  }

private:
  void commit_one(const std::string& file, Outcome outcome) {
    auto& err = m_context.streams().err;
    if (outcome.status != Status::ok) {
      m_progress.clear();
      err << localize_error_line(outcome.error_line, m_context.message_lang()) << '\n';
      ++(outcome.status == Status::io_error ? m_io_failures : m_invalid);
      return;
    }
    if (outcome.exists) {
      ++m_existing;
      return;
    }
    if (!outcome.main_path.empty()) spdlog::info("{}: wrote {}", escape_for_terminal(file), escape_for_terminal(outcome.main_path));
    if (m_portfolio) m_portfolio->add(outcome.processed, outcome.main_path);
    if (!m_batch.summary.empty() && !m_portfolio) {
      append_summary(encode_summary_line(m_output, m_summary_format == report::SummaryFormat::csv,
                                         report::summary_line(m_summary_format, m_pipeline.summary_columns, outcome.processed.summary_row),
                                         m_pipeline.summary_columns, outcome.processed.summary_row, m_batch.summary, m_good + 2));
    }
    ++m_good;
    if (!outcome.processed.gate_failures.empty()) ++m_gate_failures;
    if (!outcome.processed.gate_failures.empty()) m_progress.clear();
    for (const auto& failure : outcome.processed.gate_failures) {
      err << fmt::format("secaction: {}: {}\n", escape_for_terminal(file), localize(escape_for_terminal(failure), m_context.message_lang()));
    }
  }

  std::string summary_line() const {
    const std::string summary_name = m_batch.summary == "-" ? std::string("standard output") : m_batch.summary;
    const std::size_t failed = m_invalid + m_io_failures;
    std::string line = "secaction: ";
    if (!m_batch.out_dir.empty()) {
      line += fmt::format("{} written to {}", plural(m_good, "report"), m_batch.out_dir);
      if (!m_batch.summary.empty()) line += fmt::format(", summary in {}", summary_name);
    } else {
      line += fmt::format("{} summarised in {}", plural(m_good, "input"), summary_name);
    }
    line += fmt::format(", {} failed", plural(failed, "input"));
    if (m_gate_failures > 0) line += fmt::format(", {} below the gate", plural(m_gate_failures, "input"));
    const std::string prefix = "secaction: ";
    return prefix + localize(escape_for_terminal(line.substr(prefix.size())), m_context.message_lang());
  }

  // Rows are gathered and written in large pieces, not one write per row.
  void append_summary(const std::string& text) {
    if (m_summary) {
      m_summary_buffer += text;
      if (m_summary_buffer.size() >= k_summary_buffer_bytes) flush_summary();
    } else {
      m_context.streams().out << text; // --summary -
    }
  }

  void flush_summary() {
    if (!m_summary || m_summary_buffer.empty()) return;
    m_summary->append(m_summary_buffer);
    m_summary_buffer.clear();
  }

  static constexpr std::size_t k_summary_buffer_bytes = 64 * 1024;

  Context& m_context;
  const Pipeline& m_pipeline;
  const BatchOptions& m_batch;
  const OutputOptions& m_output;
  Format m_format;
  io::OutputNames m_names;
  std::optional<io::BatchDirectory> m_directory; // --out-dir
  std::optional<io::AtomicFileWriter> m_summary;
  std::string m_summary_buffer;
  std::unique_ptr<PortfolioSummary> m_portfolio; // --summary x.html / x.xlsx
  report::SummaryFormat m_summary_format = report::SummaryFormat::csv;
  std::size_t m_good = 0;
  std::size_t m_invalid = 0;
  std::size_t m_io_failures = 0;
  std::size_t m_gate_failures = 0;
  std::size_t m_existing = 0; // reports not written because they exist (without --force)
  Progress m_progress;
};

unsigned cores() { return std::max(1U, std::thread::hardware_concurrency()); }

// -j as given, within 1 to k_max_jobs (else UsageError); nothing given: one per core.
unsigned requested_jobs(const BatchOptions& batch) {
  if (!batch.jobs) return cores();
  if (*batch.jobs < 1) throw UsageError("--jobs must be at least 1");
  if (*batch.jobs > k_max_jobs) {
    throw UsageError(fmt::format("--jobs must be at most {}", k_max_jobs));
  }
  return static_cast<unsigned>(*batch.jobs);
}

// Where `path` really is (absolute, links and ".." resolved), to compare paths that are spelt differently.
fs::path identity_of(const std::string& path) {
  std::error_code error;
  auto resolved = fs::weakly_canonical(fs::absolute(path, error), error);
  return error ? fs::absolute(path).lexically_normal() : resolved;
}

struct ReservedNames {
  std::vector<std::string> names; // file names in the output directory the reports must not take
  bool summary_in_out_dir = false;
};

struct FileId {
  dev_t device = 0;
  ino_t inode = 0;
  bool operator==(const FileId&) const = default;
};

std::optional<FileId> file_id(const std::string& path, bool follow_links = true) {
  struct stat info {};
  if ((follow_links ? ::stat(path.c_str(), &info) : ::lstat(path.c_str(), &info)) != 0) return std::nullopt;
  return FileId{info.st_dev, info.st_ino};
}

// Before anything is written: the summary is not an input, and the reports avoid the names of the
// summary and of inputs that are in the output directory. At most a stat or two per input, and
// none when neither the summary nor the output directory exists yet (nothing can be in them).
ReservedNames reserved_names(const BatchOptions& batch, const std::vector<std::string>& inputs) {
  ReservedNames reserved;
  const bool summary_is_file = !batch.summary.empty() && batch.summary != "-" && !io::is_stream_target(batch.summary);
  const fs::path summary = summary_is_file ? identity_of(batch.summary) : fs::path();
  const auto summary_id = summary_is_file ? file_id(batch.summary) : std::nullopt;
  const fs::path out_dir = batch.out_dir.empty() ? fs::path() : identity_of(batch.out_dir);
  const auto out_dir_id = batch.out_dir.empty() ? std::nullopt : file_id(batch.out_dir);
  if (summary_id || out_dir_id) {
    std::unordered_map<std::string, bool> parent_is_out_dir; // most inputs share a few directories
    for (const auto& input : inputs) {
      if (summary_id && file_id(input) == summary_id) {
        throw UsageError(fmt::format("{} is both an input and the summary; give the summary another name", batch.summary));
      }
      if (!out_dir_id) continue;
      struct stat info {};
      if (::lstat(input.c_str(), &info) == 0 && S_ISLNK(info.st_mode)) {
        const fs::path identity = identity_of(input); // where the link leads
        if (identity.parent_path() == out_dir) reserved.names.push_back(identity.filename().string());
        continue;
      }
      const fs::path path(input);
      const std::string parent = path.parent_path().empty() ? std::string(".") : path.parent_path().string();
      auto [known, added] = parent_is_out_dir.try_emplace(parent, false);
      if (added) known->second = file_id(parent) == out_dir_id;
      if (known->second) reserved.names.push_back(path.filename().string());
    }
  }
  if (summary_is_file && !out_dir.empty()) {
    if (summary == out_dir) throw UsageError(fmt::format("--summary {} is the output directory; name a file", batch.summary));
    if (summary.parent_path() == out_dir) {
      reserved.names.push_back(summary.filename().string());
      reserved.summary_in_out_dir = true;
    }
  }
  return reserved;
}

} // namespace

void add_batch_options(CLI::App& command, BatchOptions& batch) {
  const CLI::Validator not_empty(
      [](const std::string& value) { return value.empty() ? std::string("is empty; give a name") : std::string(); }, "", "not empty");
  command.add_option("--out-dir", batch.out_dir, "Several inputs: write one report per input into DIR (created if missing)")
      ->type_name("DIR")
      ->check(not_empty);
  command.add_option("--summary", batch.summary,
                     "Several inputs: write one summary row per input to FILE (CSV; JSON Lines for .jsonl; a portfolio page for .html, "
                     "a workbook for .xlsx; - for standard output, as CSV)")
      ->type_name("FILE")
      ->check(not_empty);
  command.add_option("-j,--jobs", batch.jobs,
                     fmt::format("Several inputs: score N inputs in parallel, 1 to {} (default: one per core)", k_max_jobs))
      ->type_name("N");
}

void refuse_batch_options(const std::string& command, const BatchOptions& batch, const char* what) {
  if (!batch.out_dir.empty() || !batch.summary.empty() || batch.jobs) {
    throw UsageError(fmt::format("{}: --out-dir, --summary and -j go with answer FILEs or DIRs, not {}", command, what));
  }
}

bool is_batch_run(const std::string& command, const std::vector<std::string>& inputs, const BatchOptions& batch,
                  const OutputOptions& output) {
  requested_jobs(batch); // a nonsensical -j is refused whatever the run
  const bool batch_outputs = !batch.out_dir.empty() || !batch.summary.empty();
  // A lone DIR without --out-dir or --summary stays a single run, which says "is a directory,
  // expected a file" (exit 4) as it always has.
  if (inputs.size() <= 1 && !batch_outputs) return false;
  if (std::find(inputs.begin(), inputs.end(), "-") != inputs.end()) {
    throw UsageError(fmt::format("{}: - (standard input) cannot be combined with other inputs, --out-dir or --summary", command));
  }
  if (!output.output.empty()) {
    throw UsageError(fmt::format("{}: -o/--output writes the report of one input; for several inputs use --out-dir DIR", command));
  }
  if (!batch_outputs) {
    throw UsageError(fmt::format("{}: several inputs need --out-dir DIR (one report per input) and/or --summary FILE "
                                 "(one row per input)",
                                 command));
  }
  return true;
}

int run_batch(Context& context, const Pipeline& pipeline, const std::vector<std::string>& arguments, const BatchOptions& batch,
              const OutputOptions& output) {
  const Format format = resolve_format(output);
  auto inputs = io::collect_inputs(arguments, pipeline.extensions);
  if (pipeline.is_companion) std::erase_if(inputs, pipeline.is_companion);
  if (inputs.empty()) {
    throw UsageError(fmt::format("{}: no input files ({}) found in {}", pipeline.command, fmt::join(pipeline.extensions, ", "),
                                 fmt::join(arguments, ", ")));
  }
  const auto reserved = reserved_names(batch, inputs); // before anything is written
  Collector collector(context, pipeline, batch, output, format, inputs.size(), reserved.summary_in_out_dir);
  for (const auto& name : reserved.names) collector.reserve(name);
  // More threads than inputs, or than four per core, would only wait: they are not started.
  const auto jobs = static_cast<unsigned>(std::min<std::size_t>({requested_jobs(batch), inputs.size(), 4 * std::size_t{cores()}}));
  spdlog::info("{} inputs, {} jobs", inputs.size(), jobs);
  io::PipelineTimes times;
  const bool measure = spdlog::should_log(spdlog::level::info); // -v: where the time went
  io::run_pipeline_in_order(
      inputs, jobs, [&](const std::string& file) { return process_input(pipeline, file, batch, format); },
      [&](const std::string&, Outcome& outcome) { collector.name(outcome, outcome.named_stem); },
      [&](const std::string& file, Outcome& outcome) { collector.write(file, outcome); },
      [&](const std::string& file, Outcome outcome) { collector.commit(file, std::move(outcome)); }, measure ? &times : nullptr);
  spdlog::info("{} threads, CPU seconds: work {:.3f}, name {:.3f}, write {:.3f}, commit {:.3f}; waiting {:.3f} s", times.threads,
               times.work, times.name, times.write, times.commit, times.wait);
  return collector.finish();
}

} // namespace secaction::cli
