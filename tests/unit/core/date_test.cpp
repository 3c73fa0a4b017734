#include <doctest/doctest.h>

#include "secaction/core/date.hpp"

using secaction::Date;
using secaction::parse_date;

TEST_CASE("parse_date accepts real calendar dates only") {
  CHECK(parse_date("2026-11-20") == Date{2026, 11, 20});
  CHECK(parse_date("2024-02-29") == Date{2024, 2, 29}); // leap year
  CHECK_FALSE(parse_date("2026-02-29"));
  CHECK_FALSE(parse_date("1900-02-29")); // century, not leap
  CHECK(parse_date("2000-02-29"));       // 400-year rule
  CHECK_FALSE(parse_date("2026-13-01"));
  CHECK_FALSE(parse_date("2026-1-01"));
  CHECK_FALSE(parse_date("2026/11/20"));
  CHECK_FALSE(parse_date(""));
  CHECK_FALSE(parse_date("20261120xx"));
}

TEST_CASE("SOURCE_DATE_EPOCH seconds become UTC dates") {
  CHECK(secaction::date_from_unix_seconds(0) == Date{1970, 1, 1});
  CHECK(secaction::date_from_unix_seconds(1763596800) == Date{2025, 11, 20}); // 2025-11-20T00:00:00Z
  CHECK(secaction::date_from_unix_seconds(1763596799) == Date{2025, 11, 19});
  CHECK(secaction::date_from_unix_seconds(-1) == Date{1969, 12, 31});
  CHECK(secaction::to_string(Date{2026, 3, 5}) == "2026-03-05");
}

TEST_CASE("a date's midnight as Unix seconds (the XLSX creation time)") {
  CHECK(secaction::unix_seconds(Date{1970, 1, 1}) == 0);
  CHECK(secaction::unix_seconds(Date{2025, 11, 20}) == 1763596800);
  CHECK(secaction::unix_seconds(Date{1980, 1, 1}) == 315532800);
  CHECK(secaction::unix_seconds(Date{2024, 2, 29}) == 1709164800);
  for (const std::int64_t seconds : {0LL, 951782400LL, 1709164800LL, 4102444800LL}) {
    CHECK(secaction::unix_seconds(secaction::date_from_unix_seconds(seconds)) == seconds);
  }
}
