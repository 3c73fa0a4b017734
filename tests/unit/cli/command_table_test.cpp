#include <doctest/doctest.h>

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli.hpp"
#include "command_table.hpp"

using namespace secaction;

namespace {

struct Run {
  int status = 0;
  std::string out;
  std::string err;
};

// Runs the command line in this process, with its own streams and the built-in content.
Run run(std::vector<const char*> args, const std::string& input = "") {
  args.insert(args.begin(), "secaction");
  std::istringstream in(input);
  std::ostringstream out;
  std::ostringstream err;
  Run result;
  result.status = cli::run(static_cast<int>(args.size()), args.data(), {in, out, err});
  result.out = out.str();
  result.err = err.str();
  return result;
}

} // namespace

TEST_CASE("the command table: the thirteen commands, help and completion; unique names, each with a one-line summary") {
  const auto table = cli::command_table();
  CHECK(table.size() == 15);
  std::set<std::string_view> names;
  for (const auto& command : table) {
    CAPTURE(command.name);
    CHECK(!command.name.empty());
    CHECK(names.insert(command.name).second);
    CHECK(!command.summary.empty());
    CHECK(command.summary.find('\n') == std::string_view::npos);
    CHECK(static_cast<bool>(command.register_options));
    CHECK(static_cast<bool>(command.run));
  }
}

TEST_CASE("every command registers its options on its own subcommand") {
  CLI::App app;
  for (const auto& command : cli::command_table()) {
    CAPTURE(command.name);
    auto* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
    const auto options = command.register_options(*sub);
    CHECK(options != nullptr);
    CHECK(!sub->get_options().empty());
  }
}

TEST_CASE("--help lists every command with its summary") {
  const auto result = run({"--help"});
  CHECK(result.status == 0);
  for (const auto& command : cli::command_table()) {
    CAPTURE(command.name);
    CHECK(result.out.find("  " + std::string(command.name) + " ") != std::string::npos);
    CHECK(result.out.find(std::string(command.summary)) != std::string::npos);
  }
}

TEST_CASE("the parsed command runs and its exit status is the program's") {
  const auto list = run({"checklist", "list", "--format", "json"});
  CHECK(list.status == 0);
  CHECK(list.out.find("\"security-action\"") != std::string::npos);

  // An answer file on standard input that misses items: the command's own status, 3.
  const auto invalid = run({"diagnose", "-"}, "instrument: self-diagnosis\nanswers:\n  1: yes\n");
  CHECK(invalid.status == 3);
  CHECK(invalid.err.find("<stdin>:2:1: error: no answer for items 2–25 (of 25)") == 0);

  // A gate: every item no scores 0, under --fail-under 10.
  std::string all_no = "instrument: self-diagnosis\nanswers:\n";
  for (int i = 1; i <= 25; ++i) all_no += "  " + std::to_string(i) + ": no\n";
  const auto gated = run({"diagnose", "-", "--fail-under", "10", "--format", "json"}, all_no);
  CHECK(gated.status == 1);
  CHECK(gated.err == "secaction: total score 0 is below --fail-under 10\n");
}

TEST_CASE("usage errors exit 2, whether CLI11 or a command finds them") {
  CHECK(run({"no-such-command"}).status == 2);
  // A generic CLI11 error points at the command's own help.
  const auto bad_level = run({"policy", "--level", "x"});
  CHECK(bad_level.status == 2);
  CHECK(bad_level.err.find("Run 'secaction policy --help' for usage.") != std::string::npos);
  // An empty --fail-under is not 0 (CLI11 alone would take it).
  const auto empty_gate = run({"diagnose", "--fail-under", "", "answers.yaml"});
  CHECK(empty_gate.status == 2);
  CHECK(empty_gate.err.find("secaction: --fail-under: '' is not a number\n") == 0);
  CHECK(run({"compare", "only-one.yaml"}).status == 2);
  const auto no_file = run({"risk"});
  CHECK(no_file.status == 2);
  CHECK(no_file.err == "secaction: risk: missing FILE; print a blank register with `secaction risk --template`\n");
}
