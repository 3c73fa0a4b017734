#pragma once
// The input files of a batch run: files named on the command line and answer files found in
// directories.
#include <filesystem>
#include <string>
#include <vector>

namespace secaction::io {

/// Expands `arguments` in order: a directory gives every regular file under it (recursively)
/// whose extension is one of `extensions` (e.g. ".yaml"), sorted by path in byte order; entries
/// whose name starts with "." (and everything under them) are skipped. Anything else, including
/// a name that does not exist, is taken as given (reading it reports the problem). Throws
/// IoError when a directory cannot be listed.
std::vector<std::string> collect_inputs(const std::vector<std::string>& arguments, const std::vector<std::string>& extensions);

/// True when an argument names a directory (such an argument means a batch run).
bool is_directory(const std::string& argument);

} // namespace secaction::io
