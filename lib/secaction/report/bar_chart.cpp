#include "secaction/report/bar_chart.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "secaction/core/text.hpp"
#include "secaction/report/svg.hpp"

namespace secaction::report {
namespace {

constexpr double k_width = 720;
constexpr double k_margin = 24;
constexpr double k_content_width = k_width - 2 * k_margin;
constexpr double k_bar_height = 18;
constexpr double k_value_gap = 12;
constexpr double k_max_value_width = 260;
// Estimated pixels per display column (a wide CJK character is two columns, a full em), for the
// 13px body text, the 16px bold title and the 11px small print. Generous, so text stays inside.
constexpr double k_column_px = 7.0;
constexpr double k_title_column_px = 9.0;
constexpr double k_small_column_px = 6.0;

constexpr std::string_view k_bar_color = "#4a90d9";
constexpr std::string_view k_emphasised_color = "#1f4e79";

// Characters a Japanese line must not start with (kinsoku) and ones it must not end with; the
// wave dash is both, so a range such as No.1〜5 stays on one line.
constexpr std::array<std::string_view, 31> k_no_line_start = {
    "、", "。", "，", "．", "）", "」", "』", "】", "〕", "〉", "》", "！", "？", "：", "；", "ー",
    "・", "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ッ", "ャ", "ュ", "ョ", "〜"};
constexpr std::array<std::string_view, 8> k_no_line_end = {"（", "「", "『", "【", "〔", "〈", "《", "〜"};

bool is_one_of(std::string_view character, const auto& set) {
  return std::find(set.begin(), set.end(), character) != set.end();
}

// Bytes in the UTF-8 sequence that starts with `lead` (1 for a stray byte, so nothing is lost).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  if (lead >= 0xE0) return lead < 0xF0 ? 3 : 1;
  if (lead >= 0xC0) return 2;
  return 1;
}

struct Token {
  std::string text;
  std::size_t width = 0;
  bool space_before = false;
  std::size_t hanging = 0; // trailing closing punctuation, allowed past the line's end (ぶら下げ)
};

// Words of narrow characters stay whole; each wide character is a token of its own, joined to
// its neighbour where kinsoku forbids a break.
std::vector<Token> tokenize(const std::string& text) {
  std::vector<Token> tokens;
  bool pending_space = false;
  bool in_word = false;
  bool glue_next = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t length = std::min(sequence_length(static_cast<unsigned char>(text[pos])), text.size() - pos);
    const std::string_view character(text.data() + pos, length);
    pos += length;
    if (character == " " || character == "\t" || character == "\n") {
      pending_space = true;
      in_word = false;
      glue_next = false;
      continue;
    }
    const std::size_t width = display_width(character);
    const bool wide = width >= 2;
    const bool join = !tokens.empty() && !pending_space && ((wide ? is_one_of(character, k_no_line_start) : in_word) || glue_next);
    const bool closing = wide && is_one_of(character, k_no_line_start);
    if (join) {
      tokens.back().text += character;
      tokens.back().width += width;
      tokens.back().hanging = closing ? tokens.back().hanging + width : 0;
    } else {
      tokens.push_back({std::string(character), width, pending_space, 0});
    }
    in_word = !wide;
    glue_next = wide && is_one_of(character, k_no_line_end);
    pending_space = false;
  }
  return tokens;
}

// A token wider than a whole line, cut into pieces that fit.
std::vector<Token> cut(const Token& token, std::size_t columns) {
  std::vector<Token> pieces{{"", 0, token.space_before, 0}};
  for (std::size_t pos = 0; pos < token.text.size();) {
    const std::size_t length = std::min(sequence_length(static_cast<unsigned char>(token.text[pos])), token.text.size() - pos);
    const std::string_view character(token.text.data() + pos, length);
    pos += length;
    const std::size_t width = display_width(character);
    if (pieces.back().width > 0 && pieces.back().width + width > columns) pieces.push_back({"", 0, false, 0});
    pieces.back().text += character;
    pieces.back().width += width;
  }
  return pieces;
}

std::size_t columns_for(double pixels, double column_px) {
  return std::max<std::size_t>(8, static_cast<std::size_t>(pixels / column_px));
}

double text_pixels(const std::string& text, double column_px) { return static_cast<double>(display_width(text)) * column_px; }

std::string text_element(double x, double y, const std::string& text, std::string_view attributes = {}) {
  return fmt::format(R"(<text x="{}" y="{}"{}>{}</text>)" "\n", svg_number(x), svg_number(y), attributes, escape_xml(text));
}

} // namespace

