#pragma once
// `secaction policy`'s procedure documents (実施手順書) and their index by audience, drafted from
// content/policy/procedures.yaml with the same profile and level as the other drafts.
#include <string>
#include <vector>

#include "context.hpp"
#include "secaction/policy/generate.hpp"
#include "secaction/policy/procedures.hpp"

namespace secaction::cli {

/// content/policy/procedures.yaml, loaded once per run: the drafts and --check's list of every
/// procedure file both come from it.
struct ProcedureContent {
  policy::ProcedureCatalogue catalogue;
  policy::NamedInput input;
};
ProcedureContent load_procedure_content(Context& context);

/// procedures/index.md and the documents `request.level` and the profile call for; with `html` the
/// index links to .html pages (the caller converts every draft to HTML).
std::vector<policy::GeneratedFile> procedure_drafts(const ProcedureContent& content, const policy::Request& request, bool html);

/// Every procedure file a run can write at any level (for --check to spot one left over), as Markdown names.
std::vector<std::string> procedure_file_names(const ProcedureContent& content);

} // namespace secaction::cli
