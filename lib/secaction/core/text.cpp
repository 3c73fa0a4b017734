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

std::string format_number(double value) {
  const double rounded = std::round(value * 10.0) / 10.0;
  if (rounded == std::floor(rounded)) return fmt::format("{}", static_cast<long long>(rounded));
  return fmt::format("{:.1f}", rounded);
}

} // namespace secaction
