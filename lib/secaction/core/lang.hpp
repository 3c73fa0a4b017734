#pragma once
// Texts that exist in Japanese and English. Content carries both; reports pick one.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace secaction {

enum class Lang { ja, en };

std::optional<Lang> parse_lang(std::string_view text);
std::string_view lang_code(Lang lang);

struct LocalText {
  std::string ja;
  std::string en;
  [[nodiscard]] const std::string& in(Lang lang) const { return lang == Lang::ja ? ja : en; }
  [[nodiscard]] bool empty() const { return ja.empty() && en.empty(); }
};

struct LocalList {
  std::vector<std::string> ja;
  std::vector<std::string> en;
  [[nodiscard]] const std::vector<std::string>& in(Lang lang) const { return lang == Lang::ja ? ja : en; }
  [[nodiscard]] bool empty() const { return ja.empty() && en.empty(); }
};

/// Picks the text for `lang` from a pair of literals: tr(lang, "合計", "Total"). A std::string, so it
/// goes into tables, fields and fmt::format as it is.
inline std::string tr(Lang lang, std::string_view ja, std::string_view en) {
  return std::string(lang == Lang::ja ? ja : en);
}

} // namespace secaction
