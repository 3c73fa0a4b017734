#include "secaction/core/diagnostic.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "secaction/core/text.hpp"

namespace secaction {

std::string format_diagnostic(const Diagnostic& diagnostic) {
  const char* kind = diagnostic.severity == Severity::error ? "error" : "warning";
  const auto& where = diagnostic.where;
  // File names and quoted values come from the input: a terminal must not act on them.
  const std::string file = escape_for_terminal(where.file);
  const std::string message = escape_for_terminal(diagnostic.message);
  if (where.line > 0) return fmt::format("{}:{}:{}: {}: {}", file, where.line, std::max(where.column, 1), kind, message);
  if (!file.empty()) return fmt::format("{}: {}: {}", file, kind, message);
  return fmt::format("{}: {}", kind, message);
}

void Diagnostics::error(SourceLocation where, std::string message) {
  m_items.push_back({Severity::error, std::move(where), std::move(message)});
}

void Diagnostics::warning(SourceLocation where, std::string message) {
  m_items.push_back({Severity::warning, std::move(where), std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
  m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
}

std::vector<Diagnostic> Diagnostics::in_reading_order() const {
  std::vector<std::string> files;
  for (const auto& item : m_items) {
    if (std::find(files.begin(), files.end(), item.where.file) == files.end()) files.push_back(item.where.file);
  }
  auto rank = [&files](const Diagnostic& d) {
    return std::tuple(std::find(files.begin(), files.end(), d.where.file) - files.begin(), d.where.line, d.where.column);
  };
  std::vector<Diagnostic> sorted = m_items;
  std::stable_sort(sorted.begin(), sorted.end(), [&](const Diagnostic& a, const Diagnostic& b) { return rank(a) < rank(b); });
  return sorted;
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

std::size_t Diagnostics::error_count() const {
  return static_cast<std::size_t>(std::count_if(m_items.begin(), m_items.end(), [](const Diagnostic& d) {
    return d.severity == Severity::error;
  }));
}

} // namespace secaction
