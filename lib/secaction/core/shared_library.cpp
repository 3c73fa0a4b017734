#include "secaction/core/shared_library.hpp"

#include <dlfcn.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace secaction {
namespace {

std::string& library_directory() {
  static std::string directory;
  return directory;
}

} // namespace

void set_library_directory_for_tests(std::string directory) { library_directory() = std::move(directory); }

std::string missing_library_message(std::string_view needed_by, const OptionalLibrary& library) {
  return fmt::format("{} needs {} (apt install {})", needed_by, library.package, library.package);
}

LibraryLoader::LibraryLoader(const OptionalLibrary& library, std::string_view needed_by)
    : m_library(library), m_needed_by(needed_by) {
  const std::string& directory = library_directory();
  const std::string path = directory.empty() ? std::string(library.soname) : fmt::format("{}/{}", directory, library.soname);
  // RTLD_LOCAL: the library's symbols serve only the calls made through its table.
  m_handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (m_handle == nullptr) throw MissingLibrary(missing_library_message(m_needed_by, m_library));
}

LibraryLoader::~LibraryLoader() {
  // Loaded libraries stay for the process (their functions are in a table); a failed one goes.
  if (m_handle != nullptr && !m_missing.empty()) ::dlclose(m_handle);
}

void* LibraryLoader::address(const char* name) {
  void* found = ::dlsym(m_handle, name);
  if (found == nullptr) m_missing.emplace_back(name);
  return found;
}

void LibraryLoader::finish() {
  if (m_missing.empty()) return;
  throw MissingLibrary(fmt::format("{}: {} lacks {}", missing_library_message(m_needed_by, m_library), m_library.soname,
                                   fmt::join(m_missing, ", ")));
}

} // namespace secaction
