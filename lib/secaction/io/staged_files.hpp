#pragma once
// Files written now under hidden temporary names in one directory and given their final names
// later, all together: a batch's worker threads write reports in parallel, and the collector,
// which decides the names in input order, only renames them.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "secaction/io/files.hpp"

namespace secaction::io {

class StagedFiles {
public:
  StagedFiles() = default;
  /// Writes each of `texts` (no fsync) to a new temporary file in `dir` (io::create_temp_file).
  /// Throws IoError, leaving none of them behind.
  StagedFiles(const std::filesystem::path& dir, const std::vector<std::string_view>& texts);
  /// Removes the temporary files that were not committed.
  ~StagedFiles();
  StagedFiles(StagedFiles&& other) noexcept;
  StagedFiles& operator=(StagedFiles&& other) noexcept;
  StagedFiles(const StagedFiles&) = delete;
  StagedFiles& operator=(const StagedFiles&) = delete;

  [[nodiscard]] bool empty() const { return m_temp_paths.empty(); }
  [[nodiscard]] std::size_t size() const { return m_temp_paths.size(); }

  /// Renames the i-th file to `final_paths[i]` (one path per text, in order). With
  /// Overwrite::refuse, throws IoError before renaming any when one of them exists. A rename that
  /// fails throws IoError and removes the files not yet renamed.
  void commit(const std::vector<std::string>& final_paths, Overwrite overwrite);
  /// Removes the temporary files.
  void discard();

private:
  std::vector<std::string> m_temp_paths;
};

} // namespace secaction::io
