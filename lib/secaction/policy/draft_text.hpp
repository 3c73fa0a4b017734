#pragma once
// How the policy drafts (generate), their procedures and the audit kit write a date and a table
// cell: one rule for all of them, so the documents of one run read alike.
#include <string>

#include <fmt/format.h>

#include "secaction/core/date.hpp"
#include "secaction/core/lang.hpp"
#include "secaction/report/markdown.hpp"

namespace secaction::policy {

/// "2026年11月20日" or "20 November 2026".
inline std::string draft_date(const Date& date, Lang lang) {
  static constexpr const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                           "July",    "August",   "September", "October", "November", "December"};
  if (lang == Lang::ja) return fmt::format("{}年{}月{}日", date.year, date.month, date.day);
  return fmt::format("{} {} {}", date.day, months[(date.month - 1) % 12], date.year);
}

/// A profile value as a Markdown table cell: escaped so it cannot add structure, "-" when empty.
inline std::string draft_table_cell(const std::string& value) {
  return value.empty() ? std::string("-") : report::escape_markdown(value, report::MarkdownPlace::table_cell);
}

} // namespace secaction::policy
