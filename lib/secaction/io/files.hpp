#pragma once
// Reading inputs with a size limit, and writing outputs so that nothing is ever half-written,
// overwritten by accident, or written through a link or onto a device by mistake.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace secaction::io {

/// Inputs larger than this are refused (a hand-written answer file is a few KB).
inline constexpr std::size_t k_max_input_bytes = 16U * 1024U * 1024U;

/// Reads a whole regular file. The file is opened without blocking (a FIFO named as an input
/// cannot hang the run) and anything that is not a regular file (a directory, FIFO, device,
/// socket) is refused: IoError for those and for a missing or unreadable file, InputError when it
/// is larger than `max_bytes`.
std::string read_file(const std::filesystem::path& path, std::size_t max_bytes = k_max_input_bytes);

enum class Overwrite { refuse, allow };

/// Whether the data reaches the disk before the rename. A batch writing thousands of reports skips
/// it (an fsync per file would dominate the run); a crash can then leave an empty report, never a
/// half-written one under its final name.
enum class Sync { yes, no };

/// Throws IoError ("already exists; use --force to overwrite it") when `path` exists (a dangling
/// symbolic link counts: something is there).
void refuse_existing(const std::filesystem::path& path);

/// Creates an output directory and the directories above it (--out-dir). Throws IoError naming
/// the directory that cannot be created, or that exists as something other than a directory.
void create_output_directory(const std::filesystem::path& dir);

/// Creates the directories above an output file named with -o that do not exist yet, as --out-dir
/// creates its directory. Throws IoError naming the directory that cannot be created.
void create_parent_directories(const std::string& path);

/// Where an output named `path` goes.
struct OutputTarget {
  std::string path;     // as given, for messages
  std::string file;     // the regular file to create or replace (a symbolic link's target); empty for a stream
  bool exists = false;  // `file` exists now
  bool stream = false;  // a character device, FIFO or descriptor (/dev/null, /dev/stdout): written directly
  int descriptor = -1;  // stream only: /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N name an open descriptor
};

/// Looks at `path` before anything is written: a missing directory, a directory, a block device,
/// a dangling symbolic link and (with Overwrite::refuse) an existing file are IoErrors. A
/// character device or FIFO is a stream: it is written directly, never replaced, and needs no
/// --force. A symbolic link to a file is followed (the link stays, its target is replaced).
OutputTarget resolve_output(const std::string& path, Overwrite overwrite);

/// True when `path` names a stream (see OutputTarget): no companion files go beside it.
bool is_stream_target(const std::string& path);

/// A temporary file just created, open for writing.
struct TempFile {
  std::string path;
  int fd = -1;
};

/// Creates a new, empty temporary file in `dir`, hidden (its name starts with a dot, so batch
/// inputs and directory listings skip it), named after `hint` (cut so the name fits NAME_MAX) and
/// ten random characters, opened with O_CREAT|O_EXCL|O_NOFOLLOW (a planted file or link makes it
/// try another name; it is never written through). Every temporary file of secaction is created
/// here (a batch's --out-dir: io::BatchDirectory, the same way, one random token per run) and registered for removal on SIGINT/SIGTERM/SIGHUP (io/cleanup). Throws IoError naming
/// `reported_as` (the file the caller is writing) when it cannot.
TempFile create_temp_file(const std::filesystem::path& dir, std::string_view hint, const std::string& reported_as);

/// Ten characters a-z0-9 from the kernel's random source (getrandom), for names nobody can plant a
/// link at in advance.
std::string random_characters();

/// `hint` cut to at most `max_bytes` at a UTF-8 character boundary (for names that must fit NAME_MAX).
std::string_view cut_hint(std::string_view hint, std::size_t max_bytes);

/// Removes a temporary file (and forgets it).
void remove_temp_file(const std::string& path) noexcept;

/// Writes all of `content` to `fd` (retrying short writes). Throws IoError naming `reported_as`.
void write_all(int fd, std::string_view content, const std::string& reported_as);

/// Moves staged temporary files to their names, all or nothing. Call with io::hold_commits()
/// held. With Overwrite::refuse each move is atomic and fails when the name exists (rename with
/// RENAME_NOREPLACE, or link() and unlink() where the file system lacks it), so of several runs
/// writing one name exactly one wins. With Overwrite::allow an existing file is kept under a
/// temporary name until finish(), so rollback() can put it back.
class Installation {
public:
  explicit Installation(Overwrite overwrite) : m_overwrite(overwrite) {}
  ~Installation(); // finish()
  Installation(const Installation&) = delete;
  Installation& operator=(const Installation&) = delete;

  /// Renames `temp` to `target` (`reported_as` names it in messages). Throws IoError; the temporary
  /// file is then still there (the caller removes it).
  void install(const std::string& temp, const std::string& target, const std::string& reported_as);
  /// Undoes every install(): new files are removed, replaced ones are put back.
  void rollback() noexcept;
  /// Keeps what was installed; removes the files that were replaced.
  void finish() noexcept;

private:
  struct Done {
    std::string target;
    std::string backup; // the file replaced, kept until finish(); empty when there was none
  };
  Overwrite m_overwrite;
  std::vector<Done> m_done;
};

/// Writes `content` to a temporary file beside `path`, flushes it, then renames it over `path`,
/// so readers see either the old file or the whole new one. With Overwrite::refuse an existing
/// file is left alone and IoError says to use --force. A stream (see resolve_output) is written
/// directly.
void write_file_atomically(const std::filesystem::path& path, std::string_view content, Overwrite overwrite,
                           Sync sync = Sync::yes);

/// A file written piece by piece into a temporary file beside `path` and renamed over it by
/// commit(); destroyed without commit(), it removes the temporary file, so a failed run leaves
/// nothing behind. Refuses an existing `path` at construction unless Overwrite::allow. A stream
/// target is written directly, piece by piece.
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
  OutputTarget m_target;
  Overwrite m_overwrite;
  std::string m_temp;
  int m_fd = -1;
  bool m_owns_fd = true;
};

} // namespace secaction::io
