#pragma once
// A batch's --out-dir, written by several threads with as few file-system operations per file as
// the promises allow (docs/RELIABILITY.md): never a half-written file under a report's name, never
// an existing file replaced without --force, a report and its companions all or nothing.
//
// Two modes, chosen when it is opened:
// - staged: --out-dir does not exist. Its parents are created and a private directory beside it
//   (".NAME.tmp-XXXXXXXXXX", mkdir in the parent) receives the files, each created directly under
//   its name with O_CREAT|O_EXCL (nobody else writes there, so there is nothing to refuse and no
//   rename per file). publish() renames the directory to --out-dir; until then nothing is visible
//   under --out-dir, and a signal or a run that never publishes removes the staging directory.
// - existing: --out-dir exists. Each file goes to a hidden temporary file and is renamed to its
//   name (renameat2 RENAME_NOREPLACE without --force), all relative to one O_DIRECTORY descriptor:
//   no full paths walked, no stat per file.
#include <atomic>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "secaction/io/files.hpp"

namespace secaction::io {

class BatchDirectory {
public:
  /// Opens `dir` for `overwrite`. When `dir` does not exist and `may_stage`, stages (above); else
  /// creates it (and its parents) now. Throws IoError naming `dir` ("cannot create the output
  /// directory: …") when it cannot.
  BatchDirectory(const std::filesystem::path& dir, Overwrite overwrite, bool may_stage = true);
  /// Not published: the staging directory and everything in it are removed.
  ~BatchDirectory();
  BatchDirectory(const BatchDirectory&) = delete;
  BatchDirectory& operator=(const BatchDirectory&) = delete;

  [[nodiscard]] bool staged() const { return !m_staging.empty(); }
  /// Where the files are while the batch runs (the staging directory, or `dir`).
  [[nodiscard]] const std::string& working_path() const { return m_staging.empty() ? m_dir : m_staging; }

  enum class Written { ok, exists };

  /// Writes `texts[i]` to the file `names[i]` (a plain name, no '/') in the directory, all or
  /// nothing: on any failure none of them is left, under its name or a temporary one. Returns
  /// Written::exists (and writes nothing) when, without --force, one of the names is taken.
  /// Thread-safe. Throws IoError naming the directory when a file cannot be created or written.
  Written write(const std::vector<std::string>& names, const std::vector<std::string_view>& texts);

  /// Staged: renames the staging directory to `dir` (one rename for the whole batch). If `dir` has
  /// appeared meanwhile (another run), throws IoError without --force, leaving it alone; with
  /// --force, moves each file into it, replacing. Existing: nothing to do. Whatever it throws, the
  /// staging directory is removed by the destructor.
  void publish();

private:
  Written write_staged(const std::vector<std::string>& names, const std::vector<std::string_view>& texts);
  Written write_existing(const std::vector<std::string>& names, const std::vector<std::string_view>& texts);
  void remove_staging() noexcept;

  std::string m_dir;      // as given
  std::string m_staging;  // the staging directory's path; empty when not staged (or published)
  Overwrite m_overwrite;
  int m_fd = -1;          // O_DIRECTORY descriptor of the directory written into
  std::string m_token;    // existing mode: random part of the temporary names, drawn once per run
  std::atomic<unsigned long long> m_counter{0};
};

} // namespace secaction::io
