#pragma once
// A gate an assessment did not pass (--fail-under, --fail-on, --fail-over): the command exits 1
// and prints the message. The engines decide; the command line only prints.
#include <string>

namespace secaction {

struct GateFailure {
  std::string message; // "total score 40 is below --fail-under 50"
};

} // namespace secaction
