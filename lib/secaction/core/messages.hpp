#pragma once
// Messages in Japanese. Loaders, engines and commands write their diagnostics in English, as
// before; the catalogue (messages_ja.cpp) renders each English message in Japanese when it is
// printed, so `file:line:col: error: ` stays as it is and no loader has to know the language.
// An entry is an English pattern with numbered holes and its Japanese rendering:
//   {"item {1}: '{2}' is not a valid answer; valid answers: {3}",
//    "項目 {1}: '{2}' は有効な回答ではありません。有効な回答: {3}"}
// A hole written {2*} in the Japanese text is itself rendered through the term table ("a list" ->
// "リスト"), the catalogue, or the phrases ("{1} or {2}"). A message with no entry is printed in
// English, whole: never half-translated.
#include <string>
#include <string_view>

#include "secaction/core/diagnostic.hpp"
#include "secaction/core/lang.hpp"

namespace secaction {

/// `message` in `lang`: as written for English, the catalogue's rendering for Japanese (the
/// English message when the catalogue has none).
std::string localize(std::string_view message, Lang lang);

/// The diagnostic with its message in `lang`.
Diagnostic localize(const Diagnostic& diagnostic, Lang lang);

/// A formatted line `PLACE: error: MESSAGE` (an I/O error, a batch's line for a bad input) with
/// MESSAGE in `lang`; other lines as they are.
std::string localize_error_line(std::string_view line, Lang lang);

/// Whether the catalogue renders `message` (a whole message, not a term) in Japanese.
bool has_japanese(std::string_view message);

} // namespace secaction
