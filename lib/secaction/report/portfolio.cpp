#include "secaction/report/portfolio.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <unordered_map>

#include <fmt/format.h>

#include "secaction/core/diagnostic.hpp"
#include "secaction/core/text.hpp"
#include "secaction/core/text_template.hpp"
#include "secaction/report/html.hpp"
#include "secaction/report/xlsx_book.hpp"
#include "secaction/report/xlsxwriter_library.hpp"

namespace secaction::report {

// ---- what both formats share ------------------------------------------------------------------

// Named, not anonymous: PortfolioHtml::State holds one, and a class of an anonymous namespace
// inside another class is refused (-Wsubobject-linkage) when a unity batch includes this file.
namespace portfolio_state {

// The items the portfolio is weakest on: the average share of each item's maximum reached, over
// the clients that were asked it (lowest first; ties in the order the items were first seen).
class WorstItems {
 public:
  void add(const std::vector<ItemScore>& items) {
    for (const auto& item : items) {
      if (item.max <= 0) continue; // not applicable, not counted
      const std::string key = item.instrument + '\x1f' + item.number;
      auto [found, inserted] = m_index.try_emplace(key, m_items.size());
      if (inserted) m_items.push_back({item.label, 0, 0, 0});
      auto& total = m_items[found->second];
      total.share += item.score / item.max;
      ++total.clients;
      if (item.score < item.max) ++total.below_full;
    }
  }
  struct Total {
    std::string label;
    double share = 0; // summed; divided by clients when read
    std::size_t clients = 0;
    std::size_t below_full = 0;
    [[nodiscard]] double average() const { return clients == 0 ? 0 : share / static_cast<double>(clients); }
  };
  [[nodiscard]] std::vector<Total> worst(std::size_t count) const {
    std::vector<Total> sorted = m_items;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Total& a, const Total& b) { return a.average() < b.average(); });
    sorted.erase(std::remove_if(sorted.begin(), sorted.end(), [](const Total& t) { return t.below_full == 0; }), sorted.end());
    if (sorted.size() > count) sorted.resize(count);
    return sorted;
  }

 private:
  std::unordered_map<std::string, std::size_t> m_index;
  std::vector<Total> m_items;
};

} // namespace portfolio_state

namespace {

std::string percent_text(double share) { return format_number(std::round(share * 1000.0) / 10.0) + "%"; }

std::string cell_text(const SummaryRow& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  if (value.is_number()) return format_number(value.get<double>());
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  return value.dump();
}

// The columns a person reads (the band's id repeats its label; the file is the link's target).
bool shown_column(const std::string& column) { return column != "band" && column != "instrument"; }

// A relative link made safe for href: every byte outside [A-Za-z0-9._~/-] is percent-encoded, so
// no ':' (no scheme such as javascript:) and no quote or space survives.
std::string link_href(const std::string& link) {
  std::string out;
  for (const char c : link) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') ||
        std::string_view("._~/-").find(c) != std::string_view::npos) {
      out += c;
    } else {
      out += fmt::format("%{:02X}", byte);
    }
  }
  return out;
}

// ---- HTML ---------------------------------------------------------------------------------------

