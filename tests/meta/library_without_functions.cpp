// A shared library with none of the functions secaction looks up: copied under the name of
// libzip, libxlsxwriter or md4c-html, it stands for a broken or wrong installed library
// (tests/meta/optional_libraries.cmake).
extern "C" int secaction_test_library_without_functions() { return 0; }
