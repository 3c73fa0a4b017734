#pragma once
// One self-contained HTML file per report (--format html): inline CSS for the screen and for A4
// print, the charts as inline SVG, no script and no external font, image or link (a
// Content-Security-Policy says so to the browser too). Built from the same report::Document as
// Markdown with the mustache templates of html.cpp (core/text_template, HTML escaping on), so every
// text of the document is escaped and none can open an element, an attribute or a URL.
#include <map>
#include <string>
#include <string_view>

#include "secaction/core/text_template.hpp"
#include "secaction/report/document.hpp"

namespace secaction::report {

struct HtmlOptions {
  std::string lang = "ja"; // the <html lang>: Japanese line breaking and the font stack follow it
  /// SVG documents to show in place of the Image blocks whose target is the key (the charts that
  /// Markdown links as files beside the report). Images without one are left out.
  std::map<std::string, std::string> inline_svg;
};

/// The whole page. The cover shows the title, the verdict (the first section, with the band's
/// colour and label when Document::band is set) and then who and when (the first field list); each
/// printed page is headed with the organisation, the report's title and the date, and numbered.
std::string render_html(const Document& document, const HtmlOptions& options);

/// A page around HTML that secaction made itself (`body_html` is inserted as it is; `title` and
/// `running_header` are escaped): the policy drafts rendered from Markdown use the same style.
std::string render_html_page(std::string_view title, std::string_view running_header, std::string_view body_html,
                             const HtmlOptions& options);

/// The print style sheet and screen style shared by every HTML output (html_style.cpp).
std::string_view html_style();

/// Text as a CSS string's contents: quotes and backslashes escaped, < and > as code points (so no
/// text can close the <style> element), line breaks as spaces.
std::string escape_css_string(std::string_view text);

/// One of secaction's own HTML templates rendered with HTML escaping (the report's and the
/// portfolio's pages). A template that does not render is a defect of the build: std::logic_error.
std::string render_builtin_html(std::string_view name, const char* text, const TemplateData& data);

/// A mark per band, so the band can be told apart without its colour (and in black-and-white
/// print): ◎ the best, × the worst of two or more, ○ the second, △ the others.
std::string band_mark(const Band& band);

/// An SVG document made fit for inline use in HTML: the XML declaration is dropped.
std::string inline_svg(std::string_view svg);

} // namespace secaction::report
