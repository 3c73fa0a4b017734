#include "secaction/sheet/libzip_library.hpp"

#include "secaction/core/shared_library.hpp"
#include "secaction/sheet/xlsx_reader.hpp"

namespace secaction::sheet {

const Libzip& libzip(std::string_view needed_by) {
  static const Libzip table = [needed_by] {
    LibraryLoader loader({"libzip.so.4", "libzip4"}, needed_by);
    Libzip loaded;
#define SECACTION_LIBZIP_RESOLVE(name) loader.resolve(loaded.name, #name);
    SECACTION_LIBZIP_FUNCTIONS(SECACTION_LIBZIP_RESOLVE)
#undef SECACTION_LIBZIP_RESOLVE
    loader.finish();
    return loaded;
  }();
  return table;
}

void require_libzip(std::string_view needed_by) { libzip(needed_by); }

} // namespace secaction::sheet
