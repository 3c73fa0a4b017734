#include "policy_procedures.hpp"

#include "secaction/content/shipped.hpp"
#include "secaction/core/error.hpp"
#include "secaction/policy/procedures.hpp"

namespace secaction::cli {
namespace {

struct LoadedProcedures {
  policy::ProcedureCatalogue catalogue;
  policy::NamedInput input;
};

LoadedProcedures load_procedures(Context& context) {
  Diagnostics diagnostics;
  auto catalogue = content::policy_procedures(context.library(), diagnostics);
  if (!catalogue) throw InputError(std::move(diagnostics));
  const auto file = context.library().read_text(content::k_policy_procedures_file);
  return {std::move(*catalogue), {"content/" + std::string(content::k_policy_procedures_file), file.text}};
}

} // namespace

std::vector<policy::GeneratedFile> procedure_drafts(Context& context, const policy::Request& request, bool html) {
  const LoadedProcedures loaded = load_procedures(context);
  policy::ProcedureRequest procedures{request.profile, request.profile_input, loaded.catalogue, loaded.input,
                                      request.level,   request.lang,          request.version};
  procedures.link_extension = html ? ".html" : ".md";
  return policy::generate_procedures(procedures);
}

std::vector<std::string> procedure_file_names(Context& context) {
  return policy::all_procedure_file_names(load_procedures(context).catalogue);
}

} // namespace secaction::cli
