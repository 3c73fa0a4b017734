#include "secaction/core/text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>
#include <utf8proc.h>

namespace secaction {

std::optional<TextPosition> find_invalid_utf8(std::string_view text) {
  TextPosition position;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto remaining = static_cast<utf8proc_ssize_t>(text.size());
  while (remaining > 0) {
    // ASCII (most of every file, even a Japanese one: keys, indentation, ids) is valid as it is.
    if (*bytes < 0x80) {
      if (*bytes == '\n') {
        ++position.line;
        position.column = 1;
      } else {
        ++position.column;
      }
      ++bytes;
      --remaining;
      continue;
    }
    utf8proc_int32_t codepoint = 0;
    const utf8proc_ssize_t length = utf8proc_iterate(bytes, remaining, &codepoint);
    if (length <= 0) return position;
    if (codepoint == '\n') {
      ++position.line;
      position.column = 1;
    } else {
      ++position.column;
    }
    bytes += length;
    remaining -= length;
  }
  return std::nullopt;
}

std::optional<std::string_view> utf16_encoding(std::string_view text) {
  constexpr std::string_view k_little = "UTF-16 (little-endian)";
  constexpr std::string_view k_big = "UTF-16 (big-endian)";
  if (text.substr(0, 2) == "\xFF\xFE") return k_little;
  if (text.substr(0, 2) == "\xFE\xFF") return k_big;
  if (text.size() < 4) return std::nullopt;
  const auto ascii_then_nul = [&](std::size_t first) {
    for (std::size_t i = 0; i + 1 < std::min<std::size_t>(text.size(), 64); i += 2) {
      if (text[i + first] == '\0' || text[i + 1 - first] != '\0') return false;
    }
    return true;
  };
  if (ascii_then_nul(0)) return k_little;
  if (ascii_then_nul(1)) return k_big;
  return std::nullopt;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto remaining = static_cast<utf8proc_ssize_t>(text.size());
  while (remaining > 0) {
    utf8proc_int32_t codepoint = 0;
    utf8proc_ssize_t length = utf8proc_iterate(bytes, remaining, &codepoint);
    if (length <= 0) {
      length = 1; // count a broken byte as one column rather than stopping
      width += 1;
    } else {
      width += static_cast<std::size_t>(std::max(utf8proc_charwidth(codepoint), 0));
    }
    bytes += length;
    remaining -= length;
  }
  return width;
}

std::string fold_for_comparison(std::string_view text) {
  utf8proc_uint8_t* folded = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
  const utf8proc_ssize_t length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                               static_cast<utf8proc_ssize_t>(text.size()), &folded, options);
  if (length < 0) return std::string(text);
  std::string result(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(length));
  std::free(folded);
  return result;
}

namespace {

bool is_space_like(utf8proc_int32_t code_point) {
  if (code_point == '\t' || code_point == '\n' || code_point == '\r' || code_point == '\v' || code_point == '\f') return true;
  if (code_point == 0x200B || code_point == 0xFEFF) return true; // zero-width space, byte order mark
  const auto category = utf8proc_category(code_point);
  return category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_ZL || category == UTF8PROC_CATEGORY_ZP;
}

} // namespace

std::string trim_unicode_space(std::string_view text) {
  if (find_invalid_utf8(text)) return std::string(text);
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  // The first and the last byte of the text that is not space.
  utf8proc_ssize_t begin = -1;
  utf8proc_ssize_t end = 0;
  for (utf8proc_ssize_t at = 0; at < size;) {
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t length = utf8proc_iterate(bytes + at, size - at, &code_point);
    if (length <= 0) return std::string(text);
    if (!is_space_like(code_point)) {
      if (begin < 0) begin = at;
      end = at + length;
    }
    at += length;
  }
  if (begin < 0) return "";
  return std::string(text.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin)));
}

bool is_bidi_control(char32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

namespace {

bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

// Characters that show as nothing, or as a space a reader takes for the ASCII one.
bool is_invisible_or_unusual_space(char32_t c) {
  return c == 0x00A0 || c == 0x00AD || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x180E ||
         (c >= 0x2000 && c <= 0x200D) || c == 0x2028 || c == 0x2029 || c == 0x202F || (c >= 0x205F && c <= 0x2064) ||
         c == 0x3000 || c == 0x3164 || c == 0xFEFF || c == 0xFFA0;
}

void append_escape(std::string& out, char32_t c) {
  switch (c) {
  case '\n':
    out += "\\n";
    return;
  case '\r':
    out += "\\r";
    return;
  case '\t':
    out += "\\t";
    return;
  default:
    break;
  }
  if (c < 0x80) {
    out += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
  } else {
    out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
  }
}

template <typename Escaped>
std::string escape_where(std::string_view text, Escaped escaped) {
  std::string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto remaining = static_cast<utf8proc_ssize_t>(text.size());
  while (remaining > 0) {
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t length = utf8proc_iterate(bytes, remaining, &code_point);
    if (length <= 0) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned>(*bytes));
      ++bytes;
      --remaining;
      continue;
    }
    const auto c = static_cast<char32_t>(code_point);
    if (escaped(c)) {
      append_escape(out, c);
    } else {
      out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(length));
    }
    bytes += length;
    remaining -= length;
  }
  return out;
}

bool escaped_in_reports(char32_t c) { return (is_control(c) && c != '\n' && c != '\r' && c != '\t') || is_bidi_control(c); }

} // namespace

std::string escape_for_terminal(std::string_view text) {
  // Most messages have nothing to escape: check quickly before building a copy.
  const bool plain = std::all_of(text.begin(), text.end(), [](char ch) {
    const auto byte = static_cast<unsigned char>(ch);
    return byte >= 0x20 && byte < 0x7F;
  });
  if (plain) return std::string(text);
  return escape_where(text, [](char32_t c) { return is_control(c) || is_bidi_control(c) || is_invisible_or_unusual_space(c); });
}

std::string escape_controls(std::string_view text) { return escape_where(text, escaped_in_reports); }

std::size_t control_sequence_length(std::string_view text, std::size_t i) {
  utf8proc_int32_t code_point = 0;
  const utf8proc_ssize_t length =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i), static_cast<utf8proc_ssize_t>(text.size() - i), &code_point);
  if (length <= 0) return 0;
  return escaped_in_reports(static_cast<char32_t>(code_point)) ? static_cast<std::size_t>(length) : 0;
}

std::string format_number(double value) {
  const double rounded = std::round(value * 10.0) / 10.0;
  if (rounded == std::floor(rounded)) return fmt::format("{}", static_cast<long long>(rounded));
  return fmt::format("{:.1f}", rounded);
}

std::string collapse_blank_lines(std::string_view text) {
  std::string out;
  std::size_t newlines = 0;
  for (const char c : text) {
    if (c == '\n') {
      if (++newlines > 2 || out.empty()) continue;
    } else {
      newlines = 0;
    }
    out += c;
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out + '\n';
}

} // namespace secaction
