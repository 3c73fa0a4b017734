#include "secaction/report/markdown.hpp"

#include <algorithm>
#include <array>

#include "secaction/core/text.hpp"

namespace secaction::report {
namespace {

void append_row(std::string& out, const std::vector<std::string>& cells) {
  out += '|';
  for (const auto& cell : cells) {
    out += ' ';
    out += escape_markdown(cell, MarkdownPlace::table_cell);
    out += " |";
  }
  out += '\n';
}

// A link target cannot hold spaces, parentheses or angle brackets as they are: percent-encode them.
std::string link_target(std::string_view target) {
  std::string out;
  for (char c : target) {
    switch (c) {
    case ' ': out += "%20"; break;
    case '(': out += "%28"; break;
    case ')': out += "%29"; break;
    case '<': out += "%3C"; break;
    case '>': out += "%3E"; break;
    case '\n': case '\r': break;
    default: out += c;
    }
  }
  return out;
}

struct Renderer {
  std::string& out;

  void operator()(const Heading& heading) const {
    out += std::string(static_cast<std::size_t>(std::clamp(heading.level, 1, 6)), '#');
    out += ' ';
    out += escape_markdown(heading.text);
    out += "\n\n";
  }
  void operator()(const Paragraph& paragraph) const {
    out += escape_markdown(paragraph.text);
    out += "\n\n";
  }
  void operator()(const BulletList& list) const {
    for (const auto& item : list.items) {
      out += "- ";
      out += escape_markdown(item);
      out += '\n';
    }
    out += '\n';
  }
  void operator()(const FieldList& list) const {
    for (const auto& [label, value] : list.fields) {
      out += "- **";
      out += escape_markdown(label);
      out += "**: ";
      // The value follows the label on the same line, so it cannot start a list or heading.
      out += escape_markdown(value, MarkdownPlace::table_cell);
      out += '\n';
    }
    out += '\n';
  }
  void operator()(const Image& image) const {
    out += "![";
    out += escape_markdown(image.alt, MarkdownPlace::table_cell);
    out += "](";
    out += link_target(image.target);
    out += ")\n\n";
  }
  void operator()(const Table& table) const {
    append_row(out, table.header);
    out += '|';
    for (std::size_t column = 0; column < table.header.size(); ++column) {
      const bool right = column < table.align.size() && table.align[column] == Align::right;
      out += right ? " ---: |" : " --- |";
    }
    out += '\n';
    for (const auto& row : table.rows) append_row(out, row);
    out += '\n';
  }
};

} // namespace

namespace {

// Bytes escape_markdown treats specially anywhere in a line ('-', '+', '=' and digits only matter
// at the start of a line). Every other byte is copied as it is, a run at a time.
constexpr std::array<bool, 256> k_special_anywhere = [] {
  std::array<bool, 256> special{};
  for (const unsigned char c : std::string_view("\\`*_[]<>|#~!&$\r\n")) special[c] = true;
  // Control characters, and the lead bytes of C1 controls (C2), U+061C (D8) and the bidi
  // controls (E2): checked one by one, so they are written as visible escapes.
  for (unsigned c = 0; c < 0x20; ++c) special[c] = c != '\t';
  for (const unsigned c : {0x7FU, 0xC2U, 0xD8U, 0xE2U}) special[c] = true;
  return special;
}();

} // namespace

std::string escape_markdown(std::string_view text, MarkdownPlace place) {
  std::string out;
  out.reserve(text.size() + 8);
  const bool block = place == MarkdownPlace::block;
  bool line_start = block;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!line_start) {
      // Reports repeat long item texts: copying runs of plain bytes at once was most of the
      // rendering time when this appended byte by byte.
      std::size_t end = i;
      while (end < text.size() && !k_special_anywhere[static_cast<unsigned char>(text[end])]) ++end;
      if (end > i) {
        out.append(text.substr(i, end - i));
        i = end - 1;
        continue;
      }
    }
    const char c = text[i];
    if (c == '\r') continue;
    if (const std::size_t length = control_sequence_length(text, i); length > 0) {
      // ESC, BEL, NUL, C1 controls and bidi overrides would act on a terminal showing the file or
      // reorder the text in a viewer: written as "\x1b" / "\u202e" (the backslash escaped).
      out += '\\';
      out += escape_controls(text.substr(i, length));
      i += length - 1;
      line_start = false;
      continue;
    }

    if (c == '\n') {
      out += ' ';
      line_start = block;
      continue;
    }
    switch (c) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|':
    case '#': case '~': case '!': case '&': case '$':
      out += '\\';
      out += c;
      break;
    case '-': case '+': case '=':
      if (line_start) out += '\\';
      out += c;
      break;
    default:
      out += c;
    }
    // "1. text" at the start would become a numbered list.
    if (line_start && c >= '0' && c <= '9') {
      std::size_t j = i + 1;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') out += text[j++];
      if (j < text.size() && (text[j] == '.' || text[j] == ')')) {
        out += '\\';
        out += text[j++];
      }
      i = j - 1;
    }
    line_start = false;
  }
  return out;
}

std::string render_markdown(const Document& document) {
  std::string out;
  if (!document.title.empty()) {
    out += "# ";
    out += escape_markdown(document.title);
    out += "\n\n";
  }
  for (const auto& block : document.blocks) std::visit(Renderer{out}, block);
  // Exactly one newline at the end.
  while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

} // namespace secaction::report
