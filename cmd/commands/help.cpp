// secaction help [COMMAND]: the help of secaction, or of one command (as `secaction COMMAND --help`).
#include <CLI/CLI.hpp>

#include <algorithm>

#include <fmt/format.h>

#include "command_line.hpp"
#include "commands/commands.hpp"
#include "secaction/core/error.hpp"
#include "suggest.hpp"

namespace secaction::cli::help_command {
namespace {

struct HelpOptions : CommandOptions {
  CLI::App* root = nullptr;
  std::string command;
};

} // namespace

std::unique_ptr<CommandOptions> register_options(CLI::App& command) {
  auto options = std::make_unique<HelpOptions>();
  options->root = command.get_parent();
  command.add_option("COMMAND", options->command, "The command whose options to show (default: the list of commands)");
  return options;
}

int run(Context& context, const CommandOptions& given) {
  const auto& options = options_as<HelpOptions>(given);
  CLI::App& root = *options.root;
  // The formatter directly: App::help() would show the help of the command that ran (help itself).
  if (options.command.empty()) {
    context.streams().out << root.get_formatter()->make_help(&root, root.get_name(), CLI::AppFormatMode::Normal);
  } else {
    const auto names = command_names();
    if (std::find(names.begin(), names.end(), options.command) == names.end()) {
      const std::string suggestion = did_you_mean(options.command, names);
      throw UsageError(fmt::format("unknown command '{}'{}", options.command,
                                   suggestion.empty() ? std::string("; `secaction help` lists the commands") : suggestion));
    }
    const CLI::App* sub = root.get_subcommand(options.command);
    context.streams().out << sub->get_formatter()->make_help(sub, root.get_name() + " " + sub->get_name(), CLI::AppFormatMode::Normal);
  }
  return static_cast<int>(ExitCode::ok);
}

} // namespace secaction::cli::help_command
