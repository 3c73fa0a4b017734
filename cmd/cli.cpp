#include "cli.hpp"

#include <memory>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "command_table.hpp"
#include "context.hpp"
#include "secaction/core/error.hpp"

namespace secaction::cli {

int run(int argc, const char* const* argv, Streams streams) {
  GlobalOptions options;
  Context context(streams, options);
  CLI::App app{"secaction: offline security assessments from Japan's IPA SME guidance", "secaction"};
  app.set_version_flag("--version", std::string("secaction ") + SECACTION_VERSION);
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
  app.add_option("--lang", options.lang, "Report language: ja or en (default: from $LANG, else ja)")
      ->check(CLI::IsMember({"ja", "en"}));
  app.add_option("--as-of", options.as_of, "Date for reports when the input has none (YYYY-MM-DD; also $SOURCE_DATE_EPOCH)")
      ->type_name("DATE");
  app.add_flag("-v,--verbose", options.verbose, "Say what is being read and written (on standard error)");
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

  try {
    app.parse_complete_callback([&options] {
      // Progress messages go to standard error, only with --verbose; reports own standard output.
      spdlog::drop("secaction"); // a second run in one process (the CLI tests) makes it again
      auto logger = spdlog::stderr_logger_st("secaction");
      logger->set_pattern("secaction: %v");
      logger->set_level(options.verbose ? spdlog::level::info : spdlog::level::warn);
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
  } catch (const CLI::ParseError& e) {
    streams.err << "secaction: " << e.what() << '\n' << "Run 'secaction --help' for usage.\n";
    return static_cast<int>(ExitCode::usage);
  } catch (const UsageError& e) {
    streams.err << "secaction: " << e.what() << '\n';
    return static_cast<int>(ExitCode::usage);
  } catch (const InputError& e) {
    context.report(e.diagnostics());
    return static_cast<int>(ExitCode::invalid_input);
  } catch (const IoError& e) {
    streams.err << e.what() << '\n';
    return static_cast<int>(ExitCode::io_error);
  }
}

} // namespace secaction::cli
