#pragma once
// `secaction policy`'s procedure documents (実施手順書) and their index by audience, drafted from
// content/policy/procedures.yaml with the same profile and level as the other drafts.
#include <string>
#include <vector>

#include "context.hpp"
#include "secaction/policy/generate.hpp"

namespace secaction::cli {

/// procedures/index.md and the documents `request.level` and the profile call for; with `html` the
/// index links to .html pages (the caller converts every draft to HTML).
std::vector<policy::GeneratedFile> procedure_drafts(Context& context, const policy::Request& request, bool html);

/// Every procedure file a run can write at any level (for --check to spot one left over), as Markdown names.
std::vector<std::string> procedure_file_names(Context& context);

} // namespace secaction::cli
