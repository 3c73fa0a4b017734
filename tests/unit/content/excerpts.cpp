#include "content/excerpts.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>
#include <utf8proc.h>

namespace secaction::test {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, separator)) parts.push_back(part);
  return parts;
}

} // namespace

std::string normalise_quote(std::string_view text) {
  std::string out;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t offset = 0;
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  while (offset < size) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t length = utf8proc_iterate(bytes + offset, size - offset, &cp);
    if (length <= 0) { // not UTF-8: keep the byte, so the comparison still fails loudly
      out += text[static_cast<std::size_t>(offset)];
      ++offset;
      continue;
    }
    const std::string_view one = text.substr(static_cast<std::size_t>(offset), static_cast<std::size_t>(length));
    offset += length;
    const auto category = utf8proc_category(cp);
    if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' || category == UTF8PROC_CATEGORY_ZS) continue;
    if (cp >= 0xFF00 && cp <= 0xFFEF) {
      utf8proc_uint8_t* folded = utf8proc_NFKC(reinterpret_cast<const utf8proc_uint8_t*>(std::string(one).c_str()));
      if (folded != nullptr) {
        for (const char c : std::string(reinterpret_cast<const char*>(folded))) {
          if (c != ' ') out += c;
        }
        std::free(folded);
        continue;
      }
    }
    out += one;
  }
  return out;
}

std::string Excerpt::corrected_body() const {
  std::string out = body;
  for (const auto& [wrong, right] : ocr) {
    for (auto at = out.find(wrong); at != std::string::npos; at = out.find(wrong, at + right.size())) out.replace(at, wrong.size(), right);
  }
  return out;
}

std::string copy_lines(const std::string& text, const std::string& lines) {
  const std::vector<std::string> all = split(text, '\n');
  std::string out;
  for (const auto& range : split(lines, ',')) {
    const auto dash = range.find('-');
    const int first = std::stoi(range.substr(0, dash));
    const int last = dash == std::string::npos ? first : std::stoi(range.substr(dash + 1));
    for (int line = first; line <= last; ++line) {
      if (line < 1 || static_cast<std::size_t>(line) > all.size()) return {};
      out += all[static_cast<std::size_t>(line - 1)] + "\n";
    }
  }
  return out;
}

std::vector<Excerpt> read_excerpts(const std::filesystem::path& directory) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Excerpt> excerpts;
  for (const auto& path : files) {
    Excerpt excerpt;
    excerpt.file = path.filename().string();
    const std::string text = read_file(path);
    std::istringstream in(text);
    std::string line;
    bool header_done = false;
    while (!header_done && std::getline(in, line)) {
      if (line == "#") {
        header_done = true;
      } else if (line.rfind("# source: ", 0) == 0) {
        excerpt.source = line.substr(10);
      } else if (line.rfind("# lines: ", 0) == 0) {
        excerpt.lines = line.substr(9);
      } else if (line.rfind("# for: ", 0) == 0) {
        excerpt.for_content = split(line.substr(7), ' ');
      } else if (line.rfind("# ocr: ", 0) == 0) {
        const auto arrow = line.find(" => ");
        CHECK_MESSAGE(arrow != std::string::npos, "an ocr line reads '# ocr: WRONG => RIGHT'");
        if (arrow != std::string::npos) excerpt.ocr.emplace_back(line.substr(7, arrow - 7), line.substr(arrow + 4));
      }
    }
    INFO(excerpt.file);
    CHECK_MESSAGE(header_done, "the header ends with a line holding only '#'");
    CHECK_FALSE(excerpt.source.empty());
    CHECK_FALSE(excerpt.lines.empty());
    CHECK_FALSE(excerpt.for_content.empty());
    const auto end_of_header = text.find("\n#\n");
    excerpt.body = end_of_header == std::string::npos ? std::string() : text.substr(end_of_header + 3);
    excerpts.push_back(std::move(excerpt));
  }
  return excerpts;
}

} // namespace secaction::test
