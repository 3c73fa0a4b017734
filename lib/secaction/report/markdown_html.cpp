#include "secaction/report/markdown_html.hpp"

#include <stdexcept>

#include "secaction/report/md4c_library.hpp"

namespace secaction::report {

std::string markdown_to_html(std::string_view markdown) {
  std::string out;
  out.reserve(markdown.size() * 5 / 4);
  const auto append = [](const MD_CHAR* text, MD_SIZE size, void* user) { static_cast<std::string*>(user)->append(text, size); };
  // No raw HTML and no permissive autolinks: only the templates' own Markdown makes elements.
  const unsigned parser_flags = MD_FLAG_TABLES | MD_FLAG_NOHTML | MD_FLAG_NOINDENTEDCODEBLOCKS;
  if (md4c_html().md_html(markdown.data(), static_cast<MD_SIZE>(markdown.size()), append, &out, parser_flags,
                          MD_HTML_FLAG_SKIP_UTF8_BOM) != 0) {
    throw std::runtime_error("the Markdown could not be converted to HTML");
  }
  return out;
}

std::string render_markdown_page(std::string_view markdown, std::string_view title, const HtmlOptions& options) {
  std::string body = "<main class=\"draft\">\n" + markdown_to_html(markdown) + "</main>\n";
  return render_html_page(title, title, body, options);
}

} // namespace secaction::report
