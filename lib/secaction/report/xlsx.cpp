#include "secaction/report/xlsx.hpp"

#include "secaction/report/xlsx_book.hpp"

namespace secaction::report {
namespace {

// A column is numeric when every cell in it that is not empty is a plain number or percentage
// (so a column of item numbers "1", "1-2" stays text throughout).
std::vector<bool> numeric_columns(const Table& table) {
  std::vector<bool> numeric(table.header.size(), true);
  for (const auto& row : table.rows) {
    for (std::size_t column = 0; column < row.size() && column < numeric.size(); ++column) {
      if (row[column].empty()) continue;
      const auto kind = xlsx::classify(row[column]);
      if (kind != xlsx::CellKind::number && kind != xlsx::CellKind::percent) numeric[column] = false;
    }
  }
  return numeric;
}

// Writes a table at `row`; returns the row after it.
std::uint32_t write_table(xlsx::Sheet& sheet, std::uint32_t row, const Table& table) {
  sheet.header(row++, table.header);
  const auto numeric = numeric_columns(table);
  for (const auto& cells : table.rows) {
    for (std::size_t column = 0; column < cells.size(); ++column) {
      sheet.cell(row, static_cast<std::uint16_t>(column), cells[column], column < numeric.size() && numeric[column]);
    }
    ++row;
  }
  return row;
}

bool is_section(const Block& block) {
  const auto* heading = std::get_if<Heading>(&block);
  return heading != nullptr && heading->level <= 2;
}

} // namespace

void write_xlsx(const Document& document, const XlsxOptions& options, const std::string& path) {
  const bool ja = options.lang == "ja";
  xlsx::Book book(path, options.created_unix, false, options.temp_dir);
  auto summary = book.add_sheet(ja ? "概要" : "Summary");
  std::uint32_t row = 0;
  summary.title(row++, document.title);
  if (document.band) {
    summary.text(row, 0, ja ? "点数帯" : "Band", book.bold());
    summary.text(row++, 1, document.band->label, book.fill(xlsx::band_fill(document.band->rank, document.band->count)));
  }
  // Field lists and tables; a section with a table as long as the records is the items sheet's.
  std::string caption;
  for (const auto& block : document.blocks) {
    if (const auto* heading = std::get_if<Heading>(&block)) {
      if (is_section(block)) caption = heading->text;
      if (heading->level >= 3) break; // item by item from here on (the items sheet has them)
      continue;
    }
    if (const auto* fields = std::get_if<FieldList>(&block)) {
      for (const auto& [label, value] : fields->fields) {
        summary.text(row, 0, label, book.bold());
        summary.cell(row++, 1, value);
      }
      continue;
    }
    if (const auto* table = std::get_if<Table>(&block)) {
      if (!document.records.rows.empty() && table->rows.size() >= document.records.rows.size() && table->rows.size() > 8)
        continue;
      ++row;
      if (!caption.empty()) summary.text(row++, 0, caption, book.bold());
      row = write_table(summary, row, *table);
      ++row;
    }
  }
  summary.finish(70);

  if (!document.records.header.empty()) {
    auto items = book.add_sheet(ja ? "項目" : "Items");
    const std::uint32_t last = write_table(items, 0, document.records);
    items.table_view(0, last == 0 ? 0 : last - 1, static_cast<std::uint16_t>(document.records.header.size()));
    items.finish(60);
  }
  book.close();
}

} // namespace secaction::report
