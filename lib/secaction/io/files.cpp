#include "secaction/io/files.hpp"

#include <array>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <system_error>

#include <fcntl.h>
#include <stdio.h> // renameat2
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "secaction/core/error.hpp"
#include "secaction/io/cleanup.hpp"

namespace secaction::io {
namespace {

std::string describe_errno(int error) { return std::strerror(error); }

// Closes a descriptor on every path out of a scope.
class Descriptor {
public:
  explicit Descriptor(int fd) : m_fd(fd) {}
  ~Descriptor() {
    if (m_fd >= 0) ::close(m_fd);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  [[nodiscard]] int get() const { return m_fd; }

private:
  int m_fd;
};

// What a file that is not a regular file is, for messages.
std::string kind_of(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISLNK(mode)) return "a symbolic link";
  return "not a regular file";
}

InputError too_large(const std::string& name, std::string message) {
  Diagnostics diagnostics;
  diagnostics.error({name, 0, 0}, std::move(message));
  return InputError(std::move(diagnostics));
}

// /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N name a descriptor of this process:
// written to directly, whatever it is open on (a terminal, a pipe, a socket, a file).
std::optional<int> descriptor_name(std::string_view path) {
  if (path == "/dev/stdin") return 0;
  if (path == "/dev/stdout") return 1;
  if (path == "/dev/stderr") return 2;
  for (const std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    if (path.substr(0, prefix.size()) != prefix) continue;
    const std::string_view digits = path.substr(prefix.size());
    if (digits.empty() || digits.size() > 6 || digits.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
    return std::stoi(std::string(digits));
  }
  return std::nullopt;
}

std::filesystem::path directory_of(const std::filesystem::path& file) {
  return file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
}

void check_directory(const std::string& path) {
  const std::string dir = directory_of(path).string();
  struct stat info {};
  if (::stat(dir.c_str(), &info) != 0) {
    if (errno == ENOENT) throw IoError(path, fmt::format("cannot write: the directory {} does not exist; create it first", dir));
    throw IoError(path, fmt::format("cannot write: {}: {}", dir, describe_errno(errno)));
  }
  if (!S_ISDIR(info.st_mode)) throw IoError(path, fmt::format("cannot write: {} is not a directory", dir));
}

} // namespace

// Ten characters from the kernel's random source: names nobody can plant a link at in advance.
std::string random_characters() {
  static constexpr std::string_view k_alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::array<unsigned char, 10> bytes{};
  std::size_t got = 0;
  while (got < bytes.size()) {
    const ssize_t n = ::getrandom(bytes.data() + got, bytes.size() - got, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw IoError("getrandom", describe_errno(errno));
    }
    got += static_cast<std::size_t>(n);
  }
  std::string suffix;
  for (const unsigned char byte : bytes) suffix += k_alphabet[byte % k_alphabet.size()];
  return suffix;
}

std::string_view cut_hint(std::string_view hint, std::size_t max_bytes) {
  if (hint.size() <= max_bytes) return hint;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(hint[end]) & 0xC0) == 0x80) --end;
  return hint.substr(0, end);
}

namespace {

// The name of a hidden file beside `target` that does not exist yet: "." + name + tag + random.
std::string hidden_name(const std::filesystem::path& dir, std::string_view hint, std::string_view tag) {
  // NAME_MAX counts bytes: "." + hint + tag + 10 random characters must fit.
  const std::size_t room = NAME_MAX - 1 - tag.size() - 10;
  return (dir / fmt::format(".{}{}{}", cut_hint(hint, room), tag, random_characters())).string();
}

// Renames `from` to `to` unless `to` exists, atomically: rename(2) with RENAME_NOREPLACE, or
// where the file system does not support it, link(2) (which never replaces) and unlink(2).
int rename_no_replace(const std::string& from, const std::string& to) {
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return 0;
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) return -1;
  if (::link(from.c_str(), to.c_str()) != 0) return -1;
  ::unlink(from.c_str());
  return 0;
}

} // namespace

