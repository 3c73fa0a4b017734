#include <doctest/doctest.h>

#include <sstream>

#include "progress.hpp"

using namespace secaction::cli;

TEST_CASE("the progress line: count, then rate and time left once there is a rate") {
  CHECK(progress_line(0, 2000, 0) == "secaction: 0/2000 inputs");
  CHECK(progress_line(120, 2000, 2.5) == "secaction: 120/2000 inputs, 48/s, about 40 s left");
  CHECK(progress_line(3, 10, 2) == "secaction: 3/10 inputs, 1.5/s, about 5 s left");
  CHECK(progress_line(100, 10000, 10) == "secaction: 100/10000 inputs, 10/s, about 17 min left");
  CHECK(progress_line(10, 10, 2) == "secaction: 10/10 inputs, 5.0/s");
}

TEST_CASE("progress redraws in place at most ten times a second, always for the last input, and clears itself") {
  std::ostringstream out;
  double now = 100;
  {
    Progress progress(out, 3, true, [&] { return now; });
    progress.advance(); // drawn: the first
    now += 0.05;
    progress.advance(); // too soon: not drawn
    now += 0.01;
    progress.advance(); // the last: drawn
  }
  CHECK(out.str() == "\rsecaction: 1/3 inputs\x1b[K\rsecaction: 3/3 inputs, 50/s\x1b[K\r\x1b[K");
}

TEST_CASE("progress shows nothing when disabled (not a terminal, or --quiet)") {
  std::ostringstream out;
  {
    Progress progress(out, 2, false, [] { return 1.0; });
    progress.advance();
    progress.advance();
    progress.clear();
  }
  CHECK(out.str().empty());
}
