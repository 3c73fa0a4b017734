#pragma once
// The table of subcommands: registration, dispatch, --help and the man-page test all follow it.
#include <memory>
#include <span>
#include <string_view>

#include "context.hpp"

namespace CLI {
class App;
} // namespace CLI

namespace secaction::cli {

/// What a subcommand's options are parsed into; each command derives its own.
struct CommandOptions {
  CommandOptions() = default;
  virtual ~CommandOptions() = default;
  CommandOptions(const CommandOptions&) = delete;
  CommandOptions& operator=(const CommandOptions&) = delete;
};

struct Command {
  std::string_view name;
  /// One line: --help lists it (and "did you mean" and shell completion can offer it).
  std::string_view summary;
  /// Adds the subcommand's options to `command` (its own CLI::App) and returns the value they are
  /// parsed into, which must live until `run` has returned.
  std::unique_ptr<CommandOptions> (*register_options)(CLI::App& command);
  /// Runs the subcommand once the whole command line is parsed; returns the exit status.
  int (*run)(Context& context, const CommandOptions& options);
};

/// Every subcommand, in the order --help lists them (a new command is one entry).
std::span<const Command> command_table();

/// The options a command registered, as its own type (each command's run knows which it is).
template <typename Options>
const Options& options_as(const CommandOptions& options) {
  return static_cast<const Options&>(options);
}

} // namespace secaction::cli
