#pragma once
#include <string>
#include <string_view>

#include "secaction/report/document.hpp"

namespace secaction::report {

/// GitHub-flavoured Markdown. Every text is escaped, so input data (an organisation name, a
/// note) cannot add headings, table cells, links or HTML.
std::string render_markdown(const Document& document);

/// block: a paragraph, list item or heading; table_cell: anywhere mid-line (a cell, a field value).
enum class MarkdownPlace { block, table_cell };

/// Escapes text so Markdown shows it literally (newlines become spaces). In a block (paragraph,
/// list item, heading) a leading "-", "+", "=" or "1." is escaped too, so it cannot start a list
/// or heading; inside a table cell that cannot happen, so numbers like -1 stay as they are.
std::string escape_markdown(std::string_view text, MarkdownPlace place = MarkdownPlace::block);

} // namespace secaction::report
