#pragma once
// The portfolio of a batch run as a deliverable (--summary x.html, --summary x.xlsx): one row per
// client (total, band, part subtotals, a link to the client's report in --out-dir), the items the
// whole portfolio is weakest on, and (XLSX) a clients × items matrix coloured as a heat map.
// Clients are added one at a time in input order; the workbook is written as it goes (constant
// memory), the HTML page's rows too (its head, with the weakest items, is rendered at the end).
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "secaction/core/lang.hpp"
#include "secaction/report/document.hpp"
#include "secaction/report/summary.hpp"

namespace secaction::report {

/// One item of one client's assessment: what the portfolio's matrix and worst items are made of.
struct ItemScore {
  std::string instrument; // items of different instruments are different items
  std::string number;     // "13"
  std::string label;      // "No.13 重要情報が記載された…"
  double score = 0;
  double max = 0;
};

struct PortfolioEntry {
  const SummaryRow* row = nullptr; // the client's summary row (columns as in the CSV summary)
  const std::vector<ItemScore>* items = nullptr;
  std::optional<Band> band;
  std::string report_link; // the client's report relative to the summary file; empty without --out-dir
};

struct PortfolioOptions {
  Lang lang = Lang::ja;
  std::string command;                // diagnose, checklist, benchmark, risk
  std::vector<std::string> columns;   // the summary columns, in order
  long long created_unix = 315532800; // XLSX: the creation time in the file's properties
  std::string temp_dir;               // XLSX: libxlsxwriter's temporary files
};

/// How many of the weakest items the portfolio lists.
inline constexpr std::size_t k_worst_items = 10;

/// The HTML portfolio. Each client's row is rendered as it comes (the caller keeps the rows, so
/// memory does not grow with the portfolio); page() then gives what goes before and after them.
class PortfolioHtml {
 public:
  explicit PortfolioHtml(PortfolioOptions options);
  ~PortfolioHtml();
  PortfolioHtml(const PortfolioHtml&) = delete;
  PortfolioHtml& operator=(const PortfolioHtml&) = delete;
  /// The client's table row (and it counts towards the weakest items).
  std::string add(const PortfolioEntry& entry);
  struct Page {
    std::string before_rows; // the page up to the clients table's first row (the weakest items first)
    std::string after_rows;  // the end of the table and of the page
  };
  Page page();

 private:
  struct State;
  std::unique_ptr<State> m_state;
};

/// The XLSX portfolio written to `path` as clients are added; close() finishes the file.
class PortfolioXlsx {
 public:
  PortfolioXlsx(const std::string& path, PortfolioOptions options);
  ~PortfolioXlsx();
  PortfolioXlsx(const PortfolioXlsx&) = delete;
  PortfolioXlsx& operator=(const PortfolioXlsx&) = delete;
  void add(const PortfolioEntry& entry);
  /// Throws std::runtime_error when the file cannot be written.
  void close();

 private:
  struct State;
  std::unique_ptr<State> m_state;
};

} // namespace secaction::report
