#include "command_line.hpp"

#include <CLI/CLI.hpp>

#include "command_table.hpp"

namespace secaction::cli {

CommandLine scan_command_line(int argc, const char* const* argv, CLI::App& app) {
  CommandLine line;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--") break;
    if (arg.size() > 1 && arg[0] == '-') {
      const std::string name = arg.substr(0, arg.find('='));
      const CLI::Option* option = app.get_option_no_throw(name);
      if (option == nullptr) {
        // Short flags may be grouped (-vq); anything else is unknown here.
        if (arg[1] != '-' && arg.size() > 2 &&
            std::all_of(arg.begin() + 1, arg.end(), [&](char c) { return app.get_option_no_throw(std::string("-") + c) != nullptr; })) {
          continue;
        }
        line.unknown_global_option = name;
        return line;
      }
      if (option->get_expected_max() > 0 && arg.find('=') == std::string::npos) ++i; // its value
      continue;
    }
    const auto subcommands = app.get_subcommands([&](CLI::App* sub) { return sub->get_name() == arg; });
    if (subcommands.empty()) {
      line.unknown_command = arg;
    } else {
      line.command = arg;
    }
    return line;
  }
  return line;
}

std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* option : app.get_options()) {
    for (const auto& name : option->get_snames()) names.push_back("-" + name);
    for (const auto& name : option->get_lnames()) names.push_back("--" + name);
  }
  return names;
}

std::vector<std::string> command_names() {
  std::vector<std::string> names;
  for (const auto& command : command_table()) names.emplace_back(command.name);
  return names;
}

} // namespace secaction::cli
