#pragma once
// UTF-8 helpers (utf8proc does the Unicode work).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace secaction {

/// Where the first invalid UTF-8 sequence starts, as 1-based line and column (in characters).
struct TextPosition {
  int line = 1;
  int column = 1;
};
std::optional<TextPosition> find_invalid_utf8(std::string_view text);

/// Columns the text takes in a terminal (wide CJK characters count 2).
std::size_t display_width(std::string_view text);

/// NFC and Unicode case folding, so that "Acme" and "ACME" (or composed and decomposed
/// kana) compare equal as file names do on macOS and Windows. Invalid UTF-8 is returned as is.
std::string fold_for_comparison(std::string_view text);

/// The text without the white space around it: ASCII spaces, tabs and line breaks, and every
/// Unicode space (the ideographic space U+3000 an IME types, no-break spaces, …), zero-width
/// spaces and byte order marks. Invalid UTF-8 is returned as is.
std::string trim_unicode_space(std::string_view text);

/// Formats a score: integers without decimals, otherwise up to one decimal ("42", "87.5").
std::string format_number(double value);

} // namespace secaction
