#include "secaction/report/xlsxwriter_library.hpp"

#include "secaction/core/shared_library.hpp"
#include "secaction/report/xlsx.hpp"

namespace secaction::report {

const Xlsxwriter& xlsxwriter(std::string_view needed_by) {
  static const Xlsxwriter table = [needed_by] {
    LibraryLoader loader({"libxlsxwriter.so.4", "libxlsxwriter4"}, needed_by);
    Xlsxwriter loaded;
#define SECACTION_XLSXWRITER_RESOLVE(name) loader.resolve(loaded.name, #name);
    SECACTION_XLSXWRITER_FUNCTIONS(SECACTION_XLSXWRITER_RESOLVE)
#undef SECACTION_XLSXWRITER_RESOLVE
    loader.finish();
    return loaded;
  }();
  return table;
}

void require_xlsxwriter(std::string_view needed_by) { xlsxwriter(needed_by); }

} // namespace secaction::report
