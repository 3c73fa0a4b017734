#include <cstdlib>
#include <iostream>
#include <string_view>

#include <unistd.h>

#include "cli.hpp"
#include "secaction/core/shared_library.hpp"
#include "secaction/io/cleanup.hpp"

int main(int argc, char** argv) {
  // First, before any thread starts: SIGINT, SIGTERM and SIGHUP remove temporary files. Not for
  // `secaction --version` alone (cli::run answers it first; it writes no file): the thread that
  // waits for those signals was a measurable part of its start-up (docs/PERFORMANCE.md, issue 19).
  if (argc != 2 || std::string_view(argv[1]) != "--version") secaction::io::install_signal_cleanup();
  // For the tests only: look for the libraries opened on first use (libzip, libxlsxwriter,
  // md4c-html) in this directory alone, so a test can make one missing or broken.
  if (const char* directory = std::getenv("SECACTION_LIBRARY_PATH_FOR_TESTS"))
    secaction::set_library_directory_for_tests(directory);
  return secaction::cli::run(argc, argv, {std::cin, std::cout, std::cerr, isatty(STDERR_FILENO) != 0});
}
