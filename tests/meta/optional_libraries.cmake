# libzip, libxlsxwriter and md4c-html are opened on first use (core/shared_library), not linked:
#  1. the binary does not have them (nor nettle, also opened on first use) as DT_NEEDED, so a run that needs none of them never loads them;
#  2. a library that is present but lacks the functions secaction calls (a stand-in built by the
#     tests, copied under each SONAME into a directory of ours, which SECACTION_LIBRARY_PATH_FOR_TESTS
#     points at) stops the command that needs it with one line naming the package and every
#     missing function, exit 4, and nothing written. (A missing one: the golden cases */library-missing*.)
#  3. import-sheet needs nettle too: with the system's libzip beside a stand-in nettle, it names nettle.
#   cmake -DROOT=dir -DSECACTION=binary -DREADELF=readelf -DSTAND_IN=library.so -DREAL_LIBZIP=path -DWORK_DIR=dir
#         -P optional_libraries.cmake
cmake_minimum_required(VERSION 3.25)
set(failures "")

execute_process(COMMAND "${READELF}" -d "${SECACTION}" OUTPUT_VARIABLE dynamic RESULT_VARIABLE code)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "${READELF} -d ${SECACTION} failed (${code})")
endif()
foreach(soname libzip.so libxlsxwriter.so libmd4c-html.so libmd4c.so libminizip.so libcrypto.so libbz2.so libnettle.so)
  string(FIND "${dynamic}" "[${soname}" at)
  if(NOT at EQUAL -1)
    string(APPEND failures "the binary still needs ${soname} at start-up (readelf -d)\n")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/libraries")
foreach(soname libzip.so.4 libxlsxwriter.so.4 libmd4c-html.so.0 libnettle.so.8)
  file(COPY_FILE "${STAND_IN}" "${WORK_DIR}/libraries/${soname}")
endforeach()
set(ENV{SECACTION_LIBRARY_PATH_FOR_TESTS} "${WORK_DIR}/libraries")
unset(ENV{LANG})
unset(ENV{LC_ALL})
unset(ENV{SECACTION_CONTENT})
unset(ENV{SECACTION_PACKS})

# check(NAME EXPECTED_STDERR ABSENT_OUTPUT ARGS...): runs secaction ARGS in WORK_DIR/NAME.
function(check name expected absent)
  file(MAKE_DIRECTORY "${WORK_DIR}/${name}")
  execute_process(COMMAND "${SECACTION}" --lang en ${ARGN} WORKING_DIRECTORY "${WORK_DIR}/${name}"
                  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL 4 OR NOT err STREQUAL "${expected}\n")
    string(APPEND failures "${name}: expected exit 4 and\n  ${expected}\ngot exit ${code} and\n  ${err}\n")
  endif()
  if(EXISTS "${WORK_DIR}/${name}/${absent}")
    string(APPEND failures "${name}: wrote ${absent} although its library is broken\n")
  endif()
  set(failures "${failures}" PARENT_SCOPE)
endfunction()

check(xlsx "secaction: --format xlsx needs libxlsxwriter4 (apt install libxlsxwriter4): libxlsxwriter.so.4 lacks lxw_strerror, workbook_new_opt, workbook_set_properties, workbook_add_worksheet, workbook_add_format, workbook_close, worksheet_write_string, worksheet_write_number, worksheet_write_datetime, worksheet_freeze_panes, worksheet_autofilter, worksheet_set_column, worksheet_conditional_format_range, format_set_bold, format_set_font_size, format_set_bg_color, format_set_bottom, format_set_text_wrap, format_set_align, format_set_num_format"
      report.xlsx diagnose "${ROOT}/examples/self-diagnosis.yaml" -o report.xlsx)
check(html "secaction: --format html needs libmd4c-html0 (apt install libmd4c-html0): libmd4c-html.so.0 lacks md_html"
      drafts policy "${ROOT}/tests/fixtures/policy/profile.yaml" --out-dir drafts --level 3 -f html)
check(zip "secaction: import-sheet needs libzip4 (apt install libzip4): libzip.so.4 lacks zip_error_init, zip_error_fini, zip_error_strerror, zip_source_buffer_create, zip_source_free, zip_open_from_source, zip_discard, zip_strerror, zip_get_num_entries, zip_stat_init, zip_stat_index, zip_fopen_index, zip_fread, zip_fclose, zip_file_strerror"
      special.yaml import-sheet "${ROOT}/tests/fixtures/sheets/special.xlsx" --map "${ROOT}/tests/fixtures/sheets/simple.map.yaml" -o special.yaml)

file(COPY_FILE "${REAL_LIBZIP}" "${WORK_DIR}/libraries/libzip.so.4")
check(nettle "secaction: import-sheet needs libnettle8 (apt install libnettle8): libnettle.so.8 lacks nettle_sha256_init, nettle_sha256_update, nettle_sha256_digest"
      special.yaml import-sheet "${ROOT}/tests/fixtures/sheets/special.xlsx" --map "${ROOT}/tests/fixtures/sheets/simple.map.yaml" -o special.yaml)

# The same binary without the stand-ins still loads the real libraries by SONAME.
unset(ENV{SECACTION_LIBRARY_PATH_FOR_TESTS})
file(MAKE_DIRECTORY "${WORK_DIR}/real")
execute_process(COMMAND "${SECACTION}" --lang en diagnose "${ROOT}/examples/self-diagnosis.yaml" -o report.xlsx
                WORKING_DIRECTORY "${WORK_DIR}/real" RESULT_VARIABLE code ERROR_VARIABLE err)
if(NOT code EQUAL 0 OR NOT EXISTS "${WORK_DIR}/real/report.xlsx")
  string(APPEND failures "with the system's libxlsxwriter: exit ${code}: ${err}\n")
endif()

if(failures)
  message(FATAL_ERROR "${failures}")
endif()
