#include "secaction/report/xlsx_book.hpp"

#include <algorithm>
#include <regex>
#include <stdexcept>

#include "secaction/core/text.hpp"
#include "secaction/report/xlsxwriter_library.hpp"

namespace secaction::report::xlsx {
namespace {

lxw_row_t row_of(std::uint32_t row) { return static_cast<lxw_row_t>(row); }
lxw_col_t col_of(std::size_t column) { return static_cast<lxw_col_t>(column); }

void check(lxw_error error, std::string_view what) {
  if (error != LXW_NO_ERROR) throw std::runtime_error(std::string(what) + ": " + xlsxwriter().lxw_strerror(error));
}

} // namespace

CellKind classify(std::string_view text) {
  static const std::regex number(R"(-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?)");
  static const std::regex percent(R"(-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?%)");
  static const std::regex date(R"([0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))");
  if (text.empty() || text.size() > 24) return CellKind::text;
  if (std::regex_match(text.begin(), text.end(), number)) return CellKind::number;
  if (std::regex_match(text.begin(), text.end(), percent)) return CellKind::percent;
  if (std::regex_match(text.begin(), text.end(), date)) return CellKind::date;
  return CellKind::text;
}

std::uint32_t band_fill(std::size_t rank, std::size_t count) {
  // best … worst: green, yellow, orange, red (the HTML report's colours).
  static constexpr std::uint32_t k_fills[] = {0xD3F9D8, 0xFFF3BF, 0xFFD8A8, 0xFFC9C9};
  if (count <= 1) return k_fills[0];
  if (rank + 1 >= count) return k_fills[3];
  if (count == 4) return k_fills[std::min<std::size_t>(rank, 3)];
  return rank == 0 ? k_fills[0] : k_fills[1];
}

void Sheet::measure(std::uint16_t column, std::string_view text) {
  if (m_widths.size() <= column) m_widths.resize(column + 1U, 0);
  // The widest line of the cell (a cell may hold several lines: measures, one a line).
  double widest = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    widest = std::max(widest, static_cast<double>(display_width(text.substr(start, end - start))));
    start = end + 1;
  }
  m_widths[column] = std::max(m_widths[column], widest);
}

void Sheet::text(std::uint32_t row, std::uint16_t column, std::string_view text, lxw_format* format) {
  // worksheet_write_string writes a string cell whatever it starts with: "=1+1" stays text.
  const std::string value(text);
  check(xlsxwriter().worksheet_write_string(m_sheet, row_of(row), col_of(column), value.c_str(), format), "a cell");
  measure(column, text);
}

void Sheet::title(std::uint32_t row, std::string_view text) {
  const std::string value(text);
  check(xlsxwriter().worksheet_write_string(m_sheet, row_of(row), 0, value.c_str(), m_book->title()), "the title");
}

void Sheet::number(std::uint32_t row, std::uint16_t column, double value, lxw_format* format) {
  check(xlsxwriter().worksheet_write_number(m_sheet, row_of(row), col_of(column), value, format), "a cell");
  measure(column, format_number(value));
}

void Sheet::cell(std::uint32_t row, std::uint16_t column, std::string_view text, bool numeric_column) {
  const CellKind kind = classify(text);
  if (kind == CellKind::number && numeric_column) {
    number(row, column, std::stod(std::string(text)));
  } else if (kind == CellKind::percent && numeric_column) {
    number(row, column, std::stod(std::string(text.substr(0, text.size() - 1))) / 100.0, m_book->percent());
  } else if (kind == CellKind::date) {
    lxw_datetime date{};
    date.year = std::stoi(std::string(text.substr(0, 4)));
    date.month = std::stoi(std::string(text.substr(5, 2)));
    date.day = std::stoi(std::string(text.substr(8, 2)));
    check(xlsxwriter().worksheet_write_datetime(m_sheet, row_of(row), col_of(column), &date, m_book->date()), "a date cell");
    measure(column, "2026-11-20");
  } else {
    this->text(row, column, text, text.find('\n') != std::string_view::npos ? m_book->wrap() : nullptr);
  }
}

void Sheet::header(std::uint32_t row, const std::vector<std::string>& names) {
  for (std::size_t column = 0; column < names.size(); ++column) {
    text(row, static_cast<std::uint16_t>(column), names[column], m_book->header());
  }
}

