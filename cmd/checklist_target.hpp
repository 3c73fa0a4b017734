#pragma once
// What `secaction checklist ARG` means: a file to score, or a name (`list`, `security-action`, a
// checklist id). Pure: the caller says whether a file of that name exists.
#include <string>
#include <string_view>
#include <vector>

namespace secaction::cli {

enum class ChecklistTarget {
  list,           // `list`
  readiness,      // `security-action`
  instrument,     // a checklist id (for --template)
  file,           // an answer file or a security-action evidence file
  unknown_name,   // looks like a name (no '/' or '.'), is no file and no known name: a usage error
};

/// A file that exists always wins, so `./list` or a file called `cloud` can still be scored.
/// Otherwise `list`, `security-action` and the checklist ids are names; anything else that looks
/// like a bare name (letters, digits and '-', no '/' or '.') is an unknown name, and
/// the rest is a file path (whose reading then reports the I/O error).
ChecklistTarget classify_checklist_argument(std::string_view argument, bool file_exists,
                                            const std::vector<std::string>& checklist_ids);

} // namespace secaction::cli
