#include "secaction/io/staged_files.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include <fmt/format.h>
#include <unistd.h>

#include "secaction/core/error.hpp"
#include "secaction/io/cleanup.hpp"

namespace secaction::io {

StagedFiles::StagedFiles(const std::filesystem::path& dir, const std::vector<std::string_view>& texts) {
  const std::string dir_name = dir.string();
  try {
    for (const auto text : texts) {
      const TempFile temp = create_temp_file(dir, "secaction", dir_name);
      m_temp_paths.push_back(temp.path);
      try {
        write_all(temp.fd, text, dir_name);
      } catch (...) {
        ::close(temp.fd);
        throw;
      }
      if (::close(temp.fd) != 0) throw IoError(dir_name, fmt::format("cannot write: {}", std::strerror(errno)));
    }
  } catch (...) {
    discard();
    throw;
  }
}

StagedFiles::~StagedFiles() { discard(); }

StagedFiles::StagedFiles(StagedFiles&& other) noexcept : m_temp_paths(std::move(other.m_temp_paths)) { other.m_temp_paths.clear(); }

StagedFiles& StagedFiles::operator=(StagedFiles&& other) noexcept {
  if (this != &other) {
    discard();
    m_temp_paths = std::move(other.m_temp_paths);
    other.m_temp_paths.clear();
  }
  return *this;
}

void StagedFiles::commit(const std::vector<std::string>& final_paths, Overwrite overwrite) {
  if (final_paths.size() != m_temp_paths.size()) throw std::logic_error("StagedFiles::commit: one final path per staged file");
  if (overwrite == Overwrite::refuse) {
    for (const auto& path : final_paths) refuse_existing(path);
  }
  // All or nothing: a failed rename (or a name taken meanwhile) undoes the ones before it.
  const auto lock = hold_commits();
  Installation installation(overwrite);
  for (std::size_t i = 0; i < m_temp_paths.size(); ++i) {
    try {
      installation.install(m_temp_paths[i], final_paths[i], final_paths[i]);
    } catch (...) {
      installation.rollback();
      m_temp_paths.erase(m_temp_paths.begin(), m_temp_paths.begin() + static_cast<std::ptrdiff_t>(i)); // those are renamed
      discard();
      throw;
    }
  }
  installation.finish();
  m_temp_paths.clear(); // renamed: nothing left to remove
}

void StagedFiles::discard() {
  for (const auto& path : m_temp_paths) remove_temp_file(path);
  m_temp_paths.clear();
}

} // namespace secaction::io
