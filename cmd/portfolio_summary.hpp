#pragma once
// A batch run's --summary as a deliverable: x.html (one page) or x.xlsx (a workbook), from the
// same rows as the CSV summary plus each client's band, items and report (report/portfolio).
#include <memory>
#include <optional>
#include <string>

#include "context.hpp"
#include "pipeline.hpp"
#include "secaction/io/files.hpp"
#include "secaction/report/portfolio.hpp"

namespace secaction::cli {

/// A CSV summary row in --encoding (`row_number` counts the header as 1); JSON Lines stays UTF-8
/// (`csv` false), and --encoding cp932 with a .jsonl summary is refused. A character CP932 cannot
/// hold is an InputError naming the row and column.
std::string encode_summary_line(const OutputOptions& output, bool csv, std::string line, const std::vector<std::string>& columns,
                                const report::SummaryRow& row, const std::string& summary_path, std::size_t row_number);

class PortfolioSummary {
 public:
  /// Whether --summary FILE asks for a portfolio (.html, .htm, .xlsx) rather than CSV or JSON Lines.
  static bool wanted(const std::string& summary_path);

  /// Refuses an existing FILE unless `overwrite` allows it, before any input is read.
  PortfolioSummary(const std::string& summary_path, const Pipeline& pipeline, Lang lang, std::optional<Date> as_of,
                   io::Overwrite overwrite);
  ~PortfolioSummary(); // removes the rows' temporary file
  PortfolioSummary(const PortfolioSummary&) = delete;
  PortfolioSummary& operator=(const PortfolioSummary&) = delete;

  /// One client, in input order; `report_path`: its report in --out-dir, or empty.
  void add(const ProcessedInput& processed, const std::string& report_path);
  /// Writes the file (atomically). Throws IoError.
  void commit();

 private:
  std::string m_path;
  std::unique_ptr<io::AtomicFileWriter> m_file;
  io::TempFile m_rows; // HTML: the rows as they come, copied into the page at commit()
  std::unique_ptr<report::PortfolioHtml> m_html;
  std::unique_ptr<report::PortfolioXlsx> m_xlsx;
};

} // namespace secaction::cli