namespace {
std::vector<std::string> wrap_uncached(const std::string& text, std::size_t columns) {
  columns = std::max<std::size_t>(columns, 2);
  std::vector<std::string> lines;
  std::string line;
  std::size_t line_width = 0;
  auto place = [&](const Token& token) {
    const std::size_t space = !line.empty() && token.space_before ? 1 : 0;
    if (!line.empty() && line_width + space + token.width - token.hanging > columns) {
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    }
    if (!line.empty() && token.space_before) {
      line += ' ';
      ++line_width;
    }
    line += token.text;
    line_width += token.width;
  };
  for (const auto& token : tokenize(text)) {
    if (token.width - token.hanging > columns) {
      for (const auto& piece : cut(token, columns)) place(piece);
    } else {
      place(token);
    }
  }
  if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
  return lines;
}
} // namespace

std::vector<std::string> wrap_by_display_width(const std::string& text, std::size_t columns) {
  // A batch draws the same item titles in every chart, and measuring each character's width is
  // most of drawing one: wrapped labels are kept per thread (a bounded cache of a pure function).
  thread_local std::unordered_map<std::string, std::vector<std::string>> wrapped;
  std::string key = text;
  key += '\0';
  key += std::to_string(columns);
  if (const auto found = wrapped.find(key); found != wrapped.end()) return found->second;
  auto lines = wrap_uncached(text, columns);
  if (wrapped.size() >= 4096) wrapped.clear();
  wrapped.emplace(std::move(key), lines);
  return lines;
}

std::string render_bar_svg(const BarChart& chart) {
  std::vector<std::string> value_texts;
  double value_width = 0;
  for (const auto& bar : chart.bars) {
    value_texts.push_back(bar.value_text.empty() ? format_number(bar.value) : bar.value_text);
    value_width = std::max(value_width, text_pixels(value_texts.back(), k_column_px));
  }
  value_width = std::min(value_width, k_max_value_width);
  const double track_width = k_content_width - (value_width > 0 ? value_width + k_value_gap : 0);

  std::string body;
  double y = 20;
  body += R"(<g fill="#222222" font-size="16" font-weight="bold">)" "\n";
  for (const auto& line : wrap_by_display_width(chart.title, columns_for(k_content_width, k_title_column_px))) {
    y += 22;
    body += text_element(k_margin, y, line);
  }
  body += "</g>\n";
  y += 8;

  for (std::size_t i = 0; i < chart.bars.size(); ++i) {
    const Bar& bar = chart.bars[i];
    body += "<g>\n";
    for (const auto& line : wrap_by_display_width(bar.label, columns_for(k_content_width, k_column_px))) {
      y += 18;
      body += text_element(k_margin, y, line, R"( fill="#222222")");
    }
    y += 6;
    const double top = y;
    const double fraction = bar.maximum > 0 ? std::clamp(bar.value / bar.maximum, 0.0, 1.0) : 0.0;
    body += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="#e8e8e8" stroke="#bbbbbb" stroke-width="1"/>)" "\n",
                        svg_number(k_margin), svg_number(top), svg_number(track_width), svg_number(k_bar_height));
    body += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>)" "\n", svg_number(k_margin), svg_number(top),
                        svg_number(track_width * fraction), svg_number(k_bar_height),
                        bar.emphasised ? k_emphasised_color : k_bar_color);
    if (value_width > 0) {
      body += text_element(k_margin + track_width + k_value_gap, top + 13, value_texts[i], R"( fill="#222222")");
    }
    bool marked = false;
    for (const auto& mark : bar.marks) {
      if (bar.maximum <= 0 || mark.value < 0 || mark.value > bar.maximum) continue;
      const double x = k_margin + track_width * mark.value / bar.maximum;
      body += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="#333333" stroke-width="1.5" stroke-dasharray="3 2"/>)"
                          "\n",
                          svg_number(x), svg_number(top - 3), svg_number(top + k_bar_height + 3));
      body += text_element(x, top + k_bar_height + 14, mark.label, R"( text-anchor="middle" font-size="11" fill="#555555")");
      marked = true;
    }
    body += "</g>\n";
    y = top + k_bar_height + (marked ? 16 : 0) + 10;
  }

  if (!chart.notes.empty()) {
    body += R"(<g fill="#555555" font-size="11">)" "\n";
    y += 4;
    for (const auto& note : chart.notes) {
      for (const auto& line : wrap_by_display_width(note, columns_for(k_content_width, k_small_column_px))) {
        y += 15;
        body += text_element(k_margin, y, line);
      }
    }
    body += "</g>\n";
  }
  return svg_open(k_width, y + 16, chart.title) + body + svg_close();
}

} // namespace secaction::report
