#include "secaction/core/text.hpp"

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

std::string format_number(double value) {
  const double rounded = std::round(value * 10.0) / 10.0;
  if (rounded == std::floor(rounded)) return fmt::format("{}", static_cast<long long>(rounded));
  return fmt::format("{:.1f}", rounded);
}

} // namespace secaction
