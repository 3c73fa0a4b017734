#include "secaction/report/html.hpp"

#include <algorithm>
#include <regex>
#include <stdexcept>

#include "secaction/core/diagnostic.hpp"
#include "secaction/core/text_template.hpp"

namespace secaction::report {
namespace {

// The page. {{{...}}} takes HTML that this file made (the blocks, the SVG charts, the style);
// every {{...}} is escaped. The policy forbids scripts, plug-ins and every fetch: the page shows
// the same offline from a file:// URL as anywhere else.
constexpr const char* k_page = R"(<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="secaction">
<title>{{title}}</title>
<style>
{{{style}}}@page { @top-left { content: "{{{running_header}}}"; } }
</style>
</head>
<body>
{{{body}}}</body>
</html>
)";

// A report: the cover (title, verdict, who and when), then the rest.
constexpr const char* k_report = R"(<header class="cover">
<h1>{{title}}</h1>
{{#has_verdict}}<section class="verdict{{#band}} band band-{{rank}}-of-{{count}}{{/band}}">
{{#band}}<p class="band-label"><span class="band-mark" aria-hidden="true">{{mark}}</span> {{label}}</p>
{{/band}}{{{verdict}}}</section>
{{/has_verdict}}{{{meta}}}</header>
<main>
{{{main}}}</main>
)";

// The blocks of a document; a section of blocks is rendered with it once for the cover and once
// for the rest. Every key a block may ask for is set on every block, so a missing one never
// falls through to an enclosing block's (mustache looks names up the context stack).
constexpr const char* k_blocks = R"({{#blocks}}{{#is_heading}}<h{{level}}>{{text}}</h{{level}}>
{{/is_heading}}{{#is_paragraph}}<p>{{text}}</p>
{{/is_paragraph}}{{#is_bullets}}<ul>
{{#items}}<li>{{.}}</li>
{{/items}}</ul>
{{/is_bullets}}{{#is_fields}}<dl class="fields">
{{#items}}<div><dt>{{label}}</dt><dd>{{value}}</dd></div>
{{/items}}</dl>
{{/is_fields}}{{#is_figure}}<figure>
{{{svg}}}<figcaption>{{alt}}</figcaption>
</figure>
{{/is_figure}}{{#is_table}}<table class="{{layout}}">
<thead><tr>{{#header}}<th class="{{align}}">{{text}}</th>{{/header}}</tr></thead>
<tbody>
{{#rows}}<tr>{{#cells}}<td class="{{align}}" data-label="{{label}}">{{text}}</td>{{/cells}}</tr>
{{/rows}}</tbody>
</table>
{{/is_table}}{{/blocks}})";

TemplateData block_data() {
  TemplateData data;
  for (const char* kind : {"is_heading", "is_paragraph", "is_bullets", "is_fields", "is_figure", "is_table"})
    data.set(kind, false);
  return data;
}

// Wide tables (the plan's nine columns, the risk register's thirteen) become one card per row
// (each cell labelled with its column) so they stay readable on A4 portrait; middling ones get a
// smaller font; narrow ones are ordinary tables whose cells wrap.
std::string table_layout(std::size_t columns) {
  if (columns >= 8) return "stacked";
  if (columns >= 5) return "dense";
  return "plain";
}

struct BlockData {
  const HtmlOptions& options;

  TemplateData operator()(const Heading& heading) const {
    auto data = block_data();
    data.set("is_heading", true);
    // The title is the page's one <h1>; document headings start below it.
    data.set("level", std::to_string(std::clamp(heading.level, 2, 6)));
    data.set("text", heading.text);
    return data;
  }
  TemplateData operator()(const Paragraph& paragraph) const {
    auto data = block_data();
    data.set("is_paragraph", true);
    data.set("text", paragraph.text);
    return data;
  }
  TemplateData operator()(const BulletList& list) const {
    auto data = block_data();
    data.set("is_bullets", true);
    auto items = TemplateData::list();
    for (const auto& item : list.items) items.push_back(item);
    data.set("items", std::move(items));
    return data;
  }
  TemplateData operator()(const FieldList& list) const {
    auto data = block_data();
    data.set("is_fields", true);
    auto items = TemplateData::list();
    for (const auto& [label, value] : list.fields) {
      TemplateData field;
      field.set("label", label);
      field.set("value", value);
      items.push_back(std::move(field));
    }
    data.set("items", std::move(items));
    return data;
  }
  TemplateData operator()(const Image& image) const {
    auto data = block_data();
    const auto found = options.inline_svg.find(image.target);
    if (found == options.inline_svg.end()) return data; // a file beside a Markdown report: nothing to show
    data.set("is_figure", true);
    data.set("svg", inline_svg(found->second));
    data.set("alt", image.alt);
    return data;
  }
  TemplateData operator()(const Table& table) const {
    auto data = block_data();
    data.set("is_table", true);
    data.set("layout", table_layout(table.header.size()));
    const auto align = [&](std::size_t column) {
      return column < table.align.size() && table.align[column] == Align::right ? "num" : "text";
    };
    auto header = TemplateData::list();
    for (std::size_t column = 0; column < table.header.size(); ++column) {
      TemplateData cell;
      cell.set("text", table.header[column]);
      cell.set("align", align(column));
      header.push_back(std::move(cell));
    }
    data.set("header", std::move(header));
    auto rows = TemplateData::list();
    for (const auto& row : table.rows) {
      auto cells = TemplateData::list();
      for (std::size_t column = 0; column < row.size(); ++column) {
        TemplateData cell;
        cell.set("text", row[column]);
        cell.set("align", align(column));
        cell.set("label", column < table.header.size() ? table.header[column] : std::string());
        cells.push_back(std::move(cell));
      }
      TemplateData row_data;
      row_data.set("cells", std::move(cells));
      rows.push_back(std::move(row_data));
    }
    data.set("rows", std::move(rows));
    return data;
  }
};

std::string render_blocks(const std::vector<const Block*>& blocks, const HtmlOptions& options) {
  auto list = TemplateData::list();
  for (const Block* block : blocks) list.push_back(std::visit(BlockData{options}, *block));
  TemplateData data;
  data.set("blocks", std::move(list));
  return render_builtin_html("report blocks", k_blocks, data);
}

bool is_section_heading(const Block& block) {
  const auto* heading = std::get_if<Heading>(&block);
  return heading != nullptr && heading->level <= 2;
}

// A section whose table lists every item (the plan) is the report itself, not a verdict.
bool fits_the_cover(std::vector<Block>::const_iterator begin, std::vector<Block>::const_iterator end) {
  for (auto block = begin; block != end; ++block) {
    if (const auto* table = std::get_if<Table>(&*block); table != nullptr && table->rows.size() > 8) return false;
    if (std::holds_alternative<Image>(*block)) return false;
  }
  return true;
}

// The cover's parts: what comes before the first section (who and when), and the first section
// (the verdict) when it is short enough for a cover.
struct Sections {
  std::vector<const Block*> meta;
  std::vector<const Block*> verdict;
  std::vector<const Block*> rest;
};

Sections split_sections(const Document& document) {
  Sections sections;
  const auto& blocks = document.blocks;
  auto first = std::find_if(blocks.begin(), blocks.end(), [](const Block& block) { return is_section_heading(block); });
  for (auto block = blocks.begin(); block != first; ++block) sections.meta.push_back(&*block);
  auto next = first == blocks.end()
                  ? first
                  : std::find_if(first + 1, blocks.end(), [](const Block& block) { return is_section_heading(block); });
  auto rest = first;
  if (first != blocks.end() && fits_the_cover(first, next)) {
    for (auto block = first; block != next; ++block) sections.verdict.push_back(&*block);
    rest = next;
  }
  for (auto block = rest; block != blocks.end(); ++block) sections.rest.push_back(&*block);
  return sections;
}

bool is_date(const std::string& text) {
  static const std::regex date(R"(\d{4}-\d{2}-\d{2}.*)");
  return std::regex_match(text, date);
}

// Each printed page's header: the organisation (the first field of the first field list), the
// report's title and the date (the first field of that list that holds one).
std::string running_header(const Document& document, const std::vector<const Block*>& meta) {
  std::string organization;
  std::string date;
  for (const Block* block : meta) {
    const auto* fields = std::get_if<FieldList>(block);
    if (fields == nullptr || fields->fields.empty()) continue;
    organization = fields->fields.front().second;
    for (const auto& field : fields->fields) {
      if (is_date(field.second)) {
        date = field.second.substr(0, 10);
        break;
      }
    }
    break;
  }
  std::string header = organization;
  for (const std::string* part : {&document.title, static_cast<const std::string*>(&date)}) {
    if (part->empty()) continue;
    if (!header.empty()) header += "  |  ";
    header += *part;
  }
  return header;
}

} // namespace

std::string escape_css_string(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
    case '\\': out += "\\\\"; break;
    case '"': out += "\\\""; break;
    case '<': out += "\\3c "; break;
    case '>': out += "\\3e "; break;
    case '\n':
    case '\r':
    case '\t':
    case '\f': out += ' '; break;
    default: out += c;
    }
  }
  return out;
}

std::string inline_svg(std::string_view svg) {
  if (svg.starts_with("<?xml")) {
    const auto end = svg.find("?>");
    if (end != std::string_view::npos) svg.remove_prefix(end + 2);
    while (!svg.empty() && (svg.front() == '\n' || svg.front() == '\r')) svg.remove_prefix(1);
  }
  return std::string(svg);
}

std::string render_html_page(std::string_view title, std::string_view header, std::string_view body_html,
                             const HtmlOptions& options) {
  TemplateData page;
  page.set("lang", options.lang);
  page.set("title", std::string(title));
  page.set("style", std::string(html_style()));
  page.set("running_header", escape_css_string(header));
  page.set("body", std::string(body_html));
  return render_builtin_html("report page", k_page, page);
}

std::string render_html(const Document& document, const HtmlOptions& options) {
  const Sections sections = split_sections(document);
  TemplateData report;
  report.set("title", document.title);
  report.set("has_verdict", !sections.verdict.empty() || document.band.has_value());
  if (document.band) {
    TemplateData band;
    band.set("label", document.band->label);
    band.set("rank", std::to_string(document.band->rank + 1));
    band.set("count", std::to_string(document.band->count));
    band.set("mark", band_mark(*document.band));
    report.set("band", std::move(band));
  } else {
    report.set("band", false);
  }
  report.set("verdict", render_blocks(sections.verdict, options));
  report.set("meta", render_blocks(sections.meta, options));
  report.set("main", render_blocks(sections.rest, options));
  return render_html_page(document.title, running_header(document, sections.meta),
                          render_builtin_html("report", k_report, report), options);
}

std::string render_builtin_html(std::string_view name, const char* text, const TemplateData& data) {
  Diagnostics diagnostics;
  auto out = render_template(name, text, data, diagnostics, TemplateEscape::html);
  if (!out) throw std::logic_error("secaction: the built-in HTML template " + std::string(name) + " is broken");
  return std::move(*out);
}

std::string band_mark(const Band& band) {
  if (band.rank == 0) return "◎";
  if (band.count >= 2 && band.rank + 1 == band.count) return "×";
  return band.rank == 1 ? "○" : "△";
}

} // namespace secaction::report
