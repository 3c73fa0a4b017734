#pragma once
// "did you mean …?": the closest of a few known names (commands, options, values, checklists) to
// what was typed, by edit distance. Pure, so it is unit-tested on its own.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace secaction::cli {

/// Levenshtein distance (insert, delete, replace; a swap of two neighbours counts as one), on bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate `given` most likely meant: the one equal to it ignoring ASCII case, else the
/// one that it is a prefix of (when that is the only such), else the nearest within a third of its
/// length (at least 1, at most 3 edits). nullopt when none is close.
std::optional<std::string> closest_match(std::string_view given, const std::vector<std::string>& candidates);

/// "; did you mean 'diagnose'?" for the closest match, else "".
std::string did_you_mean(std::string_view given, const std::vector<std::string>& candidates);

/// ASCII lower case ("JSON" -> "json"); other bytes as they are.
std::string ascii_lower(std::string_view text);

} // namespace secaction::cli
