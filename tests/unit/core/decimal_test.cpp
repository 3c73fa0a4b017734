#include <doctest/doctest.h>

#include <cmath>
#include <stdexcept>

#include "secaction/core/decimal.hpp"

using namespace secaction;

TEST_CASE("round_to_decimals gives what std::round(value * pow(10, d)) / pow(10, d) gives") {
  // The rule before the table replaced std::pow: the written figures must not move by a bit.
  const double values[] = {0.0, -0.0, 0.005, 0.015, 1.005, 2.675, 33.333333, 66.666666, -12.345, 99.995, 1e-9, 12345.6789};
  for (double value : values) {
    for (int decimals = 0; decimals <= 15; ++decimals) {
      const double scale = std::pow(10.0, decimals);
      CHECK(round_to_decimals(value, decimals) == std::round(value * scale) / scale);
    }
  }
  CHECK(round_to_decimals(33.3333, 1) == 33.3);
  CHECK(round_to_decimals(2.5, 0) == 3.0);
  CHECK(round_to_decimals(-2.5, 0) == -3.0); // half away from zero
}

TEST_CASE("round_to_decimals refuses a number of places it has no exact power of ten for") {
  CHECK_THROWS_AS(round_to_decimals(1.0, -1), std::invalid_argument);
  CHECK_THROWS_AS(round_to_decimals(1.0, 16), std::invalid_argument);
}
