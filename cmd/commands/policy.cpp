// secaction policy: drafts the basic policy (付録2), the employee handbook (付録4), the regulations
// (付録5) and the emergency contacts from a company profile, and checks drafts for drift (--check).
#include <algorithm>
#include <filesystem>
#include <system_error>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "commands/commands.hpp"
#include "results.hpp"
#include "secaction/content/shipped.hpp"
#include "secaction/core/error.hpp"
#include "secaction/core/messages.hpp"
#include "secaction/incident/guidance.hpp"
#include "secaction/io/files.hpp"
#include "secaction/load/policy_loader.hpp"
#include "secaction/io/output_files.hpp"
#include "secaction/policy/diagnosis.hpp"
#include "secaction/policy/generate.hpp"
#include "secaction/report/markdown.hpp"

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
  std::string output; // --template -o FILE
};

policy::Templates read_templates(Context& context, Lang lang) {
  policy::Templates templates;
  for (const auto& path : policy::template_paths(lang)) templates.emplace(path, context.library().read_text(path).text);
  return templates;
}

// The laws an incident may involve and where to get help (content/incident), as the Markdown
// sections the emergency-response draft ends with; none when the content has neither file.
std::optional<policy::NamedInput> emergency_guidance(Context& context, Lang lang) {
  Diagnostics diagnostics;
  const incident::Guidance guidance = content::incident_guidance(context.library(), diagnostics);
  if (diagnostics.has_errors()) throw InputError(std::move(diagnostics));
  report::Document sections;
  if (guidance.laws) incident::add_incident_laws(sections, lang, *guidance.laws);
  if (guidance.contacts) incident::add_support_contacts(sections, lang, *guidance.contacts);
  if (sections.blocks.empty()) return std::nullopt;
  return policy::NamedInput{"content/incident", report::render_markdown(sections)};
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
  policy::Request request{*profile,
                          policy::NamedInput{display_name(options.profile), profile_text},
                          templates,
                          std::move(diagnosis),
                          std::move(diagnosis_input),
                          static_cast<policy::Level>(options.level),
                          lang,
                          SECACTION_VERSION,
                          emergency_guidance(context, lang)};
  return policy::generate(request);
}

// All drafts or none: every target is checked and every draft staged before any is renamed into
// place, so a refused or failed run (a full disk) leaves no half-updated set and says "wrote" for none.
int write_drafts(const PolicyOptions& options, const std::vector<policy::GeneratedFile>& files) {
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
  // Like every other command: on stderr, with -v.
  for (const auto& file : files) spdlog::info("wrote {}", escape_for_terminal((dir / file.name).string()));
  return static_cast<int>(ExitCode::ok);
}

int check_drafts(Context& context, const PolicyOptions& options, const std::vector<policy::GeneratedFile>& files) {
  const std::filesystem::path dir{options.out_dir};
  std::size_t drifted = 0;
  for (const auto& file : files) {
    const auto path = dir / file.name;
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
      context.streams().err << escape_for_terminal(path.string()) << ": " << localize("missing (run without --check to write it)", context.message_lang()) << '\n';
      ++drifted;
    } else if (io::read_file(path) != file.content) {
      context.streams().err << escape_for_terminal(path.string()) << ": "
                            << localize("differs from what the profile generates (regenerate with --force)", context.message_lang()) << '\n';
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
      context.streams().err << escape_for_terminal((dir / name).string()) << ": "
                            << localize("not generated at this level or profile any more (delete it)", context.message_lang()) << '\n';
      ++stale;
    }
  }
  if (drifted > 0 || stale > 0) {
    const std::string message = fmt::format("policy --check: {} of {} drafts missing or drifted{}", drifted, files.size(),
                                            stale > 0 ? fmt::format(", {} left over", stale) : std::string());
    context.streams().err << "secaction: " << localize(message, context.message_lang()) << '\n';
    return static_cast<int>(ExitCode::gate_failed);
  }
  if (!context.quiet()) {
    context.streams().err << "secaction: "
                          << localize(fmt::format("{} drafts in {} are up to date", files.size(), escape_for_terminal(dir.string())), context.message_lang())
                          << '\n';
  }
  return static_cast<int>(ExitCode::ok);
}

int run_policy(Context& context, const PolicyOptions& options) {
  if (options.print_template) {
    const std::string path = fmt::format("policy/profile-template.{}.yaml", lang_code(context.lang()));
    OutputOptions output;
    output.output = options.output;
    output.force = options.force;
    context.emit(output, context.library().read_text(path).text);
    return static_cast<int>(ExitCode::ok);
  }
  const auto files = draft(context, options);
  return options.check ? check_drafts(context, options, files) : write_drafts(options, files);
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
      ->check(CLI::Validator(
          [](std::string& value) {
            return value == "1" || value == "2" || value == "3" ? std::string()
                                                                : fmt::format("'{}' is not a level; level is 1, 2 or 3", value);
          },
          "1|2|3"));
  command.add_option("--from", options->from,
                     "A self-diagnosis answer file or `secaction diagnose --format json` result: weakest topics come first")
      ->type_name("FILE");
  command.add_flag("--check", options->check, "Regenerate in memory and exit 1 listing every drifted or missing file in DIR");
  command.add_flag("--force", options->force, "Overwrite existing drafts in DIR (or the --template -o FILE)");
  command.add_option("-o,--output", options->output, "With --template: write the profile to FILE instead of standard output")
      ->type_name("FILE");
  return options;
}

int run(Context& context, const CommandOptions& given) {
  const auto& options = options_as<PolicyOptions>(given);
  if (options.print_template) {
    if (!options.profile.empty()) throw UsageError("policy: give either PROFILE or --template, not both");
    if (!options.out_dir.empty() || options.check) throw UsageError("policy: --template prints a profile; --out-dir and --check go with PROFILE");
  } else {
    if (!options.output.empty()) {
      throw UsageError("policy: -o writes the --template profile; the drafts of a PROFILE go to --out-dir DIR");
    }
    if (options.profile.empty()) {
      throw UsageError("policy: missing PROFILE; print a profile to fill in with `secaction policy --template`");
    }
    if (options.out_dir.empty()) throw UsageError("policy: missing --out-dir DIR");
    if (options.check && options.force) throw UsageError("policy: --check writes nothing; --force makes no sense with it");
  }
  return run_policy(context, options);
}

} // namespace secaction::cli::policy_command
