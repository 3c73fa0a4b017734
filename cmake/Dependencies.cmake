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
find_path(KAINJOW_MUSTACHE_INCLUDE_DIR kainjow/mustache.hpp REQUIRED)
# Client deliverables (issue 18): Excel workbooks (--format xlsx) and the policy drafts' HTML (Markdown -> HTML).
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter>=1.1)
pkg_check_modules(MD4C_HTML REQUIRED IMPORTED_TARGET md4c-html>=0.4)
if(SECACTION_BUILD_TESTS)
  find_package(doctest 2.4 CONFIG REQUIRED)
endif()
