#pragma once
// Exceptions are for the exceptional (a file that cannot be read or written); they are caught once,
// in cli::run, and mapped to the documented exit codes. Problems inside a file are Diagnostics.
#include <stdexcept>
#include <string>

#include "secaction/core/diagnostic.hpp"
#include "secaction/core/text.hpp"

namespace secaction {

/// The documented exit statuses (man/secaction.1, EXIT STATUS).
enum class ExitCode : int {
  ok = 0,
  gate_failed = 1,   // --fail-under and other gates
  usage = 2,         // bad command line
  invalid_input = 3, // invalid content, answers or other input data
  io_error = 4,      // cannot read or write a file
};

/// A file could not be read or written. Prints like a diagnostic: `FILE: error: MESSAGE` (escaped
/// as format_diagnostic does: a file name with a newline or ESC in it prints as \n or \x1b).
class IoError : public std::runtime_error {
public:
  IoError(const std::string& file, const std::string& message)
      : std::runtime_error(escape_for_terminal(file) + ": error: " + escape_for_terminal(message)) {}
};

/// An input was rejected; the diagnostics say where and why.
class InputError : public std::runtime_error {
public:
  explicit InputError(Diagnostics diagnostics)
      : std::runtime_error("invalid input"), m_diagnostics(std::move(diagnostics)) {}
  [[nodiscard]] const Diagnostics& diagnostics() const { return m_diagnostics; }

private:
  Diagnostics m_diagnostics;
};

/// The command line is wrong in a way only known after parsing (e.g. a FILE and --template together).
class UsageError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

} // namespace secaction