std::string read_file(const std::filesystem::path& path, std::size_t max_bytes) {
  const std::string name = path.string();
  // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused below).
  const Descriptor fd(::open(name.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (fd.get() < 0) throw IoError(name, fmt::format("cannot read: {}", describe_errno(errno)));
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) throw IoError(name, fmt::format("cannot read: {}", describe_errno(errno)));
  if (S_ISDIR(info.st_mode)) throw IoError(name, "is a directory, expected a file");
  if (!S_ISREG(info.st_mode)) {
    throw IoError(name, fmt::format("is {}, not a regular file; give a file (or - to read standard input)", kind_of(info.st_mode)));
  }
  if (static_cast<std::size_t>(info.st_size) > max_bytes) {
    throw too_large(name, fmt::format("file is {} bytes; the limit is {} bytes ({} MiB)", info.st_size, max_bytes,
                                      max_bytes / (1024 * 1024)));
  }
  // Read straight into the result, sized for the whole file and one byte more (so that the end is
  // seen in one read), never beyond one byte over the limit. A zeroed 64 KiB buffer per file, as
  // before, cost more than reading a small answer file.
  std::string content(std::min(static_cast<std::size_t>(info.st_size), max_bytes) + 1, '\0');
  std::size_t used = 0;
  while (true) {
    if (used == content.size()) content.resize(std::min(content.size() * 2, max_bytes + 1)); // it grew while read
    const ssize_t n = ::read(fd.get(), content.data() + used, content.size() - used);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      throw IoError(name, fmt::format("read error: {}", describe_errno(errno)));
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
    if (used > max_bytes) {
      throw too_large(name, fmt::format("input is larger than the limit of {} bytes", max_bytes)); // it grew while read
    }
  }
  content.resize(used);
  return content;
}

void refuse_existing(const std::filesystem::path& path) {
  struct stat info {};
  if (::lstat(path.c_str(), &info) == 0) throw IoError(path.string(), "already exists; use --force to overwrite it");
}

void create_output_directory(const std::filesystem::path& dir) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error || !std::filesystem::is_directory(dir, error)) {
    throw IoError(dir.string(), "cannot create the output directory" + (error ? ": " + error.message() : std::string()));
  }
}

void create_parent_directories(const std::string& path) {
  const auto parent = std::filesystem::path(path).parent_path();
  if (parent.empty() || is_stream_target(path)) return;
  create_output_directory(parent);
}

OutputTarget resolve_output(const std::string& path, Overwrite overwrite) {
  OutputTarget target;
  target.path = path;
  if (const auto descriptor = descriptor_name(path)) {
    if (::fcntl(*descriptor, F_GETFL) < 0) throw IoError(path, fmt::format("cannot write: descriptor {} is not open", *descriptor));
    target.stream = true;
    target.descriptor = *descriptor;
    return target;
  }
  struct stat info {};
  if (::lstat(path.c_str(), &info) != 0) {
    if (errno != ENOENT) throw IoError(path, fmt::format("cannot write: {}", describe_errno(errno)));
    check_directory(path);
    target.file = path;
    return target;
  }
  std::string resolved = path;
  if (S_ISLNK(info.st_mode)) {
    if (::stat(path.c_str(), &info) != 0) {
      if (errno == ENOENT) throw IoError(path, "is a symbolic link to a file that does not exist; remove the link or write elsewhere");
      throw IoError(path, fmt::format("cannot write: {}", describe_errno(errno)));
    }
    char* real = ::realpath(path.c_str(), nullptr);
    if (real == nullptr) throw IoError(path, fmt::format("cannot write: {}", describe_errno(errno)));
    resolved = real;
    std::free(real); // NOLINT(cppcoreguidelines-no-malloc): realpath allocates with malloc
  }
  if (S_ISDIR(info.st_mode)) throw IoError(path, "is a directory, expected a file name");
  if (S_ISBLK(info.st_mode)) throw IoError(path, "is a block device (a disk); refusing to write a report onto it");
  if (!S_ISREG(info.st_mode)) {
    target.stream = true; // a character device, FIFO or socket: written as it is, never replaced
    target.path = resolved;
    return target;
  }
  if (overwrite == Overwrite::refuse) throw IoError(path, "already exists; use --force to overwrite it");
  target.file = resolved;
  target.exists = true;
  return target;
}

bool is_stream_target(const std::string& path) {
  if (descriptor_name(path)) return true;
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode) && !S_ISBLK(info.st_mode);
}

TempFile create_temp_file(const std::filesystem::path& dir, std::string_view hint, const std::string& reported_as) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    TempFile temp;
    temp.path = hidden_name(dir, hint, ".tmp-");
    int error = 0;
    create_temporary(temp.path, [&] {
      temp.fd = ::open(temp.path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666); // read back by portfolios
      error = errno;
      return temp.fd >= 0;
    });
    if (temp.fd >= 0) return temp;
    if (error != EEXIST) throw IoError(reported_as, fmt::format("cannot create: {}", describe_errno(error)));
  }
  throw IoError(reported_as, "cannot create a temporary file: every name tried exists");
}

void remove_temp_file(const std::string& path) noexcept {
  ::unlink(path.c_str());
  forget_temporary(path);
}

void write_all(int fd, std::string_view content, const std::string& reported_as) {
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw IoError(reported_as, fmt::format("cannot write: {}", describe_errno(errno)));
    }
    written += static_cast<std::size_t>(n);
  }
}

Installation::~Installation() { finish(); }

