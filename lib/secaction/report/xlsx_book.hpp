#pragma once
// The thin layer over libxlsxwriter that the report workbook (xlsx.cpp) and the batch portfolio
// (portfolio.cpp) share: typed cells (numbers as numbers, dates as dates, everything else a
// string and never a formula), header rows, column widths for Japanese text, band colours, and a
// fixed creation time so the same inputs give the same bytes. Only report/ includes it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

extern "C" {
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;
}

namespace secaction::report::xlsx {

/// What a text cell holds once typed: a plain number ("56", "-1", "12.5"), a percentage ("60%"),
/// a date ("2026-11-20") or text.
enum class CellKind { text, number, percent, date };

CellKind classify(std::string_view text);

/// 0xRRGGBB fills of a band by its rank among `count` bands (0 best): IPA's four bands' colours.
std::uint32_t band_fill(std::size_t rank, std::size_t count);

class Book;

/// One worksheet. Columns remember the widest text written to them (in display columns: a kanji
/// counts two) for finish().
class Sheet {
 public:
  Sheet(Book& book, lxw_worksheet* sheet) : m_book(&book), m_sheet(sheet) {}

  /// A cell typed by classify(); `numeric_column` false keeps numbers as text (item numbers such as
  /// "1.10" whose column also holds "1-2").
  void cell(std::uint32_t row, std::uint16_t column, std::string_view text, bool numeric_column = true);
  void text(std::uint32_t row, std::uint16_t column, std::string_view text, lxw_format* format = nullptr);
  /// A sheet's title: text that may run across the empty cells beside it, so it does not widen its column.
  void title(std::uint32_t row, std::string_view text);
  void number(std::uint32_t row, std::uint16_t column, double value, lxw_format* format = nullptr);
  void header(std::uint32_t row, const std::vector<std::string>& names);
  /// Frozen first rows and an autofilter over the header and `rows` data rows.
  void table_view(std::uint32_t header_row, std::uint32_t last_row, std::uint16_t columns);
  /// Sets the column widths from what was written (at most `max_width`, wrapping longer text).
  void finish(double max_width = 60);
  lxw_worksheet* raw() { return m_sheet; }

 private:
  void measure(std::uint16_t column, std::string_view text);
  Book* m_book;
  lxw_worksheet* m_sheet;
  std::vector<double> m_widths;
};

class Book {
 public:
  /// Creates the workbook at `path` (written by close()). `created_unix`: the creation time in
  /// the file's properties (from --as-of or SOURCE_DATE_EPOCH; never the clock).
  /// `constant_memory`: rows are flushed as they are written (the portfolio of many clients).
  Book(const std::string& path, long long created_unix, bool constant_memory, const std::string& temp_dir);
  ~Book();
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;

  Sheet add_sheet(std::string_view name);
  /// Throws std::runtime_error when libxlsxwriter cannot write the file.
  void close();

  lxw_format* bold();
  lxw_format* title();
  lxw_format* header();
  lxw_format* wrap();
  lxw_format* date();
  lxw_format* percent();
  lxw_format* fill(std::uint32_t rgb);

 private:
  lxw_workbook* m_book = nullptr;
  std::string m_temp_dir;
  std::vector<std::string> m_names;
  lxw_format* m_bold = nullptr;
  lxw_format* m_title = nullptr;
  lxw_format* m_header = nullptr;
  lxw_format* m_wrap = nullptr;
  lxw_format* m_date = nullptr;
  lxw_format* m_percent = nullptr;
  std::vector<std::pair<std::uint32_t, lxw_format*>> m_fills;
};

} // namespace secaction::report::xlsx
