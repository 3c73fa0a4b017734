// secaction policy: drafts the basic policy (付録2), the employee handbook (付録4), the regulations
// (付録5) and the emergency contacts from a company profile, and checks drafts for drift (--check).
#include <algorithm>
#include <filesystem>
#include <system_error>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands/commands.hpp"
#include "results.hpp"
#include "secaction/load/policy_loader.hpp"
#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"
#include "secaction/io/output_files.hpp"
#include "secaction/policy/diagnosis.hpp"
#include "secaction/policy/generate.hpp"

namespace secaction::cli::policy_command {
namespace {

struct PolicyOptions : CommandOptions {
  std::string profile;
  std::string out_dir;
  std::string from;
  int level = 2;
  bool check = false;
  bool force = false;
  bool print_template = false;
};

policy::Templates read_templates(Context& context, Lang lang) {
  policy::Templates templates;
  for (const auto& path : policy::template_paths(lang)) templates.emplace(path, context.library().read_text(path).text);
  return templates;
}

std::vector<policy::GeneratedFile> draft(Context& context, const PolicyOptions& options) {
  const std::string profile_text = context.read_input(options.profile);
  Diagnostics diagnostics;
  auto profile = load::load_policy_profile(profile_text, display_name(options.profile), diagnostics);
  std::optional<policy::Diagnosis> diagnosis;
  std::optional<policy::NamedInput> diagnosis_input;
  if (!options.from.empty()) {
    std::string result_text = io::read_file(options.from);
    if (auto snapshot = questionnaire_result_of(context, result_text, options.from, diagnostics)) {
      diagnosis = policy::diagnosis_of(*snapshot, context.lang(), diagnostics);
    }
    diagnosis_input = policy::NamedInput{options.from, std::move(result_text)};
  }
  if (diagnostics.has_errors()) throw InputError(std::move(diagnostics));
  context.report(diagnostics); // warnings only
  const Lang lang = context.lang();
  const policy::Templates templates = read_templates(context, lang);
  policy::Request request{*profile,   policy::NamedInput{display_name(options.profile), profile_text},
                          templates,  std::move(diagnosis),
                          std::move(diagnosis_input), static_cast<policy::Level>(options.level),
                          lang,       SECACTION_VERSION};
  return policy::generate(request);
}

// All drafts or none: every target is checked and every draft staged before any is renamed into
// place, so a refused or failed run (a full disk) leaves no half-updated set and says "wrote" for none.
int write_drafts(Context& context, const PolicyOptions& options, const std::vector<policy::GeneratedFile>& files) {
  const std::filesystem::path dir{options.out_dir};
  io::OutputFiles outputs(options.force ? io::Overwrite::allow : io::Overwrite::refuse);
  for (const auto& file : files) outputs.add((dir / file.name).string(), file.content, "a draft");
  // The directories made here are removed again if nothing could be written into them.
  std::vector<std::filesystem::path> made;
  for (auto missing = dir; !missing.empty() && !std::filesystem::exists(missing); missing = missing.parent_path()) made.push_back(missing);
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) throw IoError(dir.string(), "cannot create the directory: " + error.message());
  try {
    outputs.commit();
  } catch (...) {
    for (const auto& created : made) std::filesystem::remove(created, error); // only if empty
    throw;
  }
  for (const auto& file : files) context.streams().out << "wrote " << escape_for_terminal((dir / file.name).string()) << '\n';
  return static_cast<int>(ExitCode::ok);
}

int check_drafts(Context& context, const PolicyOptions& options, const std::vector<policy::GeneratedFile>& files) {
  const std::filesystem::path dir{options.out_dir};
  std::size_t drifted = 0;
  for (const auto& file : files) {
    const auto path = dir / file.name;
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
      context.streams().err << escape_for_terminal(path.string()) << ": missing (run without --check to write it)\n";
      ++drifted;
    } else if (io::read_file(path) != file.content) {
      context.streams().err << escape_for_terminal(path.string()) << ": differs from what the profile generates (regenerate with --force)\n";
      ++drifted;
    }
  }
  // A draft of another level (e.g. regulations.md after going from --level 3 to 2) would
  // otherwise stay in the repository looking current.
  std::size_t stale = 0;
  for (const auto& name : policy::all_file_names()) {
    const bool generated = std::any_of(files.begin(), files.end(), [&](const policy::GeneratedFile& f) { return f.name == name; });
    std::error_code error;
    if (!generated && std::filesystem::exists(dir / name, error)) {
      context.streams().err << escape_for_terminal((dir / name).string()) << ": not generated at this level or profile any more (delete it)\n";
      ++stale;
    }
  }
  if (drifted > 0 || stale > 0) {
    context.streams().err << fmt::format("secaction: policy --check: {} of {} drafts missing or drifted{}\n", drifted, files.size(),
                                         stale > 0 ? fmt::format(", {} left over", stale) : std::string());
    return static_cast<int>(ExitCode::gate_failed);
  }
  context.streams().out << fmt::format("{} drafts in {} are up to date\n", files.size(), escape_for_terminal(dir.string()));
  return static_cast<int>(ExitCode::ok);
}

int run_policy(Context& context, const PolicyOptions& options) {
  if (options.print_template) {
    const std::string path = fmt::format("policy/profile-template.{}.yaml", lang_code(context.lang()));
    context.streams().out << context.library().read_text(path).text;
    return static_cast<int>(ExitCode::ok);
  }
  const auto files = draft(context, options);
  return options.check ? check_drafts(context, options, files) : write_drafts(context, options, files);
}

} // namespace

std::unique_ptr<CommandOptions> register_options(CLI::App& command) {
  auto options = std::make_unique<PolicyOptions>();
  command.add_option("PROFILE", options->profile, "Company profile (YAML); - reads standard input");
  command.add_flag("--template", options->print_template, "Print a commented company profile to fill in");
  command.add_option("--out-dir", options->out_dir, "Directory the drafts are written to (or compared with, with --check)")
      ->type_name("DIR");
  command.add_option("--level", options->level,
                     "secaction's levels: 1 the 5か条 rules and emergency contacts, 2 adds the basic policy and full "
                     "handbook (default), 3 adds the regulations")
      ->type_name("1|2|3")
      ->check(CLI::Range(1, 3));
  command.add_option("--from", options->from,
                     "A self-diagnosis answer file or `secaction diagnose --format json` result: weakest topics come first")
      ->type_name("FILE");
  command.add_flag("--check", options->check, "Regenerate in memory and exit 1 listing every drifted or missing file in DIR");
  command.add_flag("--force", options->force, "Overwrite existing drafts in DIR");
  return options;
}

int run(Context& context, const CommandOptions& given) {
  const auto& options = options_as<PolicyOptions>(given);
  if (options.print_template) {
    if (!options.profile.empty()) throw UsageError("policy: give either PROFILE or --template, not both");
  } else {
    if (options.profile.empty()) {
      throw UsageError("policy: missing PROFILE; print a profile to fill in with `secaction policy --template`");
    }
    if (options.out_dir.empty()) throw UsageError("policy: missing --out-dir DIR");
    if (options.check && options.force) throw UsageError("policy: --check writes nothing; --force makes no sense with it");
  }
  return run_policy(context, options);
}

} // namespace secaction::cli::policy_command
