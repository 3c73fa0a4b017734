#include "secaction/report/csv.hpp"

#include <regex>

#include "secaction/core/text.hpp"

namespace secaction::report {
namespace {

bool is_plain_number(std::string_view text) {
  static const std::regex number(R"(-?[0-9]+(\.[0-9]+)?)");
  return std::regex_match(text.begin(), text.end(), number);
}

void append_record(std::string& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += ',';
    out += csv_field(cells[i]);
  }
  out += "\r\n";
}

} // namespace

std::string csv_field(std::string_view text) {
  // Control characters other than newline, CR and tab, and bidi overrides, as visible escapes.
  std::string value = escape_controls(text);
  if (!value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos &&
      !is_plain_number(value)) {
    value.insert(value.begin(), '\'');
  }
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string render_csv(const Document& document, ExcelBom bom) {
  std::string out = bom == ExcelBom::yes ? "\xEF\xBB\xBF" : "";
  append_record(out, document.records.header);
  for (const auto& row : document.records.rows) append_record(out, row);
  return out;
}

} // namespace secaction::report
