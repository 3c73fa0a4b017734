#pragma once
// Calendar dates. Reports print dates from the input, --as-of or SOURCE_DATE_EPOCH, never the clock.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace secaction {

struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;
  auto operator<=>(const Date&) const = default;
};

/// Parses `YYYY-MM-DD` (a real calendar date); nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);
/// The UTC date of a Unix time in seconds (as SOURCE_DATE_EPOCH gives it).
Date date_from_unix_seconds(std::int64_t seconds);
/// Midnight UTC of `date` as a Unix time in seconds (the inverse of date_from_unix_seconds for midnight).
std::int64_t unix_seconds(const Date& date);
std::string to_string(const Date& date);

} // namespace secaction
