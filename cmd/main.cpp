#include <iostream>

#include <unistd.h>

#include "cli.hpp"

int main(int argc, char** argv) {
  return secaction::cli::run(argc, argv, {std::cin, std::cout, std::cerr, isatty(STDERR_FILENO) != 0});
}
