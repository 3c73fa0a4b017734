#include "secaction/core/lang.hpp"

namespace secaction {

std::optional<Lang> parse_lang(std::string_view text) {
  if (text == "ja") return Lang::ja;
  if (text == "en") return Lang::en;
  return std::nullopt;
}

std::string_view lang_code(Lang lang) { return lang == Lang::ja ? "ja" : "en"; }

} // namespace secaction
