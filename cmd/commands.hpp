#pragma once
// The table of subcommands: registration, --help and the man-page test all follow it.
#include <array>

#include <CLI/CLI.hpp>

#include "context.hpp"

namespace secaction::cli {

void register_checklist(CLI::App& app, Context& context);
void register_benchmark(CLI::App& app, Context& context);
void register_diagnose(CLI::App& app, Context& context);
void register_validate(CLI::App& app, Context& context);
void register_risk(CLI::App& app, Context& context);
void register_policy(CLI::App& app, Context& context);
void register_compare(CLI::App& app, Context& context);
void register_trend(CLI::App& app, Context& context);
void register_merge(CLI::App& app, Context& context);
void register_plan(CLI::App& app, Context& context);

struct Command {
  const char* name;
  void (*register_fn)(CLI::App&, Context&);
};

inline constexpr std::array k_commands = {
    Command{"diagnose", register_diagnose},
    Command{"checklist", register_checklist},
    Command{"benchmark", register_benchmark},
    Command{"risk", register_risk},
    Command{"policy", register_policy},
    Command{"validate", register_validate},
    Command{"compare", register_compare},
    Command{"trend", register_trend},
    Command{"merge", register_merge},
    Command{"plan", register_plan},
};

/// --format, --output, --force, --excel.
void add_output_options(CLI::App& command, OutputOptions& output);

} // namespace secaction::cli