constexpr const char* k_row =
    R"(<tr>{{#cells}}<td class="{{align}}{{#band}} band band-{{rank}}-of-{{count}}{{/band}}">{{#band}}<span class="band-mark" aria-hidden="true">{{mark}}</span> {{/band}}{{#href}}<a href="{{href}}">{{text}}</a>{{/href}}{{^href}}{{text}}{{/href}}</td>{{/cells}}</tr>
)";

constexpr const char* k_portfolio = R"(<header class="cover">
<h1>{{title}}</h1>
<dl class="fields">
{{#fields}}<div><dt>{{label}}</dt><dd>{{value}}</dd></div>
{{/fields}}</dl>
</header>
<main>
{{#has_worst}}<h2>{{worst_heading}}</h2>
<p>{{worst_note}}</p>
<table class="plain">
<thead><tr>{{#worst_header}}<th class="{{align}}">{{text}}</th>{{/worst_header}}</tr></thead>
<tbody>
{{#worst}}<tr><td class="text">{{label}}</td><td class="num">{{average}}</td><td class="num">{{below}}</td></tr>
{{/worst}}</tbody>
</table>
{{/has_worst}}<h2>{{clients_heading}}</h2>
<table class="dense portfolio">
<thead><tr>{{#header}}<th class="{{align}}">{{text}}</th>{{/header}}</tr></thead>
<tbody>
{{{rows}}}</tbody>
</table>
</main>
)";

std::string title_of(const PortfolioOptions& options) {
  return options.lang == Lang::ja ? fmt::format("ポートフォリオ（secaction {}）", options.command)
                                  : fmt::format("Portfolio (secaction {})", options.command);
}

TemplateData header_cell(const std::string& text, bool number) {
  TemplateData cell;
  cell.set("text", text);
  cell.set("align", number ? "num" : "text");
  return cell;
}

} // namespace

struct PortfolioHtml::State {
  PortfolioOptions options;
  CompiledTemplate row_template{"portfolio row", k_row, TemplateEscape::html}; // parsed once, rendered per client
  std::vector<bool> numeric;                                                   // per shown column, from the first row
  std::size_t clients = 0;
  portfolio_state::WorstItems worst;
};

PortfolioHtml::PortfolioHtml(PortfolioOptions options) : m_state(std::make_unique<State>()) {
  m_state->options = std::move(options);
}
PortfolioHtml::~PortfolioHtml() = default;

std::string PortfolioHtml::add(const PortfolioEntry& entry) {
  auto& state = *m_state;
  const bool first = state.clients == 0;
  ++state.clients;
  if (entry.items != nullptr) state.worst.add(*entry.items);
  auto cells = TemplateData::list();
  for (const auto& column : state.options.columns) {
    if (!shown_column(column)) continue;
    const auto found = entry.row->find(column);
    const SummaryRow value = found == entry.row->end() ? SummaryRow() : *found;
    if (first) state.numeric.push_back(value.is_number());
    TemplateData cell;
    cell.set("text", cell_text(value));
    cell.set("align", value.is_number() ? "num" : "text");
    cell.set("href", column == "organization" && !entry.report_link.empty() ? TemplateData(link_href(entry.report_link))
                                                                            : TemplateData(false));
    if (column == "band_label" && entry.band) {
      TemplateData band;
      band.set("rank", std::to_string(entry.band->rank + 1));
      band.set("count", std::to_string(entry.band->count));
      band.set("mark", band_mark(*entry.band));
      cell.set("band", std::move(band));
    } else {
      cell.set("band", false);
    }
    cells.push_back(std::move(cell));
  }
  TemplateData row;
  row.set("cells", std::move(cells));
  return state.row_template.render(row);
}

PortfolioHtml::Page PortfolioHtml::page() {
  auto& state = *m_state;
  const Lang lang = state.options.lang;
  TemplateData page;
  const std::string title = title_of(state.options);
  page.set("title", title);
  auto fields = TemplateData::list();
  TemplateData clients;
  clients.set("label", tr(lang, "クライアント数", "Clients"));
  clients.set("value", std::to_string(state.clients));
  fields.push_back(std::move(clients));
  page.set("fields", std::move(fields));
  const auto worst = state.worst.worst(k_worst_items);
  page.set("has_worst", !worst.empty());
  page.set("worst_heading", tr(lang, "ポートフォリオ全体で弱い項目", "The items the portfolio is weakest on"));
  page.set(
      "worst_note",
      tr(lang,
         "各項目の満点に対する得点の割合を、その項目に回答したクライアントで平均し、低い順に並べています（secaction 独自の集計）。",
         "Each item's points as a share of its maximum, averaged over the clients asked it, lowest first "
         "(secaction's own measure)."));
  auto worst_header = TemplateData::list();
  worst_header.push_back(header_cell(tr(lang, "項目", "Item"), false));
  worst_header.push_back(header_cell(tr(lang, "平均達成率", "Average share"), true));
  worst_header.push_back(header_cell(tr(lang, "満点でないクライアント", "Clients below full marks"), true));
  page.set("worst_header", std::move(worst_header));
  auto worst_rows = TemplateData::list();
  for (const auto& item : worst) {
    TemplateData row;
    row.set("label", item.label);
    row.set("average", percent_text(item.average()));
    row.set("below", fmt::format("{} / {}", item.below_full, item.clients));
    worst_rows.push_back(std::move(row));
  }
  page.set("worst", std::move(worst_rows));
  page.set("clients_heading", tr(lang, "クライアント別の結果", "Results by client"));
  auto header = TemplateData::list();
  std::size_t shown = 0;
  for (const auto& column : state.options.columns) {
    if (!shown_column(column)) continue;
    header.push_back(header_cell(column, shown < state.numeric.size() && state.numeric[shown]));
    ++shown;
  }
  page.set("header", std::move(header));
  // The rows go where this marker is: a comment that no escaped text can contain.
  static constexpr std::string_view k_marker = "<!--secaction-portfolio-rows-->";
  page.set("rows", std::string(k_marker));
  HtmlOptions html;
  html.lang = std::string(lang_code(lang));
  const std::string whole = render_html_page(title, title, render_builtin_html("portfolio", k_portfolio, page), html);
  const auto at = whole.find(k_marker);
  return {whole.substr(0, at), whole.substr(at + k_marker.size())};
}

// ---- XLSX ---------------------------------------------------------------------------------------

namespace portfolio_state {

// One clients × items sheet per instrument (a checklist batch may mix them), made when the
// instrument's first client arrives: its header is that client's items.
struct Matrix {
  xlsx::Sheet sheet;
  std::vector<std::string> numbers;
  std::uint32_t next_row = 1;
};

} // namespace portfolio_state

struct PortfolioXlsx::State {
  PortfolioOptions options;
  std::unique_ptr<xlsx::Book> book;
  std::optional<xlsx::Sheet> clients;
  std::optional<xlsx::Sheet> worst_sheet;
  std::map<std::string, portfolio_state::Matrix> matrices;
  std::vector<std::string> shown;
  std::uint32_t next_row = 1;
  std::map<std::string, Band> bands; // label -> band: the band column's conditional colours
  std::optional<std::uint16_t> band_column;
  portfolio_state::WorstItems worst;
};

PortfolioXlsx::PortfolioXlsx(const std::string& path, PortfolioOptions options) : m_state(std::make_unique<State>()) {
  auto& state = *m_state;
  state.options = std::move(options);
  const Lang lang = state.options.lang;
  state.book = std::make_unique<xlsx::Book>(path, state.options.created_unix, true, state.options.temp_dir);
  state.clients.emplace(state.book->add_sheet(tr(lang, "クライアント", "Clients")));
  for (const auto& column : state.options.columns) {
    if (column == "band") continue;
    if (column == "band_label") state.band_column = static_cast<std::uint16_t>(state.shown.size());
    state.shown.push_back(column);
  }
  auto header = state.shown;
  header.emplace_back(tr(lang, "レポート", "report"));
  state.clients->header(0, header);
}

PortfolioXlsx::~PortfolioXlsx() = default;

void PortfolioXlsx::add(const PortfolioEntry& entry) {
  auto& state = *m_state;
  const std::uint32_t row = state.next_row++;
  for (std::size_t column = 0; column < state.shown.size(); ++column) {
    const auto found = entry.row->find(state.shown[column]);
    if (found == entry.row->end() || found->is_null()) continue;
    const auto index = static_cast<std::uint16_t>(column);
    if (found->is_number()) {
      state.clients->number(row, index, found->get<double>());
    } else if (found->is_string()) {
      // Dates become dates; every other text is a string cell, never a formula or a number.
      const auto text = found->get<std::string>();
      if (xlsx::classify(text) == xlsx::CellKind::date) {
        state.clients->cell(row, index, text);
      } else {
        state.clients->text(row, index, text);
      }
    } else {
      state.clients->text(row, index, cell_text(*found));
    }
  }
  // The report's path as text, not a hyperlink: libxlsxwriter makes each link a relationship of the
  // sheet, which cost more than the rest of the workbook at 10,000 clients (bench/portfolio).
  if (!entry.report_link.empty()) state.clients->text(row, static_cast<std::uint16_t>(state.shown.size()), entry.report_link);
  if (entry.band) state.bands.try_emplace(entry.band->label, *entry.band);
  if (entry.items == nullptr || entry.items->empty()) return;
  state.worst.add(*entry.items);
  const std::string& instrument = entry.items->front().instrument;
  // The weakest items come second, after the clients (made with the first items: a risk
  // portfolio has none); then one clients × items sheet per instrument, named after it.
  if (!state.worst_sheet) state.worst_sheet.emplace(state.book->add_sheet(tr(state.options.lang, "弱い項目", "Weakest items")));
  auto found = state.matrices.find(instrument);
  if (found == state.matrices.end()) {
    // Excel allows 31 characters in a sheet name; instrument ids are short ASCII.
    const std::string name = fmt::format("{} {}", tr(state.options.lang, "項目別", "By item"), instrument).substr(0, 31);
    portfolio_state::Matrix matrix{state.book->add_sheet(name), {}, 1};
    std::vector<std::string> header{"organization", "file"};
    for (const auto& item : *entry.items) {
      matrix.numbers.push_back(item.number);
      header.push_back(item.label);
    }
    matrix.sheet.header(0, header);
    found = state.matrices.emplace(instrument, std::move(matrix)).first;
  }
  auto& matrix = found->second;
  const std::uint32_t matrix_row = matrix.next_row++;
  const auto text_of = [&](const char* column) {
    const auto value = entry.row->find(column);
    return value == entry.row->end() ? std::string() : cell_text(*value);
  };
  matrix.sheet.text(matrix_row, 0, text_of("organization"));
  matrix.sheet.text(matrix_row, 1, text_of("file"));
  for (const auto& item : *entry.items) {
    const auto position = std::find(matrix.numbers.begin(), matrix.numbers.end(), item.number);
    if (position == matrix.numbers.end() || item.max <= 0) continue;
    const auto column = static_cast<std::uint16_t>(2 + (position - matrix.numbers.begin()));
    matrix.sheet.number(matrix_row, column, item.score / item.max, state.book->percent());
  }
}

void PortfolioXlsx::close() {
  auto& state = *m_state;
  const Lang lang = state.options.lang;
  const std::uint32_t last = state.next_row - 1;
  state.clients->table_view(0, last, static_cast<std::uint16_t>(state.shown.size() + 1));
  if (state.band_column && last >= 1) {
    for (const auto& [label, band] : state.bands) {
      // Excel compares the cell with the quoted label; a quote inside is doubled.
      std::string quoted = "\"";
      for (const char c : label) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
      quoted += '"';
      lxw_conditional_format rule{};
      rule.type = LXW_CONDITIONAL_TYPE_CELL;
      rule.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
      rule.value_string = quoted.data();
      rule.format = state.book->fill(xlsx::band_fill(band.rank, band.count));
      xlsxwriter().worksheet_conditional_format_range(state.clients->raw(), 1, *state.band_column, last, *state.band_column,
                                                      &rule);
    }
  }
  state.clients->finish(50);
  if (state.worst_sheet) {
    state.worst_sheet->header(0, {tr(lang, "項目", "Item"), tr(lang, "平均達成率", "Average share"),
                                  tr(lang, "満点でないクライアント", "Clients below full marks"),
                                  tr(lang, "回答したクライアント", "Clients asked")});
    std::uint32_t row = 1;
    for (const auto& item : state.worst.worst(k_worst_items)) {
      state.worst_sheet->text(row, 0, item.label);
      state.worst_sheet->number(row, 1, item.average(), state.book->percent());
      state.worst_sheet->number(row, 2, static_cast<double>(item.below_full));
      state.worst_sheet->number(row++, 3, static_cast<double>(item.clients));
    }
    state.worst_sheet->finish(70);
  }
  for (auto& [instrument, matrix] : state.matrices) {
    const std::uint32_t matrix_last = matrix.next_row - 1;
    const auto columns = static_cast<std::uint16_t>(matrix.numbers.size() + 2);
    matrix.sheet.table_view(0, matrix_last, columns);
    if (matrix_last >= 1) {
      // The heat map: red where the portfolio is weak, green where an item is done.
      lxw_conditional_format scale{};
      scale.type = LXW_CONDITIONAL_3_COLOR_SCALE;
      scale.min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
      scale.min_value = 0;
      scale.min_color = 0xF8696B;
      scale.mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
      scale.mid_value = 0.5;
      scale.mid_color = 0xFFEB84;
      scale.max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
      scale.max_value = 1;
      scale.max_color = 0x63BE7B;
      xlsxwriter().worksheet_conditional_format_range(matrix.sheet.raw(), 1, 2, matrix_last, static_cast<lxw_col_t>(columns - 1U),
                                                      &scale);
    }
    matrix.sheet.finish(14);
  }
  state.book->close();
}

} // namespace secaction::report
