#include "secaction/load/yen_amount.hpp"

#include <string>

#include "secaction/load/register_csv.hpp"

namespace secaction::load {

std::optional<long long> yen_amount(std::string_view text) {
  std::string written = ascii_digits_trimmed(text); // full-width digits and spaces made ASCII, trimmed
  for (const std::string_view prefix : {"¥", "￥", "\\"}) {
    if (written.starts_with(prefix)) written.erase(0, prefix.size());
  }
  if (written.ends_with("円")) written.erase(written.size() - std::string_view("円").size());
  std::string digits;
  for (const char c : written) {
    if (c == ',') continue;
    if (c < '0' || c > '9') return std::nullopt;
    digits += c;
  }
  if (digits.empty() || digits.size() > 18) return std::nullopt;
  return std::stoll(digits);
}

} // namespace secaction::load
