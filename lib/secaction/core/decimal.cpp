#include "secaction/core/decimal.hpp"

#include <array>
#include <cmath>
#include <stdexcept>

namespace secaction {
namespace {

// 10^0 ... 10^15: each is exactly representable as a double (up to 10^22 is), so these are the
// values std::pow(10.0, d) returns.
constexpr std::array<double, 16> k_powers_of_ten = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                    1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

} // namespace

double round_to_decimals(double value, int decimals) {
  if (decimals < 0 || decimals >= static_cast<int>(k_powers_of_ten.size()))
    throw std::invalid_argument("round_to_decimals: decimals must be 0 to 15");
  const double scale = k_powers_of_ten[static_cast<std::size_t>(decimals)];
  return std::round(value * scale) / scale;
}

} // namespace secaction
