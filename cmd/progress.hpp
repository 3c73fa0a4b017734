#pragma once
// A batch's progress on a terminal: one line on standard error, rewritten in place ("\r"), with
// the count, the rate and the time left. Nothing when standard error is not a terminal (logs and
// CI get only the final summary) or with --quiet.
#include <chrono>
#include <functional>
#include <ostream>
#include <string>

namespace secaction::cli {

/// "secaction: 120/2000 inputs, 48/s, about 40 s left" (the rate and time once there is any).
std::string progress_line(std::size_t done, std::size_t total, double elapsed_seconds);

class Progress {
public:
  using Clock = std::function<double()>; // seconds since some fixed point

  /// `enabled`: whether to show anything at all (a terminal, not --quiet).
  Progress(std::ostream& out, std::size_t total, bool enabled, Clock clock = steady_seconds);
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  ~Progress();

  /// One more input done; redraws at most ten times a second, and always for the last.
  void advance();
  /// Clears the line so that the next message starts on a clean one.
  void clear();

  static double steady_seconds();

private:
  std::ostream& m_out;
  std::size_t m_total;
  bool m_enabled;
  Clock m_clock;
  double m_start;
  double m_last_drawn = -1;
  std::size_t m_done = 0;
  bool m_drawn = false;
};

} // namespace secaction::cli
