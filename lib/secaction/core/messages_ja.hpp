#pragma once
// The Japanese message catalogue (see messages.hpp for how an entry is written and applied).
#include <span>
#include <string_view>

namespace secaction {

struct MessageEntry {
  std::string_view english;
  std::string_view japanese;
};

/// Whole messages, most specific first (the first pattern that matches is used).
std::span<const MessageEntry> japanese_messages();

/// Patterns that fill a hole written {n*} (never a whole message): "{1} or {2}", "asset '{1}'".
std::span<const MessageEntry> japanese_phrases();

/// Words and phrases that fill a hole of a message ("a list", "No such file or directory").
std::span<const MessageEntry> japanese_terms();

} // namespace secaction
