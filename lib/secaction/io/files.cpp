#include "secaction/io/files.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "secaction/core/error.hpp"

namespace secaction::io {
namespace {

std::string describe_errno(int error) { return std::strerror(error); }

} // namespace

std::string read_file(const std::filesystem::path& path, std::size_t max_bytes) {
  const std::string name = path.string();
  struct stat info {};
  if (::stat(name.c_str(), &info) != 0) {
    throw IoError(name, fmt::format("cannot read: {}", describe_errno(errno)));
  }
  if (S_ISDIR(info.st_mode)) {
    throw IoError(name, fmt::format("is a directory, expected a file"));
  }
  if (!S_ISREG(info.st_mode) && !S_ISFIFO(info.st_mode) && !S_ISCHR(info.st_mode)) {
    throw IoError(name, fmt::format("not a regular file"));
  }
  if (S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) > max_bytes) {
    Diagnostics diagnostics;
    diagnostics.error({name, 0, 0}, fmt::format("file is {} bytes; the limit is {} bytes ({} MiB)",
                                                 info.st_size, max_bytes, max_bytes / (1024 * 1024)));
    throw InputError(std::move(diagnostics));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(name, fmt::format("cannot read: {}", describe_errno(errno)));
  std::string content;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    content.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (content.size() > max_bytes) {
      Diagnostics diagnostics;
      diagnostics.error({name, 0, 0}, fmt::format("input is larger than the limit of {} bytes", max_bytes));
      throw InputError(std::move(diagnostics));
    }
  }
  if (in.bad()) throw IoError(name, fmt::format("read error"));
  return content;
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content, Overwrite overwrite, Sync sync) {
  const std::string name = path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw IoError(name, fmt::format("is a directory, expected a file name"));
  }
  if (overwrite == Overwrite::refuse && std::filesystem::exists(path, ec)) {
    throw IoError(name, fmt::format("already exists; use --force to overwrite it"));
  }
  const auto parent = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
  std::string temp = (parent / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) throw IoError(name, fmt::format("cannot create: {}", describe_errno(errno)));
  ::fchmod(fd, 0644);
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int error = errno;
      ::close(fd);
      ::unlink(temp.c_str());
      throw IoError(name, fmt::format("cannot write: {}", describe_errno(error)));
    }
    written += static_cast<std::size_t>(n);
  }
  if ((sync == Sync::yes && ::fsync(fd) != 0) || ::close(fd) != 0) {
    const int error = errno;
    ::unlink(temp.c_str());
    throw IoError(name, fmt::format("cannot write: {}", describe_errno(error)));
  }
  if (::rename(temp.c_str(), name.c_str()) != 0) {
    const int error = errno;
    ::unlink(temp.c_str());
    throw IoError(name, fmt::format("cannot write: {}", describe_errno(error)));
  }
}

AtomicFileWriter::AtomicFileWriter(std::filesystem::path path, Overwrite overwrite) : m_path(std::move(path)) {
  const std::string name = m_path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(m_path, ec)) throw IoError(name, "is a directory, expected a file name");
  if (overwrite == Overwrite::refuse && std::filesystem::exists(m_path, ec)) {
    throw IoError(name, "already exists; use --force to overwrite it");
  }
  const auto parent = m_path.parent_path().empty() ? std::filesystem::path(".") : m_path.parent_path();
  m_temp = (parent / ("." + m_path.filename().string() + ".tmp-XXXXXX")).string();
  m_fd = ::mkstemp(m_temp.data());
  if (m_fd < 0) throw IoError(name, fmt::format("cannot create: {}", describe_errno(errno)));
  ::fchmod(m_fd, 0644);
}

AtomicFileWriter::~AtomicFileWriter() {
  if (m_fd >= 0) ::close(m_fd);
  if (!m_temp.empty()) ::unlink(m_temp.c_str());
}

void AtomicFileWriter::append(std::string_view content) {
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(m_fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw IoError(m_path.string(), fmt::format("cannot write: {}", describe_errno(errno)));
    }
    written += static_cast<std::size_t>(n);
  }
}

void AtomicFileWriter::commit(Sync sync) {
  bool ok = sync == Sync::no || ::fsync(m_fd) == 0;
  int error = ok ? 0 : errno;
  if (::close(m_fd) != 0 && ok) {
    ok = false;
    error = errno;
  }
  m_fd = -1;
  if (ok && ::rename(m_temp.c_str(), m_path.c_str()) != 0) {
    ok = false;
    error = errno;
  }
  if (!ok) throw IoError(m_path.string(), fmt::format("cannot write: {}", describe_errno(error)));
  m_temp.clear(); // renamed: nothing left to remove
}

} // namespace secaction::io
