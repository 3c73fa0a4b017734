#pragma once
// CP932 (Shift_JIS as Windows writes it: what Excel on Japanese Windows saves and opens), converted
// with glibc's iconv. Nothing is ever replaced: a character the target cannot hold is reported.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace secaction {

/// --encoding: how CSV text is written and read.
enum class TextEncoding { utf8, cp932 };

std::optional<TextEncoding> parse_text_encoding(std::string_view name); // utf-8, utf8, cp932, shift_jis, sjis, windows-31j

/// The first character of UTF-8 `text` that CP932 cannot hold: its byte offset and the character.
struct Unencodable {
  std::size_t offset = 0;
  std::string character; // the UTF-8 bytes of the character
  char32_t code_point = 0;
};

/// UTF-8 -> CP932, or the first character it cannot hold (or the first invalid UTF-8 byte).
struct Cp932Result {
  std::string text;
  std::optional<Unencodable> unencodable;
};
Cp932Result utf8_to_cp932(std::string_view text);

/// CP932 -> UTF-8; nullopt and the byte offset of the first byte sequence that is not CP932.
std::optional<std::string> cp932_to_utf8(std::string_view text, std::size_t* bad_offset = nullptr);

} // namespace secaction
