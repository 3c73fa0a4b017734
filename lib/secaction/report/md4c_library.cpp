#include "secaction/report/md4c_library.hpp"

#include "secaction/core/shared_library.hpp"
#include "secaction/report/markdown_html.hpp"

namespace secaction::report {

const Md4cHtml& md4c_html(std::string_view needed_by) {
  static const Md4cHtml table = [needed_by] {
    LibraryLoader loader({"libmd4c-html.so.0", "libmd4c-html0"}, needed_by);
    Md4cHtml loaded;
    loader.resolve(loaded.md_html, "md_html");
    loader.finish();
    return loaded;
  }();
  return table;
}

void require_md4c_html(std::string_view needed_by) { md4c_html(needed_by); }

} // namespace secaction::report
