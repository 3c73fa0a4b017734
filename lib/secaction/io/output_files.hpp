#pragma once
// The files one run writes (a report and its chart, a merged answer file and its provenance, a
// set of policy drafts), written all or nothing: every target is checked, every file is staged
// beside its target, then all are moved into place together; if anything fails, nothing new
// remains and files that were replaced are put back.
#include <string>
#include <vector>

#include "secaction/io/files.hpp"

namespace secaction::io {

class OutputFiles {
public:
  explicit OutputFiles(Overwrite overwrite, Sync sync = Sync::yes) : m_overwrite(overwrite), m_sync(sync) {}

  /// Adds a file; `what` names it in messages ("the report", "the chart"). Throws UsageError when
  /// the set already has a file at the same place (after resolving "..", "." and symbolic links),
  /// so one run never writes a path twice. Streams (/dev/null, /dev/stdout) may repeat.
  void add(const std::string& path, std::string content, std::string what);

  /// Writes them all (see above). Throws IoError naming the file that could not be written.
  void commit();

  [[nodiscard]] bool empty() const { return m_files.empty(); }

private:
  struct File {
    std::string path;
    std::string content;
    std::string what;
    std::string identity; // where it really goes, for the collision check
  };
  Overwrite m_overwrite;
  Sync m_sync;
  std::vector<File> m_files;
};

/// Throws UsageError when two of `paths` (each with what it is) name the same place, before
/// anything is written: "t.md is both the report and the chart; give them different names".
void refuse_same_path(const std::vector<std::pair<std::string, std::string>>& paths_and_whats);

} // namespace secaction::io
