#pragma once
// libxlsxwriter, opened on first use (core/shared_library): only Excel workbooks (--format xlsx and
// a batch's --summary FILE.xlsx) need it. report/xlsx_book and report/portfolio call it through
// this table; the header still gives the types and constants.
#include <string_view>

#include <xlsxwriter.h>

// Every libxlsxwriter function secaction calls: the table's members, resolved all at once.
#define SECACTION_XLSXWRITER_FUNCTIONS(X)                                                                                        \
  X(lxw_strerror)                                                                                                                \
  X(workbook_new_opt)                                                                                                            \
  X(workbook_set_properties)                                                                                                     \
  X(workbook_add_worksheet)                                                                                                      \
  X(workbook_add_format)                                                                                                         \
  X(workbook_close)                                                                                                              \
  X(worksheet_write_string)                                                                                                      \
  X(worksheet_write_number)                                                                                                      \
  X(worksheet_write_datetime)                                                                                                    \
  X(worksheet_freeze_panes)                                                                                                      \
  X(worksheet_autofilter)                                                                                                        \
  X(worksheet_set_column)                                                                                                        \
  X(worksheet_conditional_format_range)                                                                                          \
  X(format_set_bold)                                                                                                             \
  X(format_set_font_size)                                                                                                        \
  X(format_set_bg_color)                                                                                                         \
  X(format_set_bottom)                                                                                                           \
  X(format_set_text_wrap)                                                                                                        \
  X(format_set_align)                                                                                                            \
  X(format_set_num_format)

namespace secaction::report {

struct Xlsxwriter {
#define SECACTION_XLSXWRITER_SLOT(name) decltype(&::name) name = nullptr;
  SECACTION_XLSXWRITER_FUNCTIONS(SECACTION_XLSXWRITER_SLOT)
#undef SECACTION_XLSXWRITER_SLOT
};

/// The table, loading libxlsxwriter.so.4 the first time. Throws MissingLibrary naming `needed_by`
/// (what the user asked for, e.g. "--format xlsx") when it cannot be loaded.
const Xlsxwriter& xlsxwriter(std::string_view needed_by = "Excel workbooks (--format xlsx, --summary FILE.xlsx)");

} // namespace secaction::report
