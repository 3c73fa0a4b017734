// The seed's words in content/policy/procedures.yaml are exactly the seed's: every audience and area
// heading is its line, every official document heading is its line or a run of a line that lists
// several documents (between 「、」 and 「、」 or 「等」), byte for byte, not normalised. The excerpt
// (tests/content/seed-excerpts/002-L006-365-procedures.txt) is checked against the seed itself by
// verbatim_test.cpp when the shared documents are beside the repository.
#include <doctest/doctest.h>

#include <map>
#include <stdexcept>
#include <sstream>

#include "content/excerpts.hpp"
#include "secaction/load/procedures_loader.hpp"
#include "test_support.hpp"

using namespace secaction;

namespace {

const std::filesystem::path k_excerpts = SECACTION_TEST_CONTENT_DIR "/seed-excerpts";

// The seed's lines the excerpt holds, by line number, each without its indentation and list bullet.
std::map<int, std::string> seed_lines() {
  for (const auto& excerpt : test::read_excerpts(k_excerpts)) {
    if (excerpt.file != "002-L006-365-procedures.txt") continue;
    std::vector<int> numbers;
    std::stringstream ranges(excerpt.lines);
    for (std::string part; std::getline(ranges, part, ',');) {
      const auto dash = part.find('-');
      const int first = std::stoi(part.substr(0, dash));
      const int last = dash == std::string::npos ? first : std::stoi(part.substr(dash + 1));
      for (int n = first; n <= last; ++n) numbers.push_back(n);
    }
    std::map<int, std::string> out;
    std::stringstream body(excerpt.body);
    std::string line;
    for (const int n : numbers) {
      std::getline(body, line);
      const auto start = line.find_first_not_of(' ');
      line = start == std::string::npos ? std::string() : line.substr(start);
      if (line.rfind("• ", 0) == 0) line = line.substr(std::string("• ").size());
      out[n] = line;
    }
    return out;
  }
  FAIL("tests/content/seed-excerpts/002-L006-365-procedures.txt is missing");
  return {};
}

// `text` is the whole line, or a run of it between list separators.
bool quoted_from(const std::string& line, const std::string& text) {
  if (text.empty()) return false;
  if (line == text) return true;
  for (auto at = line.find(text); at != std::string::npos; at = line.find(text, at + 1)) {
    const std::string before = line.substr(0, at);
    const std::string after = line.substr(at + text.size());
    const bool starts = before.empty() || before.ends_with("、") || before.ends_with("、 ");
    const bool ends = after.rfind("、", 0) == 0 || after.rfind("等", 0) == 0;
    if (starts && ends) return true;
  }
  return false;
}

const policy::ProcedureCatalogue& shipped() {
  static const policy::ProcedureCatalogue catalogue = [] {
    Diagnostics diagnostics;
    auto loaded = load::load_procedures(test::embedded_library().read_text(policy::k_procedures_content).text, "procedures.yaml", diagnostics);
    if (!loaded) throw std::runtime_error("the shipped procedures do not load");
    return *loaded;
  }();
  return catalogue;
}

} // namespace

TEST_CASE("procedures verbatim: the six audiences are the seed's 7.1.1 lines, in its order") {
  const auto lines = seed_lines();
  const auto& catalogue = shipped();
  REQUIRE(catalogue.audiences.size() == 6);
  int previous = 0;
  for (const auto& audience : catalogue.audiences) {
    INFO(audience.id);
    CHECK(lines.at(audience.line) == audience.name);
    CHECK(audience.line > previous);
    previous = audience.line;
  }
  CHECK(lines.at(catalogue.line) == catalogue.section + " " + catalogue.heading);
}

TEST_CASE("procedures verbatim: the area headings and the official document headings are the seed's words") {
  const auto lines = seed_lines();
  const auto& catalogue = shipped();
  for (const auto& area : catalogue.areas) CHECK_MESSAGE(lines.at(area.line) == area.heading, area.id);
  std::size_t official = 0;
  for (const auto& document : catalogue.documents) {
    INFO(document.id, ": ", document.heading);
    if (document.heading_origin != Origin::official) {
      // secaction's heading stands under a seed section that names no document (7.6).
      CHECK(lines.at(document.line) == catalogue.area(document.area)->heading);
      continue;
    }
    ++official;
    REQUIRE(lines.count(document.line) == 1);
    CHECK(quoted_from(lines.at(document.line), document.heading));
  }
  CHECK(official >= 20);
}

TEST_CASE("procedures verbatim: the check fails on an edited heading or a run cut mid-item") {
  const auto lines = seed_lines();
  CHECK(quoted_from(lines.at(65), "法的、法的、規制および契約上の要件等の確認手順書の作成")); // the seed's own repetition
  CHECK_FALSE(quoted_from(lines.at(65), "法的、規制および契約上の要件等の確認手順書の作成"));
  CHECK(quoted_from(lines.at(187), "外部委託開発要件"));
  CHECK_FALSE(quoted_from(lines.at(187), "外部委託開発"));    // cut inside an item
  CHECK_FALSE(quoted_from(lines.at(187), "マルウェア対策")); // not the seed's words
  CHECK(quoted_from(lines.at(102), "情報セキュリティ イベントの報告手順書"));
  CHECK_FALSE(quoted_from(lines.at(102), "情報セキュリティイベントの報告手順書")); // not normalised: the space is the seed's
}
