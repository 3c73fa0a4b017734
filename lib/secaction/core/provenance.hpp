#pragma once
// Whose words a text is: the source's own (official), the source's as quoted by someone else
// (official-secondary, with the secondary source named), or secaction's. docs/CONTENT.md.
#include <optional>
#include <string>
#include <string_view>

#include "secaction/core/lang.hpp"

namespace secaction {

enum class Origin { official, official_secondary, secaction };

/// "official" | "official-secondary" | "secaction", as content and JSON spell it.
std::string_view origin_id(Origin origin);
std::optional<Origin> parse_origin(std::string_view text);

/// A label for reports: 公式 / 公式（二次資料：VIA） / secaction 独自. `via` names the secondary source.
std::string origin_label(Lang lang, Origin origin, const LocalText& via = {});

} // namespace secaction
