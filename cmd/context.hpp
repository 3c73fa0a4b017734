#pragma once
// What every subcommand shares: global options, content, language, dates, inputs, output and messages.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli.hpp"
#include "output_options.hpp"
#include "secaction/content/library.hpp"
#include "secaction/core/date.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/core/lang.hpp"

namespace secaction::cli {

struct GlobalOptions {
  std::string content_dir; // --content, else $SECACTION_CONTENT, else the embedded copy
  std::vector<std::string> packs; // --pack (repeatable), else $SECACTION_PACKS (DIR:DIR)
  std::string lang;        // --lang, else $LANG, else ja
  std::string as_of;       // --as-of, else $SOURCE_DATE_EPOCH
  bool verbose = false;
  bool quiet = false; // -q: no progress or summaries on stderr; errors, warnings and gate failures stay
};

class Context {
public:
  Context(Streams streams, const GlobalOptions& options);

  Streams& streams() { return m_streams; }
  /// The content library, created on first use (so --version and --help load nothing), with the
  /// packs layered over it. Throws InputError when a pack has problems.
  content::Library& library();
  /// The same library, whatever problems its packs have (validate reports them).
  content::Library& unchecked_library();
  /// Checks the content embedded in the binary in full, as --content DIR is, instead of trusting the
  /// build's check of it (validate). Call before the library is first used.
  void check_embedded_content() { m_embedded_check = content::EmbeddedCheck::full; }
  [[nodiscard]] Lang lang() const;
  /// --as-of, else SOURCE_DATE_EPOCH, else none. Never the clock.
  [[nodiscard]] std::optional<Date> as_of() const;
  [[nodiscard]] bool verbose() const { return m_options.verbose; }
  [[nodiscard]] bool quiet() const { return m_options.quiet; }
  /// The language of messages on stderr: --lang, else Japanese under a Japanese locale (LC_ALL,
  /// LC_MESSAGES, LANG), else English: as gettext does, an unset or C locale keeps them English,
  /// while the report of such a run is Japanese (the guidance's own language).
  [[nodiscard]] Lang message_lang() const;

  /// Reads an input file, or standard input for "-" (with the same size limit).
  std::string read_input(const std::string& file);

  /// Prints every diagnostic to stderr, one line each, in message_lang().
  void report(const Diagnostics& diagnostics);
  /// Writes a finished output to --output (atomically, refusing to overwrite without --force) or stdout.
  void emit(const OutputOptions& output, const std::string& text);

private:
  Streams m_streams;
  const GlobalOptions& m_options;
  std::unique_ptr<content::Library> m_library;
  content::EmbeddedCheck m_embedded_check = content::EmbeddedCheck::trust_build;
};

/// How an input is named in messages: the file as given, "<stdin>" for "-".
std::string display_name(const std::string& file);

} // namespace secaction::cli
