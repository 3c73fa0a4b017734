#include "secaction/io/output_names.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "secaction/core/text.hpp"

namespace secaction::io {
namespace {

// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is invalid.
std::size_t utf8_length(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  std::size_t length = 0;
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) length = 2;
  else if (lead >= 0xE0 && lead <= 0xEF) length = 3;
  else if (lead >= 0xF0 && lead <= 0xF4) length = 4;
  else return 0;
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
  }
  // Overlong forms, surrogates and code points above U+10FFFF.
  const auto second = static_cast<unsigned char>(text[i + 1]);
  if (lead == 0xE0 && second < 0xA0) return 0;
  if (lead == 0xED && second >= 0xA0) return 0;
  if (lead == 0xF0 && second < 0x90) return 0;
  if (lead == 0xF4 && second >= 0x90) return 0;
  return length;
}

bool is_unwanted_ascii(unsigned char c) {
  return c < 0x20 || c == 0x7F || c == ' ' || std::string_view("<>:\"/\\|?*").find(static_cast<char>(c)) != std::string_view::npos;
}

// C1 controls (U+0080–U+009F), and characters that look like nothing or turn the text around in
// a file name (U+3000 ideographic space is kept: it is ordinary Japanese text).
bool is_unwanted_sequence(std::string_view sequence) {
  if (sequence.size() == 2) {
    const auto lead = static_cast<unsigned char>(sequence[0]);
    const auto second = static_cast<unsigned char>(sequence[1]);
    if (lead == 0xC2 && second < 0xA0) return true;   // U+0080–U+009F
    if (lead == 0xC2 && second == 0xAD) return true;  // U+00AD soft hyphen
    return lead == 0xD8 && second == 0x9C;            // U+061C Arabic letter mark
  }
  if (sequence.size() != 3 || static_cast<unsigned char>(sequence[0]) != 0xE2) {
    return sequence == "\xEF\xBB\xBF"; // U+FEFF byte order mark, zero-width no-break space
  }
  const auto second = static_cast<unsigned char>(sequence[1]);
  const auto third = static_cast<unsigned char>(sequence[2]);
  if (second == 0x80) {
    // U+200B–U+200F zero-width space, joiners, LRM, RLM; U+2028, U+2029 line and paragraph
    // separators; U+202A–U+202E embeddings and overrides.
    return (third >= 0x8B && third <= 0x8F) || (third >= 0xA8 && third <= 0xAE);
  }
  // U+2060 word joiner … U+206F (invisible operators, U+2066–U+2069 isolates, deprecated controls).
  return second == 0x81 && third >= 0xA0;
}

bool is_trimmed(char c) { return c == '.' || c == ' ' || c == '_'; }
bool is_trimmed_at_start(char c) { return is_trimmed(c) || c == '-'; }

std::string upper_ascii(std::string_view text) {
  std::string upper(text);
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return upper;
}

bool is_windows_device(std::string_view stem) {
  static constexpr std::array<std::string_view, 6> k_plain = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"};
  // Windows looks at the part before the first dot ("con.report" is the console too).
  const std::string base = upper_ascii(stem.substr(0, stem.find('.')));
  if (std::find(k_plain.begin(), k_plain.end(), base) != k_plain.end()) return true;
  if (base.rfind("COM", 0) != 0 && base.rfind("LPT", 0) != 0) return false;
  const std::string_view number = std::string_view(base).substr(3);
  // COM0–COM9, and the superscript digits ¹ ² ³ that Windows also takes for 1, 2, 3.
  return (number.size() == 1 && number[0] >= '0' && number[0] <= '9') || number == "\xC2\xB9" || number == "\xC2\xB2" ||
         number == "\xC2\xB3";
}

// The longest prefix of `text` of at most `max_bytes` that ends on a character boundary.
std::string_view cut_at_character(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

std::string trim(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && is_trimmed_at_start(text[begin])) ++begin;
  while (end > begin && is_trimmed(text[end - 1])) --end;
  return std::string(text.substr(begin, end - begin));
}

} // namespace

std::string safe_file_stem(std::string_view wanted) {
  std::string stem;
  bool in_gap = false;
  for (std::size_t i = 0; i < wanted.size();) {
    const std::size_t length = utf8_length(wanted, i);
    const std::string_view sequence = length == 0 ? wanted.substr(i, 1) : wanted.substr(i, length);
    const bool unwanted = length == 0 || (length == 1 && is_unwanted_ascii(static_cast<unsigned char>(sequence[0]))) ||
                          is_unwanted_sequence(sequence);
    if (unwanted) {
      if (!in_gap) stem += '_';
      in_gap = true;
    } else {
      stem += sequence;
      in_gap = false;
    }
    i += sequence.size();
  }
  stem = trim(cut_at_character(trim(stem), k_max_stem_bytes));
  if (!stem.empty() && is_windows_device(stem)) {
    // "CON" -> "CON_", "con.x" -> "con_.x": the part Windows looks at is no longer a device.
    // Built by appending: GCC 12 at -O2 misreads std::string::insert here (-Werror=restrict).
    const std::string_view kept = cut_at_character(stem, k_max_stem_bytes - 1);
    const std::size_t dot = std::min(kept.find('.'), kept.size());
    std::string marked;
    marked.reserve(kept.size() + 1);
    marked.append(kept.substr(0, dot)).append("_").append(kept.substr(dot));
    stem = std::move(marked);
  }
  return stem;
}

std::string safe_file_stem(std::string_view preferred, std::string_view fallback) {
  if (auto stem = safe_file_stem(preferred); !stem.empty()) return stem;
  if (auto stem = safe_file_stem(fallback); !stem.empty()) return stem;
  return "report";
}

void OutputNames::reserve_file(std::string_view file_name) { m_reserved.insert(fold_for_comparison(file_name)); }

bool OutputNames::is_free(const std::string& folded_stem, const std::vector<std::string>& extensions) {
  ++m_candidates_tried;
  if (m_stems.count(folded_stem) != 0) return false;
  return std::none_of(extensions.begin(), extensions.end(),
                      [&](const std::string& extension) { return m_reserved.count(folded_stem + fold_for_comparison(extension)) != 0; });
}

std::string OutputNames::claim(std::string_view stem, const std::vector<std::string>& extensions) {
  const std::string base = fold_for_comparison(stem);
  std::string name(stem);
  std::string folded = base;
  // Numbers already tried for this stem are not tried again: 5,000 reports named alike take
  // 5,000 steps, not 12.5 million.
  const auto next = m_next_number.try_emplace(base, 2).first;
  while (!is_free(folded, extensions)) {
    const std::string suffix = fmt::format("-{}", next->second++);
    const std::string_view kept = cut_at_character(stem, k_max_stem_bytes - suffix.size());
    name = std::string(kept) + suffix;
    folded = kept.size() == stem.size() ? base + suffix : fold_for_comparison(name);
  }
  m_stems.insert(folded);
  return name;
}

} // namespace secaction::io
