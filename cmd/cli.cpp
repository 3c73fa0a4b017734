#include "cli.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "commands.hpp"
#include "secaction/core/error.hpp"

namespace secaction::cli {

void add_output_options(CLI::App& command, OutputOptions& output) {
  command.add_option("-f,--format", output.format, "Output format: md (default), csv or json")
      ->check(CLI::IsMember({"md", "markdown", "csv", "json"}));
  command.add_option("-o,--output", output.output, "Write to FILE (atomically) instead of standard output")->type_name("FILE");
  command.add_flag("--force", output.force, "Overwrite an existing --output file");
  command.add_flag("--excel", output.excel, "CSV with a UTF-8 byte order mark, for Excel on Japanese Windows");
}

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
  app.add_option("--lang", options.lang, "Report language: ja or en (default: from $LANG, else ja)")
      ->check(CLI::IsMember({"ja", "en"}));
  app.add_option("--as-of", options.as_of, "Date for reports when the input has none (YYYY-MM-DD; also $SOURCE_DATE_EPOCH)")
      ->type_name("DATE");
  app.add_flag("-v,--verbose", options.verbose, "Say what is being read and written (on standard error)");
  for (const auto& command : k_commands) command.register_fn(app, context);

  try {
    app.parse_complete_callback([&options] {
      // Progress messages go to standard error, only with --verbose; reports own standard output.
      auto logger = spdlog::stderr_logger_st("secaction");
      logger->set_pattern("secaction: %v");
      logger->set_level(options.verbose ? spdlog::level::info : spdlog::level::warn);
      spdlog::set_default_logger(logger);
    });
    app.parse(argc, argv);
    return context.exit_status();
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
