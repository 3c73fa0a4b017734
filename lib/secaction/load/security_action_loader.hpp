#pragma once
// SECURITY ACTION evidence files (schemas/security-action.schema.json): YAML -> schema check ->
// the paths of the answer files it names and the state of the basic policy.
#include <optional>
#include <string>
#include <string_view>

#include "secaction/load/schema.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/readiness/readiness.hpp"

namespace secaction::load {

/// A path named in the evidence file, as written (relative to the evidence file) and where.
struct EvidencePath {
  std::string path;
  SourceLocation where;
};

struct SecurityActionEvidence {
  std::optional<EvidencePath> five_principles;
  std::optional<EvidencePath> self_diagnosis;
  std::optional<readiness::Policy> policy;
};

/// Every problem goes to `diagnostics` as file:line:col; nullopt when there was any error.
std::optional<SecurityActionEvidence> load_security_action_evidence(std::string_view text, const std::string& file_name,
                                                                    const Schema& schema, Diagnostics& diagnostics);

/// True for a YAML mapping without `answers:` that has any of the evidence keys (schema:
/// secaction.security-action/v1, five_principles, self_diagnosis, policy), so `checklist FILE`
/// can tell an evidence file from an answer file by its content rather than its name.
bool looks_like_security_action_evidence(std::string_view text, const std::string& file_name);

} // namespace secaction::load
