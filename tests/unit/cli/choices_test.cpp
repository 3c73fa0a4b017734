#include <doctest/doctest.h>

#include <set>

#include <CLI/CLI.hpp>

#include "choices.hpp"
#include "output_options.hpp"
#include "secaction/core/error.hpp"

using namespace secaction;
using namespace secaction::cli;

namespace {

// Parses `value` for an option validated by `validator`; returns the value or the error.
std::string parse_with(const CLI::Validator& validator, const std::string& value) {
  CLI::App app;
  std::string target;
  app.add_option("--x", target)->transform(validator);
  const std::string argument = "--x=" + value;
  const char* argv[] = {"test", argument.c_str()};
  try {
    app.parse(2, argv);
  } catch (const CLI::ParseError& e) {
    return std::string("error: ") + e.what();
  }
  return target;
}

} // namespace

TEST_CASE("one_of accepts any case and aliases, turning them into the canonical name") {
  const auto formats = one_of({"md", "csv", "json"});
  CHECK(parse_with(formats, "JSON") == "json");
  CHECK(parse_with(formats, "Json") == "json");
  CHECK(parse_with(formats, "csv") == "csv");
  const auto bands = one_of_choices({{"high", {"大"}}, {"medium", {"中"}}});
  CHECK(parse_with(bands, "大") == "high");
  CHECK(parse_with(bands, "Medium") == "medium");
}

TEST_CASE("one_of refuses other values, naming the valid ones and the closest") {
  const auto formats = one_of({"md", "csv", "json"});
  CHECK(parse_with(formats, "jsno") == "error: --x: 'jsno' is not one of md, csv, json; did you mean 'json'?");
  CHECK(parse_with(formats, "xml") == "error: --x: 'xml' is not one of md, csv, json");
}

TEST_CASE("choice_names reads the canonical names back (for shell completion)") {
  CLI::App app;
  std::string target;
  auto* option = app.add_option("--x", target)->transform(one_of_choices({{"high", {"大"}}, {"medium", {}}}));
  CHECK(choice_names(*option) == std::vector<std::string>{"high", "medium"});
  auto* plain = app.add_option("--y", target);
  CHECK(choice_names(*plain).empty());
}

TEST_CASE("finite_number refuses empty text, nan and inf") {
  CLI::App app;
  double value = 0;
  app.add_option("--n", value)->check(finite_number());
  for (const char* bad : {"--n=", "--n=nan", "--n=inf", "--n=12x"}) {
    CAPTURE(bad);
    const char* argv[] = {"test", bad};
    CHECK_THROWS_AS(app.parse(2, argv), CLI::ParseError);
  }
  const char* argv[] = {"test", "--n=-2.5"};
  app.parse(2, argv);
  CHECK(value == -2.5);
}

TEST_CASE("the format comes from --format, else -o's extension in any case, else Markdown") {
  CHECK(resolve_format({"", "r.JSON", false, false, false}) == Format::json);
  CHECK(resolve_format({"", "r.Csv", false, false, false}) == Format::csv);
  CHECK(resolve_format({"", "r.MD", false, false, false}) == Format::markdown);
  CHECK(resolve_format({"", "r.txt", false, false, false}) == Format::markdown);
  CHECK(resolve_format({"json", "r.md", false, false, false}) == Format::json);
  CHECK(resolve_format({"", "", false, true, false}) == Format::csv);
  CHECK(resolve_format({"", "r.txt", false, true, false}) == Format::csv);
  CHECK(resolve_format({"", "r.HTML", false, false, false}) == Format::html);
  CHECK(resolve_format({"", "r.htm", false, false, false}) == Format::html);
  CHECK(resolve_format({"", "r.Xlsx", false, false, false}) == Format::xlsx);
}

TEST_CASE("--excel writes CSV, so a format or file name that says otherwise is refused") {
  CHECK_THROWS_AS(resolve_format({"json", "", false, true, false}), UsageError);
  CHECK_THROWS_AS(resolve_format({"", "r.md", false, true, false}), UsageError);
  CHECK_THROWS_AS(resolve_format({"", "R.JSON", false, true, false}), UsageError);
  CHECK(resolve_format({"csv", "r.csv", false, true, false}) == Format::csv);
}

TEST_CASE("a chart goes only beside a file named as Markdown (or with no extension)") {
  CHECK(takes_companion_chart("r.md"));
  CHECK(takes_companion_chart("r.Markdown"));
  CHECK(takes_companion_chart("report"));
  CHECK_FALSE(takes_companion_chart("r.txt"));
  CHECK_FALSE(takes_companion_chart("r.html"));
}

TEST_CASE("every format has a name, a title and at least one extension; names and extensions are unique") {
  std::set<std::string_view> seen;
  for (const auto& format : formats()) {
    CAPTURE(format.name);
    CHECK(!format.name.empty());
    CHECK(!format.title.empty());
    REQUIRE(!format.extensions.empty());
    CHECK(seen.insert(format.name).second);
    for (auto extension : format.extensions) {
      CHECK(extension.front() == '.');
      CHECK(seen.insert(extension).second);
    }
    CHECK(report_extension(format.format) == format.extensions.front());
  }
}
