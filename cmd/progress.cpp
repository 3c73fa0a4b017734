#include "progress.hpp"

#include <cmath>

#include <fmt/format.h>

namespace secaction::cli {

std::string progress_line(std::size_t done, std::size_t total, double elapsed_seconds) {
  std::string line = fmt::format("secaction: {}/{} inputs", done, total);
  if (done == 0 || elapsed_seconds <= 0) return line;
  const double rate = static_cast<double>(done) / elapsed_seconds;
  line += rate >= 10 ? fmt::format(", {:.0f}/s", rate) : fmt::format(", {:.1f}/s", rate);
  if (done < total) {
    const double left = static_cast<double>(total - done) / rate;
    if (left < 60) {
      line += fmt::format(", about {:.0f} s left", std::ceil(left));
    } else {
      const auto minutes = static_cast<long long>(std::ceil(left / 60));
      line += fmt::format(", about {} min left", minutes);
    }
  }
  return line;
}

double Progress::steady_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

Progress::Progress(std::ostream& out, std::size_t total, bool enabled, Clock clock)
    : m_out(out), m_total(total), m_enabled(enabled), m_clock(std::move(clock)), m_start(m_enabled ? m_clock() : 0) {}

Progress::~Progress() { clear(); }

void Progress::advance() {
  ++m_done;
  if (!m_enabled) return;
  const double now = m_clock();
  if (m_done < m_total && m_last_drawn >= 0 && now - m_last_drawn < 0.1) return;
  m_last_drawn = now;
  // \r to the start, the line, then erase whatever a longer earlier line left to its right.
  m_out << '\r' << progress_line(m_done, m_total, now - m_start) << "\x1b[K" << std::flush;
  m_drawn = true;
}

void Progress::clear() {
  if (!m_drawn) return;
  m_out << "\r\x1b[K" << std::flush;
  m_drawn = false;
}

} // namespace secaction::cli
