#pragma once
// --interactive: answers a questionnaire one item at a time on the terminal (or one line per
// answer from a script on stdin), rewriting the answer file after every answer, then prints the
// report from that file. The session logic is lib/secaction/interactive; this file does the I/O.
#include <optional>
#include <string>

#include "context.hpp"

namespace secaction::cli {

struct InteractiveRun {
  std::string command;       // diagnose | checklist
  std::string instrument_id; // self-diagnosis, cloud, …
  std::string save_file;     // --save; empty: the default name
  OutputOptions output;      // for the report at the end
  std::optional<double> fail_under;
};

/// `<instrument>-answers.yaml`, in the current directory.
std::string default_save_file(const std::string& instrument_id);

/// Whether to run interactively without --interactive: no answer file and a person at the terminal
/// (standard input and standard output are both terminals).
bool at_a_terminal();

/// Returns the exit status: 0 after quitting or the end of input (the file holds the answers so
/// far), else the report's status once every item is answered.
int run_interactive(Context& context, const InteractiveRun& run);

} // namespace secaction::cli
