#pragma once
// The libraries that only some commands use are opened with dlopen when one of those commands
// first needs them, instead of being linked: every run used to map and relocate them and all they
// pull in (libcrypto, libbz2, libz, libminizip, libmd4c), which was most of what `secaction
// --version` cost beyond the process itself (docs/PERFORMANCE.md, issue 19). Each library has a
// small module beside its one user holding a table of the functions secaction calls
// (report/md4c_library, report/xlsxwriter_library, sheet/libzip_library); the headers still give
// the types and constants. A run that needs a library that is missing stops with one line naming
// the Debian package (exit 4); every other command works without it.
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace secaction {

/// A library opened on first use: its SONAME and the Debian package that installs it.
struct OptionalLibrary {
  std::string_view soname;  // "libzip.so.4"
  std::string_view package; // "libzip4"
};

/// A command needs a library that cannot be loaded (exit 4): "WHAT needs PACKAGE (apt install PACKAGE)",
/// followed by ": SONAME lacks NAME, …" when the library was found but lacks functions.
class MissingLibrary : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Where libraries are looked for: "" (the default) by SONAME through the dynamic loader's search
/// path; otherwise only in `directory`. cmd/main sets it from SECACTION_LIBRARY_PATH_FOR_TESTS so
/// that the tests can make a library missing or broken without touching the system's.
void set_library_directory_for_tests(std::string directory);

/// Opens a library and resolves its functions, all checked at once:
///   LibraryLoader loader(library, "import-sheet");   // throws MissingLibrary when it cannot be opened
///   loader.resolve(table.zip_open, "zip_open");      // for each function
///   loader.finish();                                 // throws MissingLibrary naming every one not found
/// A library that loaded stays loaded for the rest of the process.
class LibraryLoader {
 public:
  LibraryLoader(const OptionalLibrary& library, std::string_view needed_by);
  ~LibraryLoader();
  LibraryLoader(const LibraryLoader&) = delete;
  LibraryLoader& operator=(const LibraryLoader&) = delete;

  template <class Function>
  void resolve(Function*& slot, const char* name) {
    // POSIX guarantees that dlsym's object pointer converts to the function's pointer.
    slot = reinterpret_cast<Function*>(address(name)); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast)
  }
  void finish();

 private:
  void* address(const char* name);
  OptionalLibrary m_library;
  std::string m_needed_by;
  void* m_handle = nullptr;
  std::vector<std::string> m_missing;
};

/// The message of MissingLibrary for a library that cannot be opened.
std::string missing_library_message(std::string_view needed_by, const OptionalLibrary& library);

} // namespace secaction
