#include "secaction/load/security_action_loader.hpp"

#include <fmt/format.h>

#include "secaction/load/file_kind.hpp"
#include "secaction/load/common_fields.hpp"
#include "secaction/load/yaml_reader.hpp"

namespace secaction::load {
namespace {

using Json = nlohmann::json;

std::optional<EvidencePath> path_at(const JsonTree& tree, const char* key) {
  const auto found = tree.root().find(key);
  if (found == tree.root().end() || !found->is_string()) return std::nullopt;
  return EvidencePath{found->get<std::string>(), tree.at(std::string("/") + key)};
}

std::optional<readiness::Policy> policy_at(const JsonTree& tree, Diagnostics& diagnostics) {
  const auto found = tree.root().find("policy");
  if (found == tree.root().end() || !found->is_object()) return std::nullopt;
  readiness::Policy policy;
  policy.established_on = read_date(tree, "/policy/established_on", diagnostics);
  if (auto published = found->find("published"); published != found->end() && published->is_boolean()) {
    policy.published = published->get<bool>();
  }
  if (auto where = found->find("where"); where != found->end() && where->is_string()) policy.where = where->get<std::string>();
  return policy;
}

} // namespace

std::optional<SecurityActionEvidence> load_security_action_evidence(std::string_view text, const std::string& file_name,
                                                                    const Schema& schema, Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  auto tree = read_yaml(text, file_name, diagnostics);
  if (!tree) return std::nullopt;
  if (!tree->root().is_object()) {
    diagnostics.error(tree->at(""), "expected a SECURITY ACTION evidence file (a mapping with five_principles:, "
                                    "self_diagnosis: and policy:); see man secaction-checklist");
    return std::nullopt;
  }
  if (report_wrong_kind(*tree, FileKind::evidence, diagnostics)) return std::nullopt;
  schema.validate(*tree, diagnostics);
  SecurityActionEvidence evidence;
  evidence.five_principles = path_at(*tree, "five_principles");
  evidence.self_diagnosis = path_at(*tree, "self_diagnosis");
  evidence.policy = policy_at(*tree, diagnostics);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return evidence;
}

bool looks_like_security_action_evidence(std::string_view text, const std::string& file_name) {
  Diagnostics ignored;
  auto tree = read_yaml(text, file_name, ignored);
  if (!tree || !tree->root().is_object() || tree->root().contains("answers")) return false;
  const Json& root = tree->root();
  if (auto schema = root.find("schema"); schema != root.end() && schema->is_string()) {
    return schema->get<std::string>() == "secaction.security-action/v1";
  }
  return root.contains("five_principles") || root.contains("self_diagnosis") || root.contains("policy");
}

} // namespace secaction::load
