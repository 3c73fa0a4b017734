#include "secaction/io/batch_directory.hpp"

#include <cerrno>
#include <climits>
#include <cstring>
#include <stdexcept>
#include <system_error>

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h> // renameat2
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "secaction/core/error.hpp"
#include "secaction/io/cleanup.hpp"

namespace secaction::io {
namespace {

std::string errno_text(int error) { return std::strerror(error); }

// Writes a file just created and closes it; a failed write or close is an IoError naming `dir`.
void write_and_close(int fd, std::string_view text, const std::string& dir) {
  try {
    write_all(fd, text, dir);
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::close(fd) != 0) throw IoError(dir, fmt::format("cannot write: {}", errno_text(errno)));
}

// `dir` without a trailing separator ("out/" -> "out"), for naming what goes beside it.
std::filesystem::path without_trailing_separator(const std::filesystem::path& dir) {
  auto clean = dir.lexically_normal();
  if (clean.filename().empty() && clean.has_parent_path()) clean = clean.parent_path();
  return clean;
}

// renameat2(RENAME_NOREPLACE), or where the file system lacks it, linkat (which never replaces)
// and unlinkat. Returns 0, or -1 with errno.
int rename_no_replace_at(int from_dir, const char* from, int to_dir, const char* to) {
  if (::renameat2(from_dir, from, to_dir, to, RENAME_NOREPLACE) == 0) return 0;
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) return -1;
  if (::linkat(from_dir, from, to_dir, to, 0) != 0) return -1;
  ::unlinkat(from_dir, from, 0);
  return 0;
}

// The names in a flat directory (not . and ..).
std::vector<std::string> entries_of(const std::string& path) {
  std::vector<std::string> names;
  const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) throw IoError(path, fmt::format("cannot read: {}", errno_text(errno)));
  DIR* dir = ::fdopendir(fd);
  if (dir == nullptr) {
    ::close(fd);
    throw IoError(path, fmt::format("cannot read: {}", errno_text(errno)));
  }
  while (const dirent* entry = ::readdir(dir)) {
    const std::string name = entry->d_name;
    if (name != "." && name != "..") names.push_back(name);
  }
  ::closedir(dir);
  return names;
}

} // namespace

