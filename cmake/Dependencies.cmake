# Every dependency comes from Debian 12 packages (see scripts/install-deps).
find_package(CLI11 2.1 CONFIG REQUIRED)
find_package(yaml-cpp 0.7 CONFIG REQUIRED)
find_package(fmt 9 CONFIG REQUIRED)
find_package(spdlog 1.10 CONFIG REQUIRED)
find_package(nlohmann_json 3.11 CONFIG REQUIRED)
find_package(valijson CONFIG REQUIRED)
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED) # batch runs score inputs on worker threads
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
# secaction import-sheet reads .xlsx workbooks: libzip for the zip, expat for the XML (both used only
# by lib/secaction/sheet/xlsx_reader.cpp), nettle for the workbook's SHA-256 (sheet/sha256.cpp;
# opened with dlopen, as libzip is: see below).
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip>=1.7)
pkg_check_modules(EXPAT REQUIRED IMPORTED_TARGET expat>=2.5)
pkg_check_modules(NETTLE REQUIRED IMPORTED_TARGET nettle)
find_path(KAINJOW_MUSTACHE_INCLUDE_DIR kainjow/mustache.hpp REQUIRED)
# Client deliverables (issue 18): Excel workbooks (--format xlsx) and the policy drafts' HTML (Markdown -> HTML).
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter>=1.1)
pkg_check_modules(MD4C_HTML REQUIRED IMPORTED_TARGET md4c-html>=0.4)
if(SECACTION_BUILD_TESTS)
  find_package(doctest 2.4 CONFIG REQUIRED)
endif()

# How secaction links its libraries: secaction_dep_* below name them for lib/ and cmd/.
# SECACTION_STATIC links in whatever Debian ships as a static library (yaml-cpp, utf8proc, expat;
# fmt's and spdlog's compiled parts from lib/deps/; libstdc++ and libgcc), which makes the program start sooner:
# dynamic loading and relocation were most of `secaction --version` (docs/PERFORMANCE.md, issue 19).
# glibc stays shared. libzip, libxlsxwriter and md4c-html (no static library in Debian 12) and nettle
# (whose constructor detects CPU features with cpuid, slow in a virtual machine, in every process)
# are not linked at all, in every preset: secaction opens them with dlopen when a command first
# needs one (lib/secaction/core/shared_library.hpp), so only their headers are used here. The package still
# depends on them (CPACK_DEBIAN_PACKAGE_DEPENDS: shlibdeps cannot see them).
option(SECACTION_STATIC "Link yaml-cpp, utf8proc, expat, fmt, spdlog, libstdc++ and libgcc statically" OFF)
add_library(secaction_dep_fmt INTERFACE)
add_library(secaction_dep_spdlog INTERFACE)
add_library(secaction_dep_yaml_cpp INTERFACE)
add_library(secaction_dep_utf8proc INTERFACE)
add_library(secaction_dep_expat INTERFACE)
add_library(secaction_dep_nettle INTERFACE)
add_library(secaction_dep_libzip INTERFACE)
add_library(secaction_dep_xlsxwriter INTERFACE)
add_library(secaction_dep_md4c_html INTERFACE)
# Headers only; dlopen is in glibc's libc since 2.34 (Debian 12: 2.36), so no -ldl either.
target_include_directories(secaction_dep_libzip SYSTEM INTERFACE $<TARGET_PROPERTY:PkgConfig::LIBZIP,INTERFACE_INCLUDE_DIRECTORIES>)
target_include_directories(secaction_dep_xlsxwriter SYSTEM INTERFACE
                           $<TARGET_PROPERTY:PkgConfig::XLSXWRITER,INTERFACE_INCLUDE_DIRECTORIES>)
target_include_directories(secaction_dep_md4c_html SYSTEM INTERFACE
                           $<TARGET_PROPERTY:PkgConfig::MD4C_HTML,INTERFACE_INCLUDE_DIRECTORIES>)
target_include_directories(secaction_dep_nettle SYSTEM INTERFACE $<TARGET_PROPERTY:PkgConfig::NETTLE,INTERFACE_INCLUDE_DIRECTORIES>)
if(SECACTION_STATIC)
  foreach(name yaml-cpp utf8proc expat)
    string(MAKE_C_IDENTIFIER "${name}" id)
    find_library(SECACTION_STATIC_${id} NAMES lib${name}.a REQUIRED)
  endforeach()
  # fmt and spdlog have no static library in Debian (and no sources): their non-inline parts are
  # compiled once here (lib/deps/), not header-only in every file, which cost 3.6 s (fmt) and
  # 4.6 s (spdlog) of CPU per file at -O3 (docs/PERFORMANCE.md "Build and CI cost").
  add_library(secaction_fmt_compiled STATIC "${PROJECT_SOURCE_DIR}/lib/deps/fmt.cpp")
  target_include_directories(secaction_fmt_compiled SYSTEM PUBLIC $<TARGET_PROPERTY:fmt::fmt,INTERFACE_INCLUDE_DIRECTORIES>)
  target_link_libraries(secaction_dep_fmt INTERFACE secaction_fmt_compiled)
  add_library(secaction_spdlog_compiled STATIC "${PROJECT_SOURCE_DIR}/lib/deps/spdlog.cpp")
  target_compile_definitions(secaction_spdlog_compiled PUBLIC SPDLOG_COMPILED_LIB SPDLOG_FMT_EXTERNAL)
  target_include_directories(secaction_spdlog_compiled SYSTEM PUBLIC $<TARGET_PROPERTY:spdlog::spdlog,INTERFACE_INCLUDE_DIRECTORIES>)
  target_link_libraries(secaction_spdlog_compiled PUBLIC secaction_fmt_compiled Threads::Threads)
  target_link_libraries(secaction_dep_spdlog INTERFACE secaction_spdlog_compiled)
  target_include_directories(secaction_dep_yaml_cpp SYSTEM INTERFACE $<TARGET_PROPERTY:yaml-cpp,INTERFACE_INCLUDE_DIRECTORIES>)
  target_link_libraries(secaction_dep_yaml_cpp INTERFACE ${SECACTION_STATIC_yaml_cpp})
  target_include_directories(secaction_dep_utf8proc SYSTEM INTERFACE ${UTF8PROC_INCLUDE_DIRS})
  target_link_libraries(secaction_dep_utf8proc INTERFACE ${SECACTION_STATIC_utf8proc})
  target_include_directories(secaction_dep_expat SYSTEM INTERFACE ${EXPAT_INCLUDE_DIRS})
  target_link_libraries(secaction_dep_expat INTERFACE ${SECACTION_STATIC_expat})
else()
  target_link_libraries(secaction_dep_fmt INTERFACE fmt::fmt)
  target_link_libraries(secaction_dep_spdlog INTERFACE spdlog::spdlog)
  target_link_libraries(secaction_dep_yaml_cpp INTERFACE yaml-cpp)
  target_link_libraries(secaction_dep_utf8proc INTERFACE PkgConfig::UTF8PROC)
  target_link_libraries(secaction_dep_expat INTERFACE PkgConfig::EXPAT)
endif()
