#include "command_table.hpp"

#include "commands/commands.hpp"

namespace secaction::cli {

std::span<const Command> command_table() {
  static const Command table[] = {
      Command{"diagnose", "Score the 5-minute self-diagnosis (自社診断, 25 items) from an answer file",
              diagnose_command::register_options, diagnose_command::run},
      Command{"checklist", "List, fill in and score the guidance's checklists; check SECURITY ACTION readiness",
              checklist_command::register_options, checklist_command::run},
      Command{"benchmark",
              "Score the 27-question security benchmark (5 levels) with risk group, desired levels and peer comparison",
              benchmark_command::register_options, benchmark_command::run},
      Command{"risk", "Risk analysis (付録7 リスク分析シート) of an asset register in YAML or CSV", risk_command::register_options,
              risk_command::run},
      Command{"policy", "Draft the basic policy, handbook and regulations (付録2/4/5) from a company profile",
              policy_command::register_options, policy_command::run},
      Command{"validate", "Check answer files or content files; with no FILE, check all content", validate_command::register_options,
              validate_command::run},
      Command{"compare", "Compare two results of one instrument: score, band and per-item changes", compare_command::register_options,
              compare_command::run},
      Command{"trend", "Results of one organisation over time: a table by date and a line chart", trend_command::register_options,
              trend_command::run},
      Command{"merge", "Combine per-department answer files for one instrument into one (the weakest answer wins)",
              merge_command::register_options, merge_command::run},
      Command{"plan", "One prioritised action plan from an organisation's answer files, each open item once",
              plan_command::register_options, plan_command::run},
      Command{"steps", "Which Step of the guideline's Step 1-4 path an organisation has reached, and what IPA says to do next",
              steps_command::register_options, steps_command::run},
      Command{"import-sheet", "Convert an official Excel check sheet (.xlsx) into an instrument of a content pack, as MAP.yaml says",
              import_sheet_command::register_options, import_sheet_command::run},
      Command{"migrate", "Carry an answer file over to a newer edition of its instrument (mapped answers kept, new items blank)",
              migrate_command::register_options, migrate_command::run},
      Command{"help", "Show the commands, or the options of one command (as COMMAND --help)", help_command::register_options,
              help_command::run},
      Command{"completion", "Print the shell completion script for bash, zsh or fish", completion_command::register_options,
              completion_command::run},
  };
  return table;
}

} // namespace secaction::cli
