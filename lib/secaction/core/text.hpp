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

/// "UTF-16 (little-endian)" or "UTF-16 (big-endian)" when the text looks like UTF-16 (a byte
/// order mark FF FE or FE FF, or ASCII with a NUL after or before every character, as Notepad's
/// and Excel's "Unicode" saves are); nullopt otherwise.
std::optional<std::string_view> utf16_encoding(std::string_view text);

/// Columns the text takes in a terminal (wide CJK characters count 2).
std::size_t display_width(std::string_view text);

/// NFC and Unicode case folding, so that "Acme" and "ACME" (or composed and decomposed
/// kana) compare equal as file names do on macOS and Windows. Invalid UTF-8 is returned as is.
std::string fold_for_comparison(std::string_view text);

/// The text without the white space around it: ASCII spaces, tabs and line breaks, and every
/// Unicode space (the ideographic space U+3000 an IME types, no-break spaces, …), zero-width
/// spaces and byte order marks. Invalid UTF-8 is returned as is.
std::string trim_unicode_space(std::string_view text);

/// Bidirectional formatting characters (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069):
/// they reorder the text around them, so a name can hide what follows it ("evil\u202egpj.exe").
bool is_bidi_control(char32_t code_point);

/// Text made safe to print on a terminal and unambiguous in a message: control characters (C0 as
/// \n, \r, \t or \x1b; DEL as \x7f; C1 as \u0085), bidirectional formatting characters
/// (\u202e), invisible characters (zero-width spaces and joiners, the byte order mark, soft hyphen,
/// U+2060–U+2064) and spaces other than the ASCII space (\u00a0, \u3000) are written as escapes,
/// and invalid UTF-8 bytes as \xff. Everything else, Japanese included, is kept.
std::string escape_for_terminal(std::string_view text);

/// Text for a report (Markdown, CSV, policy drafts): control characters other than newline, CR and
/// tab, and bidirectional formatting characters, written as visible escapes (\x1b, \u0085,
/// \u202e); everything else is kept. Reports keep invisible spaces: they are the client's text.
std::string escape_controls(std::string_view text);

/// Where the UTF-8 sequence starting at text[i] decodes to a character escape_controls would
/// escape: its length in bytes, else 0.
std::size_t control_sequence_length(std::string_view text, std::size_t i);

/// Formats a score: integers without decimals, otherwise up to one decimal ("42", "87.5").
std::string format_number(double value);

// Collapses runs of blank lines to one and ends the text with exactly one newline. Template sections
// switched off leave blank lines behind; Markdown reads a run of them as one, so this changes nothing
// a reader sees but keeps generated drafts tidy.
std::string collapse_blank_lines(std::string_view text);

} // namespace secaction
