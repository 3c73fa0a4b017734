#pragma once
// File names for batch outputs, derived from text the user does not control (an organisation's
// name in a client's answer file): safe on Linux, macOS and Windows, and unique in one directory.
#include <cstddef>
#include <set>
#include <string>
#include <string_view>

namespace secaction::io {

/// Longest file stem (in bytes, before "-2" or an extension) a batch writes.
inline constexpr std::size_t k_max_stem_bytes = 80;

/// `wanted` made into a file stem: every run of path separators, control characters, whitespace,
/// invalid UTF-8 and <>:"/\|?* becomes one "_"; leading and trailing dots, spaces and "_" go;
/// Windows device names (CON, NUL, COM1, …, also "con.x") get a trailing "_"; the result is cut
/// to k_max_stem_bytes at a character boundary. Japanese and other text is kept as is. Empty
/// when nothing usable is left (the caller falls back to another name).
std::string safe_file_stem(std::string_view wanted);

/// safe_file_stem(preferred), else safe_file_stem(fallback) when that is empty, else "report".
std::string safe_file_stem(std::string_view preferred, std::string_view fallback);

/// Hands out stems in the order asked: the stem itself when it is free, else stem-2, stem-3, …
/// "Free" ignores case and Unicode normalisation, so the names also differ on macOS and Windows
/// file systems. Remembers every name handed out (grows with the number of outputs).
class OutputNames {
public:
  std::string claim(std::string_view stem);

private:
  std::set<std::string> m_used; // folded
};

} // namespace secaction::io
