#pragma once
// An amount of yen as people write it in a register or a cost estimate: 300000, "300,000",
// "300000円", "¥300,000" (full-width digits too). Whole yen only.
#include <optional>
#include <string_view>

namespace secaction::load {

/// The amount, or nullopt when `text` is not a whole number of yen (empty, negative, a fraction,
/// words, or more than 18 digits).
std::optional<long long> yen_amount(std::string_view text);

} // namespace secaction::load
