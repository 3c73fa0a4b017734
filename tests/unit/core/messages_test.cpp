#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "secaction/core/messages.hpp"

using namespace secaction;

namespace {

std::vector<std::string> lines_of(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The message of a stderr line as secaction prints it: after "PLACE: error: " or "secaction: "
// (and a batch's "FILE: " before a gate failure); empty for lines that are no message (an
// interactive transcript, -v's log).
std::string message_of(const std::string& line) {
  for (const char* marker : {": error: ", ": warning: "}) {
    if (auto at = line.find(marker); at != std::string::npos) return line.substr(at + std::string(marker).size());
  }
  const std::string prefix = "secaction: ";
  if (line.rfind(prefix, 0) != 0) return "";
  std::string message = line.substr(prefix.size());
  // -v's log ("using content …", "wrote …") is for whoever debugs a run, and stays English.
  if (message.rfind("using ", 0) == 0 || message.rfind("wrote ", 0) == 0) return "";
  if (!has_japanese(message)) {
    if (auto colon = message.find(": "); colon != std::string::npos && message.substr(0, colon).find(' ') == std::string::npos) {
      const std::string after_file = message.substr(colon + 2);
      if (has_japanese(after_file)) return after_file;
    }
  }
  return message;
}

} // namespace

TEST_CASE("a message is rendered in Japanese with its values kept, and its shape around it untouched") {
  CHECK(localize("item 7: 'maybe' is not a valid answer; valid answers: yes, no", Lang::ja) ==
        "設問 7: 'maybe' は回答として使えません。使える回答: yes, no");
  CHECK(localize("item 7: 'maybe' is not a valid answer; valid answers: yes, no", Lang::en) ==
        "item 7: 'maybe' is not a valid answer; valid answers: yes, no");
  // Holes rendered again: the kinds of value, lists of them, the top-level path.
  CHECK(localize("(top level): missing required keys instrument, answers", Lang::ja) == "（最上位）: 必要なキー instrument, answers がありません");
  CHECK(localize("answers.4: expected text, a whole number or an empty value, found a list", Lang::ja) ==
        "answers.4: 文字列、整数または空欄を書くところにリストが書かれています");
  // An I/O error line: the place and "error:" as they are, the message and the system's words translated.
  CHECK(localize_error_line("a.yaml: error: cannot read: No such file or directory", Lang::ja) ==
        "a.yaml: error: 読み込めません（ファイルやディレクトリがありません）");
  // A message the catalogue does not know stays English rather than half-translated.
  CHECK(localize("something entirely new", Lang::ja) == "something entirely new");
  CHECK_FALSE(has_japanese("something entirely new"));
  const Diagnostic diagnostic{Severity::error, {"a.yaml", 3, 6}, "file is empty"};
  CHECK(format_diagnostic(localize(diagnostic, Lang::ja)) == "a.yaml:3:6: error: ファイルが空です");
}

TEST_CASE("every message of the malformed-input catalogue has a Japanese rendering") {
  const auto lines = lines_of(std::filesystem::path(SECACTION_TEST_MALFORMED_CASES));
  REQUIRE(lines.size() > 50);
  std::size_t checked = 0;
  for (const auto& line : lines) {
    if (line.empty() || line.front() == '#') continue;
    const auto tab = line.rfind('\t');
    const std::string expected = line.substr(tab + 1);
    const std::string message = message_of(expected);
    if (message.empty()) continue;
    CAPTURE(expected);
    CHECK(has_japanese(message));
    CHECK(localize(message, Lang::ja) != message);
    ++checked;
  }
  CHECK(checked > 60);
}

TEST_CASE("every error, warning and secaction: line the golden cases expect has a Japanese rendering") {
  std::size_t checked = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(SECACTION_TEST_GOLDEN_DIR)) {
    if (entry.path().filename() != "expected.stderr") continue;
    // Cases run in Japanese (--lang ja, or a ja locale in their env) already show the renderings.
    const auto case_dir = entry.path().parent_path();
    const auto args = lines_of(case_dir / "args");
    bool japanese = false;
    for (std::size_t i = 0; i + 1 < args.size(); ++i) japanese = japanese || (args[i] == "--lang" && args[i + 1] == "ja");
    for (const auto& line : lines_of(case_dir / "env")) japanese = japanese || line.find("=ja") != std::string::npos;
    if (japanese) continue;
    for (const auto& line : lines_of(entry.path())) {
      const std::string message = message_of(line);
      if (message.empty()) continue;
      CAPTURE(entry.path().string());
      CAPTURE(line);
      CHECK(has_japanese(message));
      ++checked;
    }
  }
  CHECK(checked > 100);
}
