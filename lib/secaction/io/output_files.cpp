#include "secaction/io/output_files.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/core/error.hpp"
#include "secaction/io/cleanup.hpp"

namespace secaction::io {
namespace {

// Where `path` really goes: absolute, with ".", ".." and the symbolic links of its existing part resolved.
std::string identity_of(const std::string& path) {
  std::error_code error;
  auto resolved = std::filesystem::weakly_canonical(std::filesystem::absolute(path, error), error);
  if (error) return std::filesystem::absolute(path).lexically_normal().string();
  return resolved.string();
}

void write_stream(const OutputTarget& target, std::string_view content) {
  if (target.descriptor >= 0) {
    write_all(target.descriptor, content, target.path);
    return;
  }
  // Blocking, as a shell's `>` would be: a FIFO waits for its reader.
  const int fd = ::open(target.path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) throw IoError(target.path, fmt::format("cannot write: {}", std::strerror(errno)));
  try {
    write_all(fd, content, target.path);
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::close(fd) != 0) throw IoError(target.path, fmt::format("cannot write: {}", std::strerror(errno)));
}

struct Staged {
  OutputTarget target;
  std::string temp; // empty for a stream
};

} // namespace

void refuse_same_path(const std::vector<std::pair<std::string, std::string>>& paths_and_whats) {
  std::vector<std::string> identities;
  for (std::size_t i = 0; i < paths_and_whats.size(); ++i) {
    const auto& [path, what] = paths_and_whats[i];
    identities.push_back(path.empty() || is_stream_target(path) ? std::string() : identity_of(path));
    for (std::size_t j = 0; j < i; ++j) {
      if (!identities[i].empty() && identities[i] == identities[j]) {
        throw UsageError(fmt::format("{} is both {} and {}; give them different names", path, paths_and_whats[j].second, what));
      }
    }
  }
}

void OutputFiles::add(const std::string& path, std::string content, std::string what) {
  std::vector<std::pair<std::string, std::string>> all;
  for (const auto& file : m_files) all.emplace_back(file.path, file.what);
  all.emplace_back(path, what);
  refuse_same_path(all);
  m_files.push_back({path, std::move(content), std::move(what), {}});
}

void OutputFiles::commit() {
  // 1. Every target is looked at before anything is written; every file in the way is named.
  if (m_overwrite == Overwrite::refuse) {
    std::vector<std::string> existing;
    for (const auto& file : m_files) {
      struct stat info {};
      if (!is_stream_target(file.path) && ::lstat(file.path.c_str(), &info) == 0) existing.push_back(file.path);
    }
    if (existing.size() == 1) throw IoError(existing.front(), "already exists; use --force to overwrite it");
    if (existing.size() > 1) {
      const std::vector<std::string> others(existing.begin() + 1, existing.end());
      throw IoError(existing.front(), fmt::format("already exists, and so {} {}; use --force to overwrite them",
                                                  others.size() == 1 ? "does" : "do", fmt::join(others, ", ")));
    }
  }
  std::vector<Staged> staged;
  for (const auto& file : m_files) staged.push_back({resolve_output(file.path, m_overwrite), {}});
  const auto discard = [&staged] {
    for (auto& item : staged) {
      if (!item.temp.empty()) remove_temp_file(item.temp);
      item.temp.clear();
    }
  };
  // 2. Every regular file is staged beside its target.
  try {
    for (std::size_t i = 0; i < staged.size(); ++i) {
      auto& item = staged[i];
      if (item.target.stream) continue;
      const std::filesystem::path file(item.target.file);
      const TempFile temp = create_temp_file(file.parent_path().empty() ? "." : file.parent_path(), file.filename().string(),
                                             item.target.path);
      item.temp = temp.path;
      try {
        write_all(temp.fd, m_files[i].content, item.target.path);
      } catch (...) {
        ::close(temp.fd);
        throw;
      }
      const bool synced = m_sync == Sync::no || ::fsync(temp.fd) == 0;
      const int error = errno;
      if (::close(temp.fd) != 0 || !synced) {
        throw IoError(item.target.path, fmt::format("cannot write: {}", std::strerror(synced ? errno : error)));
      }
    }
  } catch (...) {
    discard();
    throw;
  }
  // 3. All are moved into place together; then the streams are written.
  Installation installation(m_overwrite);
  {
    const auto lock = hold_commits();
    try {
      for (auto& item : staged) {
        if (item.target.stream) continue;
        installation.install(item.temp, item.target.file, item.target.path);
        item.temp.clear();
      }
    } catch (...) {
      installation.rollback();
      discard();
      throw;
    }
  }
  try {
    for (std::size_t i = 0; i < staged.size(); ++i) {
      if (staged[i].target.stream) write_stream(staged[i].target, m_files[i].content);
    }
  } catch (...) {
    const auto lock = hold_commits();
    installation.rollback();
    throw;
  }
  installation.finish();
}

} // namespace secaction::io