void Installation::install(const std::string& temp, const std::string& target, const std::string& reported_as) {
  if (m_overwrite == Overwrite::refuse) {
    if (rename_no_replace(temp, target) != 0) {
      if (errno == EEXIST) throw IoError(reported_as, "already exists; use --force to overwrite it");
      throw IoError(reported_as, fmt::format("cannot write: {}", describe_errno(errno)));
    }
    forget_temporary(temp);
    m_done.push_back({target, ""});
    return;
  }
  // Keep the file being replaced under a hidden name (a hard link), so rollback() can restore it.
  std::string backup;
  struct stat info {};
  const bool exists = ::lstat(target.c_str(), &info) == 0;
  if (exists && !S_ISREG(info.st_mode) && !S_ISLNK(info.st_mode)) {
    // A device, FIFO or directory under a report's name is not replaced by a plain file.
    throw IoError(reported_as, fmt::format("is {}; refusing to replace it with a file", S_ISDIR(info.st_mode) ? "a directory" : kind_of(info.st_mode)));
  }
  if (exists && S_ISREG(info.st_mode)) {
    const std::filesystem::path target_path(target);
    for (int attempt = 0; attempt < 10 && backup.empty(); ++attempt) {
      const std::string name = hidden_name(directory_of(target_path), target_path.filename().string(), ".old-");
      int error = 0;
      if (create_temporary(name, [&] {
            const bool linked = ::link(target.c_str(), name.c_str()) == 0;
            error = errno;
            return linked;
          })) {
        backup = name;
      } else if (error != EEXIST) {
        break; // no hard links here (e.g. FAT): replaced without a way back
      }
    }
  }
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    const int error = errno;
    if (!backup.empty()) remove_temp_file(backup);
    throw IoError(reported_as, fmt::format("cannot write: {}", describe_errno(error)));
  }
  forget_temporary(temp);
  m_done.push_back({target, backup});
}

void Installation::rollback() noexcept {
  for (auto it = m_done.rbegin(); it != m_done.rend(); ++it) {
    if (!it->backup.empty()) {
      ::rename(it->backup.c_str(), it->target.c_str());
      forget_temporary(it->backup);
    } else {
      ::unlink(it->target.c_str());
    }
  }
  m_done.clear();
}

void Installation::finish() noexcept {
  for (const auto& done : m_done) {
    if (!done.backup.empty()) remove_temp_file(done.backup);
  }
  m_done.clear();
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content, Overwrite overwrite, Sync sync) {
  AtomicFileWriter writer(path, overwrite);
  writer.append(content);
  writer.commit(sync);
}

AtomicFileWriter::AtomicFileWriter(std::filesystem::path path, Overwrite overwrite)
    : m_target(resolve_output(path.string(), overwrite)), m_overwrite(overwrite) {
  if (m_target.stream) {
    if (m_target.descriptor >= 0) {
      m_fd = m_target.descriptor;
      m_owns_fd = false;
      return;
    }
    m_fd = ::open(m_target.path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (m_fd < 0) throw IoError(m_target.path, fmt::format("cannot write: {}", describe_errno(errno)));
    return;
  }
  const std::filesystem::path file(m_target.file);
  TempFile temp = create_temp_file(directory_of(file), file.filename().string(), m_target.path);
  m_temp = std::move(temp.path);
  m_fd = temp.fd;
}

AtomicFileWriter::~AtomicFileWriter() {
  if (m_fd >= 0 && m_owns_fd) ::close(m_fd);
  if (!m_temp.empty()) remove_temp_file(m_temp);
}

void AtomicFileWriter::append(std::string_view content) { write_all(m_fd, content, m_target.path); }

void AtomicFileWriter::commit(Sync sync) {
  if (m_target.stream) {
    if (m_owns_fd && ::close(m_fd) != 0) {
      m_fd = -1;
      throw IoError(m_target.path, fmt::format("cannot write: {}", describe_errno(errno)));
    }
    m_fd = -1;
    return;
  }
  bool ok = sync == Sync::no || ::fsync(m_fd) == 0;
  int error = ok ? 0 : errno;
  if (::close(m_fd) != 0 && ok) {
    ok = false;
    error = errno;
  }
  m_fd = -1;
  if (!ok) {
    remove_temp_file(m_temp);
    m_temp.clear();
    throw IoError(m_target.path, fmt::format("cannot write: {}", describe_errno(error)));
  }
  const auto lock = hold_commits();
  Installation installation(m_overwrite);
  try {
    installation.install(m_temp, m_target.file, m_target.path);
  } catch (...) {
    remove_temp_file(m_temp);
    m_temp.clear();
    throw;
  }
  m_temp.clear(); // renamed: nothing left to remove
}

} // namespace secaction::io
