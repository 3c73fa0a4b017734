#pragma once
#include <istream>
#include <ostream>

namespace secaction::cli {

struct Streams {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool err_is_terminal = false; // whether `err` is a terminal (a batch's progress is shown only there)
};

/// Parses the command line, runs the subcommand and returns the exit status (man secaction, EXIT STATUS).
int run(int argc, const char* const* argv, Streams streams);

} // namespace secaction::cli
