#pragma once
// Reading inputs with a size limit, and writing outputs so that nothing is ever half-written.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace secaction::io {

/// Inputs larger than this are refused (a hand-written answer file is a few KB).
inline constexpr std::size_t k_max_input_bytes = 16U * 1024U * 1024U;

/// Reads a whole file. Throws IoError for a missing, unreadable or non-regular file, and
/// InputError when it is larger than `max_bytes`.
std::string read_file(const std::filesystem::path& path, std::size_t max_bytes = k_max_input_bytes);

enum class Overwrite { refuse, allow };

/// Throws IoError ("already exists; use --force to overwrite it") when `path` exists.
void refuse_existing(const std::filesystem::path& path);

/// A temporary file just created, open for writing.
struct TempFile {
  std::string path;
  int fd = -1;
};

/// Creates a new, empty temporary file in `dir`, hidden (its name starts with a dot, so batch
/// inputs and directory listings skip it) and named after `hint`. Every temporary file of
/// secaction is created here. Throws IoError naming `reported_as` (the file the caller is
/// writing) when it cannot.
TempFile create_temp_file(const std::filesystem::path& dir, std::string_view hint, const std::string& reported_as);

/// Writes all of `content` to `fd` (retrying short writes). Throws IoError naming `reported_as`.
void write_all(int fd, std::string_view content, const std::string& reported_as);

/// Whether the data reaches the disk before the rename. A batch writing thousands of reports skips
/// it (an fsync per file would dominate the run); a crash can then leave an empty report, never a
/// half-written one under its final name.
enum class Sync { yes, no };

/// Writes `content` to a temporary file beside `path`, flushes it, then renames it over `path`,
/// so readers see either the old file or the whole new one. With Overwrite::refuse an existing
/// file is left alone and IoError says to use --force.
void write_file_atomically(const std::filesystem::path& path, std::string_view content, Overwrite overwrite,
                           Sync sync = Sync::yes);

/// A file written piece by piece into a temporary file beside `path` and renamed over it by
/// commit(); destroyed without commit(), it removes the temporary file, so a failed run leaves
/// nothing behind. Refuses an existing `path` at construction unless Overwrite::allow.
class AtomicFileWriter {
public:
  AtomicFileWriter(std::filesystem::path path, Overwrite overwrite);
  ~AtomicFileWriter();
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  void append(std::string_view content);
  void commit(Sync sync = Sync::yes);
  /// The temporary file, for a library that writes by file name (libxlsxwriter); commit() renames it.
  [[nodiscard]] const std::string& temp_path() const { return m_temp; }

 private:
  std::filesystem::path m_path;
  std::string m_temp;
  int m_fd = -1;
};

} // namespace secaction::io