BatchDirectory::BatchDirectory(const std::filesystem::path& dir, Overwrite overwrite, bool may_stage)
    : m_dir(dir.string()), m_overwrite(overwrite) {
  const auto clean = without_trailing_separator(dir);
  const std::string leaf = clean.filename().string();
  struct stat info {};
  const bool missing = ::lstat(m_dir.c_str(), &info) != 0 && errno == ENOENT;
  if (missing && may_stage && !leaf.empty() && leaf != "." && leaf != "..") {
    const auto parent = clean.parent_path();
    if (!parent.empty()) {
      // Named as --out-dir, as creating it whole would have been.
      std::error_code error;
      std::filesystem::create_directories(parent, error);
      if (error || !std::filesystem::is_directory(parent, error)) {
        throw IoError(m_dir, "cannot create the output directory" + (error ? ": " + error.message() : std::string()));
      }
    }
    const std::filesystem::path parent_dir = parent.empty() ? std::filesystem::path(".") : parent;
    // "." + leaf + ".tmp-" + 10 random characters must fit NAME_MAX.
    const std::string_view hint = cut_hint(leaf, NAME_MAX - 1 - 5 - 10);
    for (int attempt = 0; attempt < 100 && m_staging.empty(); ++attempt) {
      const std::string path = (parent_dir / fmt::format(".{}.tmp-{}", hint, random_characters())).string();
      int error = 0;
      {
        // Made and registered under the creation gate: a signal's clean-up never sees one without the other.
        const auto gate = hold_creations();
        if (::mkdir(path.c_str(), 0777) == 0) {
          register_temporary_directory(path);
        } else {
          error = errno;
        }
      }
      if (error == 0) {
        m_staging = path;
      } else if (error != EEXIST) {
        throw IoError(m_dir, fmt::format("cannot create the output directory: {}", errno_text(error)));
      }
    }
    if (m_staging.empty()) throw IoError(m_dir, "cannot create the output directory: every temporary name tried exists");
  } else {
    create_output_directory(dir);
  }
  m_fd = ::open(working_path().c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (m_fd < 0) {
    const int error = errno;
    remove_staging();
    throw IoError(m_dir, fmt::format("cannot open the output directory: {}", errno_text(error)));
  }
  if (!staged()) m_token = random_characters();
}

BatchDirectory::~BatchDirectory() {
  if (m_fd >= 0) ::close(m_fd);
  remove_staging();
}

void BatchDirectory::remove_staging() noexcept {
  if (m_staging.empty()) return;
  remove_temporary_directory(m_staging);
  m_staging.clear();
}

BatchDirectory::Written BatchDirectory::write(const std::vector<std::string>& names, const std::vector<std::string_view>& texts) {
  if (names.size() != texts.size()) throw std::logic_error("BatchDirectory::write: one name per text");
  return staged() ? write_staged(names, texts) : write_existing(names, texts);
}

BatchDirectory::Written BatchDirectory::write_staged(const std::vector<std::string>& names,
                                                     const std::vector<std::string_view>& texts) {
  std::size_t created = 0;
  auto undo = [&] {
    for (std::size_t i = 0; i < created; ++i) ::unlinkat(m_fd, names[i].c_str(), 0);
  };
  try {
    for (std::size_t i = 0; i < names.size(); ++i) {
      int fd = -1;
      int error = 0;
      {
        const auto gate = hold_creations();
        fd = ::openat(m_fd, names[i].c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        error = errno;
      }
      if (fd < 0) throw IoError(m_dir, fmt::format("cannot create: {}", errno_text(error)));
      ++created;
      write_and_close(fd, texts[i], m_dir);
    }
  } catch (...) {
    undo(); // a report is whole with its companions, or not there at all
    throw;
  }
  return Written::ok;
}

BatchDirectory::Written BatchDirectory::write_existing(const std::vector<std::string>& names,
                                                       const std::vector<std::string_view>& texts) {
  // Each file to a hidden temporary file: "." + name + ".tmp-" + the run's random token + a number.
  std::vector<std::string> temps;      // relative to m_fd
  std::vector<std::string> temp_paths; // as registered for a signal's clean-up
  auto remove_temps = [&] {
    for (std::size_t i = 0; i < temps.size(); ++i) {
      ::unlinkat(m_fd, temps[i].c_str(), 0);
      forget_temporary(temp_paths[i]);
    }
  };
  try {
    for (std::size_t i = 0; i < names.size(); ++i) {
      const std::string_view hint = cut_hint(names[i], NAME_MAX - 1 - 5 - 10 - 21);
      int fd = -1;
      int error = EEXIST;
      for (int attempt = 0; attempt < 100 && fd < 0 && error == EEXIST; ++attempt) {
        std::string temp = fmt::format(".{}.tmp-{}-{}", hint, m_token, m_counter.fetch_add(1));
        std::string path = m_dir + "/" + temp;
        create_temporary(path, [&] {
          fd = ::openat(m_fd, temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
          error = errno;
          return fd >= 0;
        });
        if (fd >= 0) {
          temps.push_back(std::move(temp));
          temp_paths.push_back(std::move(path));
        }
      }
      if (fd < 0) throw IoError(m_dir, fmt::format("cannot create: {}", errno_text(error)));
      write_and_close(fd, texts[i], m_dir);
    }
  } catch (...) {
    remove_temps();
    throw;
  }
  // All or nothing: a name that is taken (or a failed rename) undoes the renames before it.
  const auto lock = hold_commits();
  if (m_overwrite == Overwrite::allow) {
    Installation installation(Overwrite::allow); // keeps what it replaces until finish(), for rollback()
    for (std::size_t i = 0; i < names.size(); ++i) {
      try {
        installation.install(temp_paths[i], m_dir + "/" + names[i], (std::filesystem::path(m_dir) / names[i]).string());
      } catch (...) {
        installation.rollback();
        remove_temps();
        throw;
      }
    }
    installation.finish();
    for (const auto& path : temp_paths) forget_temporary(path);
    return Written::ok;
  }
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (rename_no_replace_at(m_fd, temps[i].c_str(), m_fd, names[i].c_str()) == 0) continue;
    const int error = errno;
    for (std::size_t k = 0; k < i; ++k) ::unlinkat(m_fd, names[k].c_str(), 0); // ours: NOREPLACE made them
    temps.erase(temps.begin(), temps.begin() + static_cast<std::ptrdiff_t>(i));
    for (std::size_t k = 0; k < i; ++k) forget_temporary(temp_paths[k]);
    temp_paths.erase(temp_paths.begin(), temp_paths.begin() + static_cast<std::ptrdiff_t>(i));
    remove_temps();
    if (error == EEXIST) return Written::exists;
    throw IoError((std::filesystem::path(m_dir) / names[i]).string(), fmt::format("cannot write: {}", errno_text(error)));
  }
  for (const auto& path : temp_paths) forget_temporary(path);
  return Written::ok;
}

void BatchDirectory::publish() {
  if (!staged()) return;
  const std::string target = without_trailing_separator(m_dir).string();
  const auto lock = hold_commits();
  int result = ::renameat2(AT_FDCWD, m_staging.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE);
  if (result != 0 && (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP)) {
    result = ::rename(m_staging.c_str(), target.c_str()); // replaces only an empty directory
  }
  if (result == 0) {
    forget_temporary_directory(m_staging);
    m_staging.clear();
    return;
  }
  if (errno != EEXIST && errno != ENOTEMPTY) {
    throw IoError(m_dir, fmt::format("cannot create the output directory: {}", errno_text(errno)));
  }
  // --out-dir appeared while the batch ran (another run?). Without --force nothing is merged into
  // it: as with racing writers of one file, one run wins and the other says so.
  if (m_overwrite == Overwrite::refuse) {
    throw IoError(m_dir, "was created by someone else while this batch ran; nothing was written to it; run again "
                         "(with --force to overwrite)");
  }
  create_output_directory(m_dir);
  const int target_fd = ::open(target.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (target_fd < 0) throw IoError(m_dir, fmt::format("cannot open the output directory: {}", errno_text(errno)));
  try {
    for (const auto& name : entries_of(m_staging)) {
      if (::renameat(m_fd, name.c_str(), target_fd, name.c_str()) != 0) {
        throw IoError((std::filesystem::path(m_dir) / name).string(), fmt::format("cannot write: {}", errno_text(errno)));
      }
    }
  } catch (...) {
    ::close(target_fd);
    throw;
  }
  ::close(target_fd);
  remove_staging();
}

} // namespace secaction::io
