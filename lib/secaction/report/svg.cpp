#include "secaction/report/svg.hpp"

#include <cmath>

#include <fmt/format.h>

#include "secaction/core/text.hpp"

namespace secaction::report {
namespace {

// Generic families last: a viewer without any of the named fonts still shows the text.
constexpr std::string_view k_font_family =
    "'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, 'Noto Sans CJK JP', "
    "'Noto Sans JP', 'IPAexGothic', sans-serif";

} // namespace

std::string escape_xml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    // DEL, C1 controls and bidi overrides become a space, as C0 controls do (XML 1.0 has no
    // place for C0; the others would reorder the chart's labels).
    if (static_cast<unsigned char>(c) >= 0x7F) {
      if (const std::size_t length = control_sequence_length(text, i); length > 0) {
        out += ' ';
        i += length - 1;
        continue;
      }
    }
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&apos;"; break;
    default:
      if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') {
        out += ' ';
      } else {
        out += c;
      }
    }
  }
  return out;
}

std::string svg_number(double value) {
  const double tenths = std::round(value * 10.0);
  // Every chart number is a few thousand at most: its tenths are an exact integer, printed without
  // a float formatter (fmt's "{:.1f}" was a tenth of drawing a radar chart). The rest (huge, NaN)
  // takes fmt's way, which gives the same text where both apply.
  if (!(std::abs(tenths) < 1e15)) {
    double rounded = tenths / 10.0;
    if (rounded == 0.0) rounded = 0.0;
    return fmt::format("{:.1f}", rounded);
  }
  auto whole = static_cast<long long>(tenths);
  std::string text;
  if (whole < 0) {
    text += '-';
    whole = -whole;
  }
  text += std::to_string(whole / 10);
  text += '.';
  text += static_cast<char>('0' + whole % 10);
  return text;
}

std::string svg_open(double width, double height, std::string_view title) {
  std::string svg;
  svg += R"(<?xml version="1.0" encoding="UTF-8"?>)" "\n";
  svg += fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{1}" viewBox="0 0 {0} {1}" )"
                     R"(font-family="{2}" font-size="13">)" "\n",
                     svg_number(width), svg_number(height), escape_xml(k_font_family));
  svg += fmt::format("<title>{}</title>\n", escape_xml(title));
  svg += fmt::format(R"(<rect x="0" y="0" width="{}" height="{}" fill="#ffffff"/>)" "\n", svg_number(width),
                     svg_number(height));
  return svg;
}

std::string svg_close() { return "</svg>\n"; }

std::string svg_dash_attribute(LineStyle style) {
  switch (style) {
  case LineStyle::dashed: return R"( stroke-dasharray="8 4")";
  case LineStyle::dotted: return R"( stroke-dasharray="2 3")";
  case LineStyle::solid: break;
  }
  return "";
}


} // namespace secaction::report
