#pragma once
// Each subcommand's registration and run, one file each in cmd/commands/; cmd/command_table.cpp
// names them, with their one-line summary.
#include <memory>

#include "command_table.hpp"

namespace secaction::cli {

namespace diagnose_command {
std::unique_ptr<CommandOptions> register_options(CLI::App& command);
int run(Context& context, const CommandOptions& options);
} // namespace diagnose_command

namespace checklist_command {
std::unique_ptr<CommandOptions> register_options(CLI::App& command);
int run(Context& context, const CommandOptions& options);
} // namespace checklist_command

namespace benchmark_command {
std::unique_ptr<CommandOptions> register_options(CLI::App& command);
int run(Context& context, const CommandOptions& options);
} // namespace benchmark_command

namespace risk_command {
std::unique_ptr<CommandOptions> register_options(CLI::App& command);
int run(Context& context, const CommandOptions& options);
} // namespace risk_command

namespace policy_command {
std::unique_ptr<CommandOptions> register_options(CLI::App& command);
int run(Context& context, const CommandOptions& options);
} // namespace policy_command

namespace validate_command {
std::unique_ptr<CommandOptions> register_options(CLI::App& command);
int run(Context& context, const CommandOptions& options);
} // namespace validate_command

namespace compare_command {
std::unique_ptr<CommandOptions> register_options(CLI::App& command);
int run(Context& context, const CommandOptions& options);
} // namespace compare_command

namespace trend_command {
std::unique_ptr<CommandOptions> register_options(CLI::App& command);
int run(Context& context, const CommandOptions& options);
} // namespace trend_command

namespace merge_command {
std::unique_ptr<CommandOptions> register_options(CLI::App& command);
int run(Context& context, const CommandOptions& options);
} // namespace merge_command

namespace plan_command {
std::unique_ptr<CommandOptions> register_options(CLI::App& command);
int run(Context& context, const CommandOptions& options);
} // namespace plan_command

namespace help_command {
std::unique_ptr<CommandOptions> register_options(CLI::App& command);
int run(Context& context, const CommandOptions& options);
} // namespace help_command

namespace completion_command {
std::unique_ptr<CommandOptions> register_options(CLI::App& command);
int run(Context& context, const CommandOptions& options);
} // namespace completion_command
namespace steps_command {
std::unique_ptr<CommandOptions> register_options(CLI::App& command);
int run(Context& context, const CommandOptions& options);
} // namespace steps_command

namespace import_sheet_command {
std::unique_ptr<CommandOptions> register_options(CLI::App& command);
int run(Context& context, const CommandOptions& options);
} // namespace import_sheet_command

namespace migrate_command {
std::unique_ptr<CommandOptions> register_options(CLI::App& command);
int run(Context& context, const CommandOptions& options);
} // namespace migrate_command

} // namespace secaction::cli
