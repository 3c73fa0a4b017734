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

void refuse_existing(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) throw IoError(path.string(), "already exists; use --force to overwrite it");
}

TempFile create_temp_file(const std::filesystem::path& dir, std::string_view hint, const std::string& reported_as) {
  TempFile temp;
  temp.path = (dir / fmt::format(".{}.tmp-XXXXXX", hint)).string();
  temp.fd = ::mkstemp(temp.path.data());
  if (temp.fd < 0) throw IoError(reported_as, fmt::format("cannot create: {}", describe_errno(errno)));
  ::fchmod(temp.fd, 0644);
  return temp;
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

void write_file_atomically(const std::filesystem::path& path, std::string_view content, Overwrite overwrite, Sync sync) {
  const std::string name = path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw IoError(name, fmt::format("is a directory, expected a file name"));
  }
  if (overwrite == Overwrite::refuse) refuse_existing(path);
  const auto parent = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
  const TempFile temp = create_temp_file(parent, path.filename().string(), name);
  try {
    write_all(temp.fd, content, name);
  } catch (const IoError&) {
    ::close(temp.fd);
    ::unlink(temp.path.c_str());
    throw;
  }
  if ((sync == Sync::yes && ::fsync(temp.fd) != 0) || ::close(temp.fd) != 0) {
    const int error = errno;
    ::unlink(temp.path.c_str());
    throw IoError(name, fmt::format("cannot write: {}", describe_errno(error)));
  }
  if (::rename(temp.path.c_str(), name.c_str()) != 0) {
    const int error = errno;
    ::unlink(temp.path.c_str());
    throw IoError(name, fmt::format("cannot write: {}", describe_errno(error)));
  }
}

AtomicFileWriter::AtomicFileWriter(std::filesystem::path path, Overwrite overwrite) : m_path(std::move(path)) {
  const std::string name = m_path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(m_path, ec)) throw IoError(name, "is a directory, expected a file name");
  if (overwrite == Overwrite::refuse) refuse_existing(m_path);
  const auto parent = m_path.parent_path().empty() ? std::filesystem::path(".") : m_path.parent_path();
  TempFile temp = create_temp_file(parent, m_path.filename().string(), name);
  m_temp = std::move(temp.path);
  m_fd = temp.fd;
}

AtomicFileWriter::~AtomicFileWriter() {
  if (m_fd >= 0) ::close(m_fd);
  if (!m_temp.empty()) ::unlink(m_temp.c_str());
}

void AtomicFileWriter::append(std::string_view content) { write_all(m_fd, content, m_path.string()); }

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
