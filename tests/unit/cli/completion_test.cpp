#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli.hpp"
#include "command_line.hpp"
#include "command_table.hpp"
#include "choices.hpp"
#include "completion.hpp"

using namespace secaction;

namespace {

std::string completion_script(const char* shell) {
  const char* argv[] = {"secaction", "completion", shell};
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  const int status = cli::run(3, argv, {in, out, err});
  REQUIRE(status == 0);
  CHECK(err.str().empty());
  return out.str();
}

} // namespace

TEST_CASE("the completion scripts offer every command, every option of every command and checklist names") {
  // The same registration as cli::run, so every option the program accepts is looked for.
  CLI::App app{"", "secaction"};
  std::vector<std::unique_ptr<cli::CommandOptions>> keep;
  for (const auto& command : cli::command_table()) {
    auto* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
    keep.push_back(command.register_options(*sub));
  }
  for (const char* shell : {"bash", "zsh", "fish"}) {
    CAPTURE(shell);
    const std::string script = completion_script(shell);
    for (const auto& command : cli::command_table()) {
      CAPTURE(command.name);
      CHECK(script.find(std::string(command.name)) != std::string::npos);
      const auto* sub = app.get_subcommand(std::string(command.name));
      for (const auto& name : cli::option_names(*sub)) {
        CAPTURE(name);
        // fish names options without their dashes (-l format, -s f).
        const std::string bare = name.substr(name.find_first_not_of('-'));
        CHECK(script.find(std::string(shell) == "fish" ? bare : name) != std::string::npos);
      }
    }
    for (const char* word : {"security-action", "cloud", "telework", "--lang", "lang", "json", "high", "medium", "3.1"}) {
      CAPTURE(word);
      CHECK(script.find(word) != std::string::npos);
    }
  }
}

TEST_CASE("the completion model: value kinds of options and positional words") {
  CLI::App app{"", "secaction"};
  std::string format;
  std::string output;
  std::string dir;
  std::string shell;
  bool flag = false;
  auto* sub = app.add_subcommand("report", "a report");
  sub->add_option("-f,--format", format)->transform(cli::one_of({"md", "csv"}));
  sub->add_option("-o,--output", output)->type_name("FILE");
  sub->add_option("--out-dir", dir)->type_name("DIR");
  sub->add_flag("--force", flag);
  auto* other = app.add_subcommand("completion", "scripts");
  other->add_option("SHELL", shell)->transform(cli::one_of({"bash", "zsh"}));
  const auto model = cli::completion_model(app, {{"report", {"list"}}});
  REQUIRE(model.commands.size() == 2);
  const auto& report = model.commands[0];
  CHECK(report.words == std::vector<std::string>{"list"});
  CHECK_FALSE(report.files); // no positional argument
  using Value = cli::CompletionOption::Value;
  std::map<std::string, Value> kinds;
  for (const auto& option : report.options) kinds[option.names.back()] = option.value;
  CHECK(kinds["--format"] == Value::choice);
  CHECK(kinds["--output"] == Value::file);
  CHECK(kinds["--out-dir"] == Value::dir);
  CHECK(kinds["--force"] == Value::none);
  CHECK(model.commands[1].words == std::vector<std::string>{"bash", "zsh"});
  CHECK_FALSE(model.commands[1].files);
}
