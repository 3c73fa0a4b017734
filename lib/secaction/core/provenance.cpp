#include "secaction/core/provenance.hpp"

namespace secaction {

std::string_view origin_id(Origin origin) {
  switch (origin) {
  case Origin::official: return "official";
  case Origin::official_secondary: return "official-secondary";
  case Origin::secaction: return "secaction";
  }
  return "secaction";
}

std::optional<Origin> parse_origin(std::string_view text) {
  if (text == "official") return Origin::official;
  if (text == "official-secondary") return Origin::official_secondary;
  if (text == "secaction") return Origin::secaction;
  return std::nullopt;
}

std::string origin_label(Lang lang, Origin origin, const LocalText& via) {
  switch (origin) {
  case Origin::official: return std::string(tr(lang, "公式", "official"));
  case Origin::official_secondary:
    if (via.in(lang).empty()) return std::string(tr(lang, "公式・二次資料による", "official, as quoted in a secondary source"));
    return lang == Lang::ja ? "公式・二次資料による：" + via.ja : "official, as quoted in " + via.en;
  case Origin::secaction: return std::string(tr(lang, "secaction 独自", "secaction's own"));
  }
  return {};
}

} // namespace secaction
