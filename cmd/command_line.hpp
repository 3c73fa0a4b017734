#pragma once
// What CLI11 cannot say well: which command word was given (so an unknown one can be named with
// the closest known one, and usage errors can point at `secaction COMMAND --help`), and the names
// of every option (for "did you mean" and shell completion).
#include <string>
#include <vector>

namespace CLI {
class App;
} // namespace CLI

namespace secaction::cli {

struct CommandLine {
  std::string command;               // the command word, when it names a command
  std::string unknown_command;       // the first word, when it names none
  std::string unknown_global_option; // an option before the command word that secaction does not have
};

/// Walks the global options (and their values) up to the command word. `app` has the global
/// options and the subcommands registered.
CommandLine scan_command_line(int argc, const char* const* argv, CLI::App& app);

/// "-f", "--format", … of the options registered on `app` (not its subcommands').
std::vector<std::string> option_names(const CLI::App& app);

/// Every command of the command table, in its order.
std::vector<std::string> command_names();

} // namespace secaction::cli
