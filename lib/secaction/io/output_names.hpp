#pragma once
// File names for batch outputs, derived from text the user does not control (an organisation's
// name in a client's answer file): safe on Linux, macOS and Windows, and unique in one directory.
#include <cstddef>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <string_view>
#include <vector>

namespace secaction::io {

/// Longest file stem (in bytes, before "-2" or an extension) a batch writes.
inline constexpr std::size_t k_max_stem_bytes = 80;

/// `wanted` made into a file stem: every run of path separators, control characters (C0, DEL, C1),
/// whitespace, invisible and direction-changing characters (zero-width spaces and joiners, the
/// byte order mark, bidi overrides, embeddings and isolates), invalid UTF-8 and <>:"/\|?* becomes
/// one "_"; leading dots, spaces, "_" and "-" (a name starting with "-" reads as an option to a
/// shell command) and trailing dots, spaces and "_" go; Windows device names (CON, PRN, AUX, NUL,
/// COM0-9, LPT0-9, COM¹²³, LPT¹²³, CONIN$, CONOUT$, in any case, also "con.x") get a trailing "_";
/// the result is cut to k_max_stem_bytes at a character boundary. Japanese and other text is kept
/// as is. Empty when nothing usable is left (the caller falls back to another name).
std::string safe_file_stem(std::string_view wanted);

/// safe_file_stem(preferred), else safe_file_stem(fallback) when that is empty, else "report".
std::string safe_file_stem(std::string_view preferred, std::string_view fallback);

/// Hands out stems in the order asked: the stem itself when it is free, else stem-2, stem-3, …
/// "Free" ignores case and Unicode normalisation, so the names also differ on macOS and Windows
/// file systems. Remembers every name handed out (grows with the number of outputs); each claim
/// takes constant time on average however many reports share a name (the next number to try is
/// remembered per stem).
class OutputNames {
public:
  /// A file name no claimed stem may produce (the summary, an input in the output directory).
  void reserve_file(std::string_view file_name);
  /// A free stem: with each of `extensions` (".md", ".svg") it makes a name not yet used or reserved.
  std::string claim(std::string_view stem, const std::vector<std::string>& extensions = {});
  /// How many candidate names all claims have looked at (the cost of collisions; tests bound it).
  [[nodiscard]] std::size_t candidates_tried() const { return m_candidates_tried; }

private:
  [[nodiscard]] bool is_free(const std::string& folded_stem, const std::vector<std::string>& extensions);

  std::unordered_set<std::string> m_stems;              // folded stems handed out
  std::unordered_set<std::string> m_reserved;           // folded file names
  std::unordered_map<std::string, int> m_next_number;   // folded stem asked for -> next suffix to try
  std::size_t m_candidates_tried = 0;
};

} // namespace secaction::io
