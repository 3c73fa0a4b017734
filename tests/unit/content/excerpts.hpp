#pragma once
// The checked-in excerpts of the source documents (tests/content/seed-excerpts/*.txt) and the
// normalisation that compares content with them: full-width/half-width forms are folded and all
// white space is dropped (the seeds are PDF extractions whose spaces and line breaks mark wrapping).
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace secaction::test {

struct Excerpt {
  std::string file;                 // its file name
  std::string source;               // e.g. "seeds/001_adac8b6506b3a395.txt"
  std::string lines;                // e.g. "195-211,195": ranges in the order they are copied
  std::vector<std::string> for_content; // the content files whose quotes it holds
  std::string body;                 // the copied lines, one per line
  /// OCR misreadings content corrects ("# ocr: CIS0 => CISO"), applied before comparing; the body
  /// itself stays a verbatim copy.
  std::vector<std::pair<std::string, std::string>> ocr;
  [[nodiscard]] bool secondary() const { return source.rfind("reference/", 0) == 0; }
  [[nodiscard]] std::string corrected_body() const;
};

/// Folds U+FF00–U+FFEF (full-width ASCII, half-width katakana, …) to their NFKC forms and drops
/// every white-space character. Nothing else changes.
std::string normalise_quote(std::string_view text);

/// Reads every *.txt in `directory`; a malformed header fails the test that calls it.
std::vector<Excerpt> read_excerpts(const std::filesystem::path& directory);

/// The lines `lines` names ("a-b,c"), taken from `text`, joined with '\n'; empty when a line is missing.
std::string copy_lines(const std::string& text, const std::string& lines);

} // namespace secaction::test
