// SECURITY ACTION is a self-declaration (宣言): no sentence that names it may speak of 取得
// (obtaining), 認定 (certification) or certif*, in any shipped content file or in any rendered
// output (the golden reports, and every instrument's report with every item open).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "secaction/content/embedded.hpp"
#include "secaction/questionnaire/assess.hpp"
#include "secaction/questionnaire/present.hpp"
#include "secaction/report/csv.hpp"
#include "secaction/report/markdown.hpp"
#include "test_support.hpp"

using namespace secaction;

namespace {

std::string lower_ascii(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

/// Sentences: split at line breaks, table cells and sentence ends (。．！？ and ". ", "! ", "? ").
std::vector<std::string> sentences(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) out.push_back(current);
    current.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '|') {
      flush();
      continue;
    }
    current += c;
    const bool ascii_end = (c == '.' || c == '!' || c == '?') && (i + 1 == text.size() || text[i + 1] == ' ');
    const bool ja_end = current.size() >= 3 && (current.ends_with("。") || current.ends_with("．") || current.ends_with("！") ||
                                                current.ends_with("？"));
    if (ascii_end || ja_end) flush();
  }
  flush();
  return out;
}

bool names_security_action(const std::string& sentence) {
  const std::string lower = lower_ascii(sentence);
  return lower.find("security action") != std::string::npos || lower.find("security_action") != std::string::npos ||
         lower.find("security-action") != std::string::npos || sentence.find("セキュリティアクション") != std::string::npos;
}

/// The offending sentences of `text`.
std::vector<std::string> violations(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& sentence : sentences(text)) {
    if (!names_security_action(sentence)) continue;
    if (sentence.find("取得") != std::string::npos || sentence.find("認定") != std::string::npos ||
        lower_ascii(sentence).find("certif") != std::string::npos) {
      out.push_back(sentence);
    }
  }
  return out;
}

void check_text(const std::string& where, const std::string& text) {
  for (const auto& sentence : violations(text)) {
    INFO(where);
    FAIL_CHECK("SECURITY ACTION is declared, never 取得/認定/certified: ", sentence);
  }
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

} // namespace

TEST_CASE("the SECURITY ACTION wording check finds 取得, 認定 and certif* only in the same sentence") {
  CHECK(violations("SECURITY ACTION の一つ星を取得しました。").size() == 1);
  CHECK(violations("We are SECURITY ACTION certified.").size() == 1);
  CHECK(violations("| SECURITY ACTION の認定 | x |").size() == 1);
  CHECK(violations("ISMSの取得状況を確認する。SECURITY ACTION は宣言しているかを確認する。").empty());
  CHECK(violations("Check ISMS certification. Check whether they declared SECURITY ACTION.").empty());
  CHECK(violations("SECURITY ACTION を宣言する\nISMS を取得する").empty());
}

TEST_CASE("no shipped content file puts 取得, 認定 or certif* in a sentence about SECURITY ACTION") {
  std::size_t files = 0;
  for (const auto& file : content::embedded_files()) {
    if (!std::string_view(file.path).starts_with("content/")) continue;
    ++files;
    check_text(std::string(file.path), std::string(file.data));
  }
  CHECK(files >= 20);
}

TEST_CASE("no golden output puts 取得, 認定 or certif* in a sentence about SECURITY ACTION") {
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(SECACTION_TEST_GOLDEN_DIR)) {
    if (!entry.is_regular_file() || entry.path().filename().string().rfind("expected", 0) != 0) continue;
    ++files;
    check_text(entry.path().string(), read_file(entry.path()));
  }
  for (const auto& entry : std::filesystem::recursive_directory_iterator(SECACTION_TEST_GOLDEN_DIR)) {
    if (!entry.is_regular_file() || entry.path().string().find("expected.files") == std::string::npos) continue;
    ++files;
    check_text(entry.path().string(), read_file(entry.path()));
  }
  CHECK(files >= 100);
}

TEST_CASE("no instrument report, with every item open, puts 取得, 認定 or certif* beside SECURITY ACTION") {
  auto& library = test::embedded_library();
  for (const auto& id : library.ids()) {
    Diagnostics diagnostics;
    const auto* instrument = library.get(id, diagnostics);
    REQUIRE(instrument != nullptr);
    // The lowest-scoring answer opens every item and shows every text an item has.
    const auto worst = std::min_element(instrument->scale.begin(), instrument->scale.end(),
                                        [](const auto& a, const auto& b) { return a.points < b.points; });
    questionnaire::AnswerSet answers;
    answers.instrument = id;
    for (const auto& part : instrument->parts) {
      for (const auto& item : part.items) answers.answers[item.number] = {worst->id, "", ""};
    }
    const auto assessment = questionnaire::assess(*instrument, answers);
    for (Lang lang : {Lang::ja, Lang::en}) {
      const auto document = questionnaire::to_document(assessment, lang);
      check_text(id + " report", report::render_markdown(document));
      check_text(id + " csv", report::render_csv(document));
      check_text(id + " json", questionnaire::to_json(assessment, lang).dump(2));
    }
  }
}
