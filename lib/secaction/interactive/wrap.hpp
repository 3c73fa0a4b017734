#pragma once
// Wrapping text for a terminal by display width: a Japanese character takes two columns and a
// sentence has no spaces, so wrapping by bytes or at spaces only would overflow the line.
#include <cstddef>
#include <string>
#include <string_view>

namespace secaction::interactive {

/// Lines of at most `width` columns (a single wider token stays whole), each starting with
/// `indent`, joined by '\n' with a trailing '\n'. Latin words are kept whole and broken at spaces;
/// wide text breaks between characters, but never before closing punctuation such as 。、）」.
/// Line breaks in `text` are kept.
std::string wrap_text(std::string_view text, std::size_t width, std::string_view indent = {});

} // namespace secaction::interactive
