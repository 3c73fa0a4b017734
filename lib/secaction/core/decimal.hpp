#pragma once
// Rounding to a number of decimal places: the one rule every number secaction writes follows. The
// JSON writer (report::json_number) and the check of a result file against its answers
// (load/result_check) both call it, so the two agree to the last bit by construction.

namespace secaction {

/// `value` rounded half away from zero to `decimals` places (0 to 15): std::round(value * 10^d) / 10^d,
/// with the powers of ten taken from a table of exact doubles. Other `decimals`: std::invalid_argument.
double round_to_decimals(double value, int decimals);

} // namespace secaction
