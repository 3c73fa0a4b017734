#pragma once
// A gate an assessment did not pass (--fail-under, --fail-on, --fail-over): the command exits 1
// and prints the message. The engines decide; the command line only prints.
#include <optional>
#include <string>

namespace secaction {

struct GateFailure {
  std::string message; // "total score 40 is below --fail-under 50"
};

/// What a gated value can be: its lowest and highest value, whether it is a whole number, and
/// what it is called in messages ("the total score", "completion").
struct GateRange {
  double min = 0;
  double max = 0;
  bool whole_numbers = true;
  bool percent = false;
  std::string what;
};

/// Why `threshold`, given to `option`, can never be a meaningful gate on `range` (not a number,
/// outside the range, a fraction of a whole-number score, a fraction such as 0.8 where a
/// percentage is meant), or nullopt when it can be.
std::optional<std::string> impossible_threshold(const std::string& option, double threshold, const GateRange& range);

} // namespace secaction
