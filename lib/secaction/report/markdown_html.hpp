#pragma once
// Markdown that secaction wrote itself (the policy drafts, rendered from their mustache templates
// with every profile value Markdown-escaped) as an HTML page. md4c (a Debian package) converts it
// with raw HTML off and no autolinks, so escaped user text stays text; the page is the one every
// HTML report uses (report/html).
#include <string>
#include <string_view>

#include "secaction/report/html.hpp"

namespace secaction::report {

/// The HTML body of `markdown` (CommonMark with tables; raw HTML and autolinks are not recognised).
std::string markdown_to_html(std::string_view markdown);

/// A whole page: `title` heads it and each printed page.
std::string render_markdown_page(std::string_view markdown, std::string_view title, const HtmlOptions& options);

/// Loads md4c-html now (it is opened on first use). Throws MissingLibrary naming `needed_by`
/// ("--format html") when it cannot be loaded.
void require_md4c_html(std::string_view needed_by);

} // namespace secaction::report