void Sheet::table_view(std::uint32_t header_row, std::uint32_t last_row, std::uint16_t columns) {
  if (columns == 0) return;
  xlsxwriter().worksheet_freeze_panes(m_sheet, row_of(header_row + 1), 0);
  check(xlsxwriter().worksheet_autofilter(m_sheet, row_of(header_row), 0, row_of(std::max(last_row, header_row)),
                                          col_of(columns - 1U)),
        "the autofilter");
}

void Sheet::finish(double max_width) {
  for (std::size_t column = 0; column < m_widths.size(); ++column) {
    const double width = std::clamp(m_widths[column] + 2, 6.0, max_width);
    // Columns capped below their widest text wrap it rather than cut it off.
    lxw_format* format = m_widths[column] + 2 > max_width ? m_book->wrap() : nullptr;
    xlsxwriter().worksheet_set_column(m_sheet, col_of(column), col_of(column), width, format);
  }
}

Book::Book(const std::string& path, long long created_unix, bool constant_memory, const std::string& temp_dir)
    : m_temp_dir(temp_dir) {
  lxw_workbook_options options{};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  options.tmpdir = m_temp_dir.empty() ? nullptr : m_temp_dir.data();
  options.use_zip64 = LXW_FALSE;
  m_book = xlsxwriter().workbook_new_opt(path.c_str(), &options);
  if (m_book == nullptr) throw std::runtime_error("cannot create the workbook");
  lxw_doc_properties properties{};
  properties.created = static_cast<time_t>(created_unix);
  static char generator[] = "secaction";
  properties.author = generator;
  check(xlsxwriter().workbook_set_properties(m_book, &properties), "the workbook's properties");
}

Book::~Book() {
  if (m_book != nullptr) xlsxwriter().workbook_close(m_book); // only after a failure: close() leaves nothing to do
}

Sheet Book::add_sheet(std::string_view name) {
  m_names.emplace_back(name);
  lxw_worksheet* sheet = xlsxwriter().workbook_add_worksheet(m_book, m_names.back().c_str());
  if (sheet == nullptr) throw std::runtime_error("cannot add the sheet " + std::string(name));
  return Sheet(*this, sheet);
}

void Book::close() {
  lxw_workbook* book = m_book;
  m_book = nullptr;
  check(xlsxwriter().workbook_close(book), "writing the workbook");
}

lxw_format* Book::bold() {
  if (m_bold == nullptr) {
    m_bold = xlsxwriter().workbook_add_format(m_book);
    xlsxwriter().format_set_bold(m_bold);
  }
  return m_bold;
}

lxw_format* Book::title() {
  if (m_title == nullptr) {
    m_title = xlsxwriter().workbook_add_format(m_book);
    xlsxwriter().format_set_bold(m_title);
    xlsxwriter().format_set_font_size(m_title, 14);
  }
  return m_title;
}

lxw_format* Book::header() {
  if (m_header == nullptr) {
    m_header = xlsxwriter().workbook_add_format(m_book);
    xlsxwriter().format_set_bold(m_header);
    xlsxwriter().format_set_bg_color(m_header, 0xE9EEF3);
    xlsxwriter().format_set_bottom(m_header, LXW_BORDER_THIN);
    xlsxwriter().format_set_text_wrap(m_header);
    xlsxwriter().format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
  }
  return m_header;
}

lxw_format* Book::wrap() {
  if (m_wrap == nullptr) {
    m_wrap = xlsxwriter().workbook_add_format(m_book);
    xlsxwriter().format_set_text_wrap(m_wrap);
    xlsxwriter().format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
  }
  return m_wrap;
}

lxw_format* Book::date() {
  if (m_date == nullptr) {
    m_date = xlsxwriter().workbook_add_format(m_book);
    xlsxwriter().format_set_num_format(m_date, "yyyy-mm-dd");
  }
  return m_date;
}

lxw_format* Book::percent() {
  if (m_percent == nullptr) {
    m_percent = xlsxwriter().workbook_add_format(m_book);
    xlsxwriter().format_set_num_format(m_percent, "0.0%");
  }
  return m_percent;
}

lxw_format* Book::fill(std::uint32_t rgb) {
  for (const auto& [colour, format] : m_fills) {
    if (colour == rgb) return format;
  }
  lxw_format* format = xlsxwriter().workbook_add_format(m_book);
  xlsxwriter().format_set_bg_color(format, rgb);
  xlsxwriter().format_set_bold(format);
  m_fills.emplace_back(rgb, format);
  return format;
}

} // namespace secaction::report::xlsx
