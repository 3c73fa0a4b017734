#pragma once
// libzip, opened on first use (core/shared_library): only import-sheet reads a zip (an .xlsx
// workbook). sheet/xlsx_reader calls it through this table; the header still gives the types and
// constants.
#include <string_view>

#include <zip.h>

// Every libzip function secaction calls: the table's members, resolved all at once.
#define SECACTION_LIBZIP_FUNCTIONS(X)                                                                                            \
  X(zip_error_init)                                                                                                              \
  X(zip_error_fini)                                                                                                              \
  X(zip_error_strerror)                                                                                                          \
  X(zip_source_buffer_create)                                                                                                    \
  X(zip_source_free)                                                                                                             \
  X(zip_open_from_source)                                                                                                        \
  X(zip_discard)                                                                                                                 \
  X(zip_strerror)                                                                                                                \
  X(zip_get_num_entries)                                                                                                         \
  X(zip_stat_init)                                                                                                               \
  X(zip_stat_index)                                                                                                              \
  X(zip_fopen_index)                                                                                                             \
  X(zip_fread)                                                                                                                   \
  X(zip_fclose)                                                                                                                  \
  X(zip_file_strerror)

namespace secaction::sheet {

struct Libzip {
#define SECACTION_LIBZIP_SLOT(name) decltype(&::name) name = nullptr;
  SECACTION_LIBZIP_FUNCTIONS(SECACTION_LIBZIP_SLOT)
#undef SECACTION_LIBZIP_SLOT
};

/// The table, loading libzip.so.4 the first time. Throws MissingLibrary naming `needed_by` (what
/// the user asked for) when it cannot be loaded.
const Libzip& libzip(std::string_view needed_by = "import-sheet");

} // namespace secaction::sheet
