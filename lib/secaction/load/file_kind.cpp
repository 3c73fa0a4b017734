#include "secaction/load/file_kind.hpp"

#include <fmt/format.h>

namespace secaction::load {
namespace {

using Json = nlohmann::json;

std::string schema_of(const Json& root) {
  const auto schema = root.find("schema");
  return schema != root.end() && schema->is_string() ? schema->get<std::string>() : std::string();
}

bool starts_with(const std::string& text, std::string_view prefix) { return text.rfind(prefix, 0) == 0; }

} // namespace

FileKind file_kind(const JsonTree& tree) {
  const Json& root = tree.root();
  if (!root.is_object()) return FileKind::unknown;
  const std::string schema = schema_of(root);
  if (schema == "secaction.result/v1") return FileKind::result;
  if (starts_with(schema, "secaction.benchmark-result/") || starts_with(schema, "secaction.risk-result/") ||
      starts_with(schema, "secaction.compare/") || starts_with(schema, "secaction.trend/")) {
    return FileKind::other_result;
  }
  if (starts_with(schema, "secaction.benchmark-reference/")) return FileKind::benchmark_reference;
  if (starts_with(schema, "secaction.policy-profile/")) return FileKind::policy_profile;
  if (starts_with(schema, "secaction.instrument/")) return FileKind::instrument;
  if (starts_with(schema, "secaction.security-action/")) return FileKind::evidence;
  if (starts_with(schema, "secaction.plan-costs/")) return FileKind::cost_estimates;
  if (root.contains("assets")) return FileKind::register_file;
  if (starts_with(schema, "secaction.risk-register/") || (root.contains("countermeasures") && !root.contains("answers"))) {
    return FileKind::measures;
  }
  if (root.contains("instrument") || root.contains("answers")) {
    const auto instrument = root.find("instrument");
    if (instrument != root.end() && instrument->is_string() && *instrument == "benchmark") return FileKind::benchmark_answers;
    return FileKind::answers;
  }
  if (root.contains("company") && root.contains("roles")) return FileKind::policy_profile;
  if (root.contains("five_principles") || root.contains("self_diagnosis") || root.contains("policy")) return FileKind::evidence;
  if (root.contains("id") && root.contains("parts") && root.contains("scale")) return FileKind::instrument;
  if (root.contains("costs")) return FileKind::cost_estimates;
  return FileKind::unknown;
}

std::string describe(FileKind kind) {
  switch (kind) {
  case FileKind::answers: return "an answer file";
  case FileKind::benchmark_answers: return "a benchmark answer file";
  case FileKind::register_file: return "an asset register";
  case FileKind::measures: return "a countermeasures file (for risk --measures)";
  case FileKind::policy_profile: return "a company profile";
  case FileKind::evidence: return "a SECURITY ACTION evidence file";
  case FileKind::result: return "a JSON result";
  case FileKind::other_result: return "a report in JSON";
  case FileKind::benchmark_reference: return "benchmark reference statistics";
  case FileKind::instrument: return "an instrument (content)";
  case FileKind::cost_estimates: return "a cost estimate file (for plan --costs)";
  case FileKind::unknown: break;
  }
  return "a file secaction does not recognise";
}

std::string command_for(FileKind kind, const std::string& file) {
  switch (kind) {
  case FileKind::answers: return fmt::format("secaction diagnose {}", file); // a checklist's: see report_wrong_kind
  case FileKind::benchmark_answers: return fmt::format("secaction benchmark {}", file);
  case FileKind::register_file: return fmt::format("secaction risk {}", file);
  case FileKind::measures: return fmt::format("secaction risk REGISTER.csv --measures {}", file);
  case FileKind::policy_profile: return fmt::format("secaction policy {} --out-dir DIR", file);
  case FileKind::evidence: return fmt::format("secaction checklist {}", file);
  case FileKind::result: return fmt::format("secaction compare OLD.json {}", file);
  case FileKind::benchmark_reference: return fmt::format("secaction benchmark ANSWERS --reference {}", file);
  case FileKind::instrument: return fmt::format("secaction --content DIR validate {}", file);
  case FileKind::cost_estimates: return fmt::format("secaction plan ANSWERS... --costs {}", file);
  case FileKind::other_result:
  case FileKind::unknown: break;
  }
  return "";
}

bool report_wrong_kind(const JsonTree& tree, FileKind expected, Diagnostics& diagnostics) {
  const FileKind kind = file_kind(tree);
  if (kind == FileKind::unknown || kind == expected) return false;
  // Answers of either kind are told apart by their instrument, which the answer loaders check.
  const auto is_answers = [](FileKind k) { return k == FileKind::answers || k == FileKind::benchmark_answers; };
  if (is_answers(kind) && is_answers(expected)) return false;
  std::string command = command_for(kind, tree.file() == "<stdin>" ? std::string("FILE") : tree.file());
  // An answer file names its instrument, and so its command: diagnose for the self-diagnosis,
  // checklist for the others.
  const auto instrument = tree.root().find("instrument");
  if (kind == FileKind::answers && instrument != tree.root().end() && instrument->is_string() && *instrument != "self-diagnosis") {
    command.replace(0, std::string("secaction diagnose").size(), "secaction checklist");
  }
  diagnostics.error(tree.at(""), command.empty() ? fmt::format("this is {}, which no command reads as input", describe(kind))
                                                 : fmt::format("this is {}, not {}; use `{}`", describe(kind), describe(expected), command));
  return true;
}

} // namespace secaction::load
