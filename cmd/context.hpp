#pragma once
// What every subcommand shares: global options, content, language, dates, output and messages.
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "secaction/content/library.hpp"
#include "secaction/core/date.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/core/lang.hpp"
#include "secaction/report/document.hpp"

namespace secaction::cli {

struct GlobalOptions {
  std::string content_dir; // --content, else $SECACTION_CONTENT, else the embedded copy
  std::string lang;        // --lang, else $LANG, else ja
  std::string as_of;       // --as-of, else $SOURCE_DATE_EPOCH
  bool verbose = false;
};

enum class Format { markdown, csv, json };

struct OutputOptions {
  std::string format; // md | csv | json; empty: from --output's extension, else md
  std::string output; // file; empty or "-" means stdout
  bool force = false;
  bool excel = false;
  bool no_chart = false; // --no-chart: no chart beside a Markdown report (diagnose, checklist, benchmark)
};

class Context {
public:
  Context(Streams streams, const GlobalOptions& options);

  Streams& streams() { return m_streams; }
  /// The content library, created on first use (so --version and --help load nothing).
  content::Library& library();
  [[nodiscard]] Lang lang() const;
  /// --as-of, else SOURCE_DATE_EPOCH, else none. Never the clock.
  [[nodiscard]] std::optional<Date> as_of() const;
  [[nodiscard]] bool verbose() const { return m_options.verbose; }

  /// The subcommand's exit status (subcommands run inside CLI11 callbacks).
  void set_exit(int status) { m_exit = status; }
  [[nodiscard]] int exit_status() const { return m_exit; }

  /// Prints every diagnostic to stderr, one line each.
  void report(const Diagnostics& diagnostics);
  /// Writes a finished output to --output (atomically, refusing to overwrite without --force) or stdout.
  void emit(const OutputOptions& output, const std::string& text);

private:
  Streams m_streams;
  const GlobalOptions& m_options;
  std::unique_ptr<content::Library> m_library;
  int m_exit = 0;
};

/// md/csv/json from --format, else from the --output extension, else Markdown. Throws UsageError.
Format resolve_format(const OutputOptions& output);

/// Renders a result in `format`: JSON from `json`, Markdown and CSV (with --excel's BOM) from
/// `document`. Only the one that the format needs is built.
std::string render_report(Format format, const OutputOptions& output, const std::function<report::Document()>& document,
                          const std::function<nlohmann::ordered_json()>& json);

} // namespace secaction::cli
