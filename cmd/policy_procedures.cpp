#include "policy_procedures.hpp"

#include "secaction/load/procedures_loader.hpp"
#include "secaction/core/error.hpp"
#include "secaction/policy/procedures.hpp"

namespace secaction::cli {

ProcedureContent load_procedure_content(Context& context) {
  const auto file = context.library().read_text(policy::k_procedures_content);
  Diagnostics diagnostics;
  auto catalogue = load::load_procedures(file.text, file.display_name, diagnostics);
  if (!catalogue) throw InputError(std::move(diagnostics));
  return {std::move(*catalogue), {"content/" + std::string(policy::k_procedures_content), file.text}};
}

std::vector<policy::GeneratedFile> procedure_drafts(const ProcedureContent& content, const policy::Request& request, bool html) {
  policy::ProcedureRequest procedures{request.profile, request.profile_input, content.catalogue, content.input,
                                      request.level,   request.lang,          request.version};
  procedures.link_extension = html ? ".html" : ".md";
  return policy::generate_procedures(procedures);
}

std::vector<std::string> procedure_file_names(const ProcedureContent& content) {
  return policy::all_procedure_file_names(content.catalogue);
}

} // namespace secaction::cli
