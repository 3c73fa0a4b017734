#pragma once
// Problems found in an input file are values, not exceptions, so one run reports all of them.
#include <string>
#include <vector>

namespace secaction {

/// A place in an input file; line and column are 1-based, 0 means "unknown".
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
};

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  SourceLocation where;
  std::string message;
};

/// Formats as `file:line:col: error: message` (the line and column are left out when unknown), with
/// control, bidirectional and invisible characters in the file name and message escaped
/// (escape_for_terminal), so a message can neither drive the terminal nor hide what it quotes.
std::string format_diagnostic(const Diagnostic& diagnostic);

class Diagnostics {
public:
  void error(SourceLocation where, std::string message);
  void warning(SourceLocation where, std::string message);
  void append(const Diagnostics& other);

  [[nodiscard]] bool has_errors() const;
  [[nodiscard]] std::size_t error_count() const;
  [[nodiscard]] const std::vector<Diagnostic>& all() const { return m_items; }
  [[nodiscard]] bool empty() const { return m_items.empty(); }
  /// In reading order: files in the order first reported, then by line and column.
  [[nodiscard]] std::vector<Diagnostic> in_reading_order() const;

private:
  std::vector<Diagnostic> m_items;
};

} // namespace secaction
