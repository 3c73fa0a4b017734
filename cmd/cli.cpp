#include "cli.hpp"

#include <algorithm>
#include <memory>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "choices.hpp"
#include "command_line.hpp"
#include "command_table.hpp"
#include "context.hpp"
#include "secaction/core/error.hpp"
#include "secaction/core/messages.hpp"
#include "secaction/core/shared_library.hpp"
#include "suggest.hpp"
#include "secaction/core/text.hpp"

namespace secaction::cli {
namespace {

constexpr std::string_view k_version_text = "secaction " SECACTION_VERSION;

// The usage-error message for options CLI11 did not expect: the first unknown option, with the
// closest option of the command (or the global ones); else the stray arguments.
std::string unexpected_arguments_message(const std::vector<std::string>& extras, const CLI::App& app, const CLI::App* command) {
  const auto unknown = std::find_if(extras.begin(), extras.end(), [](const std::string& a) { return a.size() > 1 && a[0] == '-'; });
  if (unknown == extras.end()) {
    return fmt::format("unexpected argument{} '{}'", extras.size() == 1 ? "" : "s", fmt::join(extras, "' '"));
  }
  const std::string name = unknown->substr(0, unknown->find('='));
  std::vector<std::string> candidates = option_names(app);
  if (command != nullptr) {
    const auto own = option_names(*command);
    candidates.insert(candidates.begin(), own.begin(), own.end());
  }
  return fmt::format("unknown option '{}'{}{}", name, command != nullptr ? " for " + command->get_name() : std::string(),
                     did_you_mean(name, candidates));
}

} // namespace

int run(int argc, const char* const* argv, Streams streams) {
  // `secaction --version` alone answers before anything else is built: constructing CLI11's parser
  // of every command costs more than the rest of the process's start-up (docs/PERFORMANCE.md,
  // issue 19). The text is what CLI11's version flag prints, which other spellings still reach.
  if (argc == 2 && std::string_view(argv[1]) == "--version") {
    streams.out << k_version_text << '\n';
    return 0;
  }
  GlobalOptions options;
  Context context(streams, options);
  CLI::App app{"secaction: offline security assessments from Japan's IPA SME guidance", "secaction"};
  app.set_version_flag("--version", std::string(k_version_text));
  app.require_subcommand(1);
  app.fallthrough();
  app.footer("Exit status: 0 ok, 1 a gate failed (--fail-under, --fail-on, --fail-over, --fail-on-regression), 2 usage,\n"
             "3 invalid content or answers, 4 I/O error.\n"
             "See man secaction and man secaction-<command>.");
  app.add_option("--content", options.content_dir, "Use the content in DIR instead of the built-in copy (also $SECACTION_CONTENT)")
      ->type_name("DIR");
  app.add_option("--pack", options.packs,
                 "Add the instruments, templates and policy templates of the content pack DIR (repeatable; also "
                 "$SECACTION_PACKS=DIR:DIR)")
      ->type_name("DIR")
      ->allow_extra_args(false); // one DIR per --pack, so `--pack P FILE` leaves FILE to the command
  app.add_option("--lang", options.lang, "Report and message language: ja or en (default: from $LANG, else ja)")
      ->transform(one_of({"ja", "en"}));
  app.add_option("--as-of", options.as_of, "Date for reports when the input has none (YYYY-MM-DD; also $SOURCE_DATE_EPOCH)")
      ->type_name("DATE");
  app.add_flag("-v,--verbose", options.verbose, "Say what is being read and written (on standard error)");
  app.add_flag("-q,--quiet", options.quiet, "Print only errors, warnings and failed gates on standard error (no progress)");
  // Each subcommand's options are parsed into its own value; the one that was given runs after parsing.
  struct Registered {
    const Command* command;
    CLI::App* app;
    std::unique_ptr<CommandOptions> options;
  };
  std::vector<Registered> registered;
  for (const auto& command : command_table()) {
    auto* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
    registered.push_back({&command, sub, command.register_options(*sub)});
  }

  // `secaction` alone is a request for help; an unknown command is named before CLI11 would only
  // say that a subcommand is required.
  const CommandLine line = scan_command_line(argc, argv, app);
  if (argc <= 1) {
    streams.out << app.help();
    return 0;
  }
  CLI::App* command = line.command.empty() ? nullptr : app.get_subcommand(line.command);
  const std::string help_hint = command != nullptr ? fmt::format("Run 'secaction {} --help' for usage.", line.command)
                                                   : std::string("Run 'secaction --help' for usage.");
  const auto usage_error = [&](const std::string& message) {
    streams.err << "secaction: " << localize(escape_for_terminal(message), context.message_lang()) << '\n' << localize(help_hint, context.message_lang()) << '\n';
    return static_cast<int>(ExitCode::usage);
  };
  if (!line.unknown_global_option.empty() && line.command.empty()) {
    return usage_error(unexpected_arguments_message({line.unknown_global_option}, app, nullptr));
  }
  if (!line.unknown_command.empty()) {
    return usage_error(fmt::format("unknown command '{}'{}", line.unknown_command, did_you_mean(line.unknown_command, command_names())));
  }

  try {
    app.parse_complete_callback([&options] {
      // Progress messages go to standard error, only with --verbose; reports own standard output.
      spdlog::drop("secaction"); // a second run in one process (the CLI tests) makes it again
      auto logger = spdlog::stderr_logger_st("secaction");
      logger->set_pattern("secaction: %v");
      logger->set_level(options.verbose && !options.quiet ? spdlog::level::info : spdlog::level::warn);
      spdlog::set_default_logger(logger);
    });
    app.parse(argc, argv);
    for (const auto& entry : registered) {
      if (entry.app->parsed()) return entry.command->run(context, *entry.options);
    }
    return static_cast<int>(ExitCode::usage); // require_subcommand(1) makes this unreachable
  } catch (const CLI::CallForHelp&) {
    streams.out << app.help();
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    streams.out << app.help("", CLI::AppFormatMode::All);
    return 0;
  } catch (const CLI::CallForVersion& e) {
    streams.out << e.what() << '\n';
    return 0;
  } catch (const CLI::ExtrasError&) {
    return usage_error(unexpected_arguments_message(app.remaining(true), app, command));
  } catch (const CLI::ParseError& e) {
    return usage_error(e.what());
  } catch (const UsageError& e) {
    streams.err << "secaction: " << localize(escape_for_terminal(e.what()), context.message_lang()) << '\n';
    return static_cast<int>(ExitCode::usage);
  } catch (const InputError& e) {
    context.report(e.diagnostics());
    return static_cast<int>(ExitCode::invalid_input);
  } catch (const IoError& e) {
    streams.err << localize_error_line(e.what(), context.message_lang()) << '\n';
    return static_cast<int>(ExitCode::io_error);
  } catch (const MissingLibrary& e) {
    // A library only this command needs is not installed (core/shared_library): name the package.
    streams.err << "secaction: " << localize(escape_for_terminal(e.what()), context.message_lang()) << '\n';
    return static_cast<int>(ExitCode::io_error);
  }
}

} // namespace secaction::cli
