#include <doctest/doctest.h>

#include "secaction/report/xlsx_book.hpp"

using namespace secaction::report::xlsx;

TEST_CASE("cells are typed: numbers, percentages and dates; everything else is text") {
  CHECK(classify("56") == CellKind::number);
  CHECK(classify("-1") == CellKind::number);
  CHECK(classify("12.5") == CellKind::number);
  CHECK(classify("59.6%") == CellKind::percent);
  CHECK(classify("2026-11-20") == CellKind::date);
  // Kept as text: what a number would change (leading zeros, a trailing zero, item numbers such
  // as 1-2), formulas and dates that are not dates.
  CHECK(classify("007") == CellKind::text);
  CHECK(classify("1.10") == CellKind::text);
  CHECK(classify("1-2") == CellKind::text);
  CHECK(classify("=1+1") == CellKind::text);
  CHECK(classify("+81 3 0000 0000") == CellKind::text);
  CHECK(classify("2026-13-01") == CellKind::text);
  CHECK(classify("") == CellKind::text);
}

TEST_CASE("band fills: best green, worst red, whatever the number of bands") {
  CHECK(band_fill(0, 4) == 0xD3F9D8);
  CHECK(band_fill(3, 4) == 0xFFC9C9);
  CHECK(band_fill(2, 4) != band_fill(1, 4));
  CHECK(band_fill(1, 2) == 0xFFC9C9);
}
