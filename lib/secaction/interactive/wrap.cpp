#include "secaction/interactive/wrap.hpp"

#include <array>
#include <vector>

#include "secaction/core/text.hpp"

namespace secaction::interactive {
namespace {

std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

// Characters a Japanese line must not start with (禁則処理, the common minimum).
bool closes(std::string_view character) {
  static constexpr std::array<std::string_view, 12> k_closing = {"。", "、", "）", "」", "』", "】", "，", "．", "・", "ー", "！", "？"};
  for (const auto c : k_closing) {
    if (character == c) return true;
  }
  return character == ")" || character == "," || character == "." || character == ":" || character == ";";
}

// A token is an ASCII word, a run of spaces, or one non-ASCII character.
std::vector<std::string_view> tokens(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t at = 0;
  while (at < line.size()) {
    const auto lead = static_cast<unsigned char>(line[at]);
    std::size_t end = at;
    if (lead == ' ') {
      while (end < line.size() && line[end] == ' ') ++end;
    } else if (lead < 0x80) {
      while (end < line.size() && static_cast<unsigned char>(line[end]) < 0x80 && line[end] != ' ') ++end;
    } else {
      end = std::min(line.size(), at + sequence_length(lead));
    }
    out.push_back(line.substr(at, end - at));
    at = end;
  }
  return out;
}

void wrap_line(std::string_view line, std::size_t width, std::string_view indent, std::string& out) {
  const std::size_t room = width > display_width(indent) ? width - display_width(indent) : 1;
  std::string current;
  std::size_t used = 0;
  const auto finish = [&] {
    while (!current.empty() && current.back() == ' ') current.pop_back();
    if (!current.empty()) out.append(indent).append(current);
    out.append("\n");
    current.clear();
    used = 0;
  };
  for (const auto token : tokens(line)) {
    const std::size_t token_width = display_width(token);
    if (token.front() == ' ') {
      if (used == 0) continue; // no leading spaces on a wrapped line
      if (used + token_width <= room) {
        current.append(token);
        used += token_width;
      }
      continue;
    }
    // Closing punctuation may hang one character past the edge rather than start a line.
    const bool fits = used + token_width <= room || (closes(token) && used + token_width <= room + 2);
    if (!fits && used > 0) finish();
    current.append(token);
    used += token_width;
  }
  if (used > 0 || current.empty()) finish();
}

} // namespace

std::string wrap_text(std::string_view text, std::size_t width, std::string_view indent) {
  std::string out;
  std::size_t start = 0;
  while (true) {
    const auto end = text.find('\n', start);
    wrap_line(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start), width, indent, out);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

} // namespace secaction::interactive
