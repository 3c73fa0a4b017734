#pragma once
// Shell completion scripts for bash, zsh and fish, generated from the registered command line
// (the command table's commands with their options, the values of one_of options, FILE/DIR
// arguments) so they cannot drift from it. `secaction completion SHELL` prints one; the build
// generates all three and `cmake --install` puts them where each shell looks.
#include <map>
#include <string>
#include <vector>

namespace CLI {
class App;
} // namespace CLI

namespace secaction::cli {

struct CompletionOption {
  enum class Value { none, word, file, dir, choice };
  std::vector<std::string> names; // "-f", "--format"
  std::string description;
  Value value = Value::none;
  std::vector<std::string> choices; // for Value::choice
};

struct CompletionCommand {
  std::string name;
  std::string summary;
  std::vector<CompletionOption> options;
  std::vector<std::string> words; // what its positional arguments may be besides files
  bool files = true;              // whether they may be files
};

struct CompletionModel {
  std::vector<CompletionOption> global;
  std::vector<CompletionCommand> commands;
};

/// The model of `root` (the top-level app, with every subcommand registered). `words` adds
/// positional words per command (checklist: list, security-action and the checklist names).
CompletionModel completion_model(CLI::App& root, const std::map<std::string, std::vector<std::string>>& words);

std::string bash_completion(const CompletionModel& model);
std::string zsh_completion(const CompletionModel& model);
std::string fish_completion(const CompletionModel& model);

} // namespace secaction::cli
