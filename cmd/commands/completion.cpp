// secaction completion bash|zsh|fish: the shell completion script, generated from the command line.
#include <CLI/CLI.hpp>

#include "choices.hpp"
#include "command_line.hpp"
#include "commands/commands.hpp"
#include "completion.hpp"
#include "secaction/core/error.hpp"

namespace secaction::cli::completion_command {
namespace {

struct CompletionOptions : CommandOptions {
  CLI::App* root = nullptr;
  std::string shell;
};

// checklist's NAMEs: list, security-action and the checklists of the content in use.
std::vector<std::string> checklist_words(Context& context) {
  std::vector<std::string> words{"list", "security-action"};
  Diagnostics ignored;
  for (const auto& id : context.library().ids()) {
    const auto* instrument = context.library().get(id, ignored);
    if (instrument != nullptr && instrument->command == "checklist") words.push_back(id);
  }
  return words;
}

} // namespace

std::unique_ptr<CommandOptions> register_options(CLI::App& command) {
  auto options = std::make_unique<CompletionOptions>();
  options->root = command.get_parent();
  command.add_option("SHELL", options->shell, "bash, zsh or fish")->transform(one_of({"bash", "zsh", "fish"}));
  return options;
}

int run(Context& context, const CommandOptions& given) {
  const auto& options = options_as<CompletionOptions>(given);
  if (options.shell.empty()) {
    throw UsageError("completion: missing SHELL (bash, zsh or fish); e.g. `source <(secaction completion bash)`");
  }
  const auto model = completion_model(*options.root, {{"checklist", checklist_words(context)}, {"help", command_names()}});
  auto& out = context.streams().out;
  if (options.shell == "bash") out << bash_completion(model);
  if (options.shell == "zsh") out << zsh_completion(model);
  if (options.shell == "fish") out << fish_completion(model);
  return static_cast<int>(ExitCode::ok);
}

} // namespace secaction::cli::completion_command
