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
# by lib/secaction/sheet/xlsx_reader.cpp), nettle for the workbook's SHA-256 (sheet/sha256.cpp).
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
