#pragma once
// Shared helpers for unit tests: the embedded content library, loaded once.
#include "secaction/content/library.hpp"
#include "secaction/content/source.hpp"

namespace secaction::test {

inline content::Library& embedded_library() {
  static content::Library library(content::embedded_content());
  return library;
}

} // namespace secaction::test
