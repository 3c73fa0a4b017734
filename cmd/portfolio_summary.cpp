#include "portfolio_summary.hpp"

#include <cerrno>
#include <filesystem>
#include <system_error>

#include <unistd.h>

#include "secaction/core/encoding.hpp"
#include "secaction/core/error.hpp"

namespace secaction::cli {
namespace {

namespace fs = std::filesystem;

bool ends_with_any(const std::string& path, std::initializer_list<const char*> suffixes) {
  for (const char* suffix : suffixes) {
    if (path.ends_with(suffix)) return true;
  }
  return false;
}

bool is_xlsx(const std::string& path) { return path.ends_with(".xlsx"); }

} // namespace

std::string encode_summary_line(const OutputOptions& output, bool csv, std::string line, const std::vector<std::string>& columns,
                                const report::SummaryRow& row, const std::string& summary_path, std::size_t row_number) {
  if (output.encoding.empty() || parse_text_encoding(output.encoding) == TextEncoding::utf8) return line;
  if (!csv) throw UsageError("--encoding cp932 is for CSV; a JSON Lines summary is always UTF-8");
  // The row's cells as text, named by their row number in the summary.
  report::Table table;
  table.header = columns;
  auto& cells = table.rows.emplace_back();
  for (const auto& column : columns) {
    const auto found = row.find(column);
    cells.push_back(found != row.end() && found->is_string() ? found->get<std::string>() : std::string());
  }
  return encode_csv(output, std::move(line), table, summary_path, row_number);
}

bool PortfolioSummary::wanted(const std::string& summary_path) { return ends_with_any(summary_path, {".html", ".htm", ".xlsx"}); }

PortfolioSummary::PortfolioSummary(const std::string& summary_path, const Pipeline& pipeline, Lang lang,
                                   std::optional<Date> as_of, io::Overwrite overwrite)
    : m_path(summary_path), m_file(std::make_unique<io::AtomicFileWriter>(summary_path, overwrite)) {
  report::PortfolioOptions options;
  options.lang = lang;
  options.command = pipeline.command;
  options.columns = pipeline.summary_columns;
  if (as_of) options.created_unix = unix_seconds(*as_of);
  const fs::path parent = fs::path(summary_path).parent_path();
  options.temp_dir = parent.empty() ? "." : parent.string();
  try {
    if (is_xlsx(summary_path)) {
      // libxlsxwriter writes the workbook by name: into the temporary file commit() renames.
      m_xlsx = std::make_unique<report::PortfolioXlsx>(m_file->temp_path(), std::move(options));
    } else {
      m_html = std::make_unique<report::PortfolioHtml>(std::move(options));
      // The page's rows wait in a temporary file beside it, so memory stays flat however many clients.
      m_rows = io::create_temp_file(parent.empty() ? fs::path(".") : parent, fs::path(summary_path).filename().string() + ".rows",
                                    summary_path);
    }
  } catch (const std::runtime_error& e) {
    throw IoError(summary_path, e.what());
  }
}

PortfolioSummary::~PortfolioSummary() {
  if (m_rows.fd < 0) return;
  ::close(m_rows.fd);
  std::error_code ignored;
  fs::remove(m_rows.path, ignored);
}

void PortfolioSummary::add(const ProcessedInput& processed, const std::string& report_path) {
  const std::vector<report::ItemScore> items = processed.items ? processed.items() : std::vector<report::ItemScore>();
  report::PortfolioEntry entry;
  entry.row = &processed.summary_row;
  entry.items = &items;
  entry.band = processed.band;
  if (!report_path.empty()) {
    // Relative to the summary, so the portfolio and the reports can be moved together.
    const fs::path base = fs::path(m_path).parent_path();
    entry.report_link = fs::path(report_path).lexically_proximate(base.empty() ? fs::path(".") : base).generic_string();
  }
  try {
    if (m_xlsx) {
      m_xlsx->add(entry);
    } else {
      io::write_all(m_rows.fd, m_html->add(entry), m_path);
    }
  } catch (const std::runtime_error& e) {
    throw IoError(m_path, e.what());
  }
}

void PortfolioSummary::commit() {
  try {
    if (m_xlsx) {
      m_xlsx->close();
    } else {
      const auto page = m_html->page();
      m_file->append(page.before_rows);
      if (::lseek(m_rows.fd, 0, SEEK_SET) != 0) throw IoError(m_path, "cannot read back the portfolio's rows");
      std::string buffer(1U << 16U, '\0');
      for (;;) {
        const ssize_t got = ::read(m_rows.fd, buffer.data(), buffer.size());
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) throw IoError(m_path, "cannot read back the portfolio's rows");
        if (got == 0) break;
        m_file->append(std::string_view(buffer.data(), static_cast<std::size_t>(got)));
      }
      m_file->append(page.after_rows);
    }
  } catch (const IoError&) {
    throw;
  } catch (const std::runtime_error& e) {
    throw IoError(m_path, e.what());
  }
  m_file->commit(io::Sync::yes);
}

} // namespace secaction::cli
