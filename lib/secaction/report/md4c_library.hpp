#pragma once
// md4c-html, opened on first use (core/shared_library): only `policy --format html` converts
// Markdown to HTML. report/markdown_html calls md_html through this table.
#include <string_view>

#include <md4c-html.h>

namespace secaction::report {

struct Md4cHtml {
  decltype(&::md_html) md_html = nullptr;
};

/// The table, loading libmd4c-html.so.0 the first time. Throws MissingLibrary naming `needed_by`
/// (what the user asked for, e.g. "--format html") when it cannot be loaded.
const Md4cHtml& md4c_html(std::string_view needed_by = "HTML policy drafts (policy --format html)");

} // namespace secaction::report
