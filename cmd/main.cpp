#include <iostream>

#include <unistd.h>

#include "cli.hpp"
#include "secaction/io/cleanup.hpp"

int main(int argc, char** argv) {
  // First, before any thread starts: SIGINT, SIGTERM and SIGHUP remove temporary files.
  secaction::io::install_signal_cleanup();
  return secaction::cli::run(argc, argv, {std::cin, std::cout, std::cerr, isatty(STDERR_FILENO) != 0});
}
