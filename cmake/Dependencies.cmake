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
if(SECACTION_BUILD_TESTS)
  find_package(doctest 2.4 CONFIG REQUIRED)
endif()
