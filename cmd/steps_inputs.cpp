#include "steps_inputs.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/content/shipped.hpp"
#include "secaction/core/error.hpp"
#include "secaction/io/inputs.hpp"
#include "secaction/load/answers_loader.hpp"
#include "secaction/load/policy_loader.hpp"
#include "secaction/load/register_loader.hpp"
#include "secaction/load/result_reader.hpp"
#include "secaction/load/security_action_loader.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/yaml_reader.hpp"
#include "secaction/questionnaire/assess.hpp"
#include "secaction/risk/assess.hpp"
#include "secaction/risk/register_columns.hpp"

namespace secaction::cli {
namespace steps_detail {

// The drafts `secaction policy` writes, by file name.
constexpr std::array<std::string_view, 4> k_drafts = {"basic-policy", "handbook", "regulations", "emergency-response"};

std::string extension_of(const std::string& file) {
  std::string extension = std::filesystem::path(file).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

std::string stem_of(const std::string& file) { return std::filesystem::path(file).stem().string(); }

bool is_draft_name(const std::string& file) {
  return extension_of(file) == ".md" && std::find(k_drafts.begin(), k_drafts.end(), stem_of(file)) != k_drafts.end();
}

// A CSV is a register when its header names the columns every register has.
bool looks_like_register_csv(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const std::string header(text.substr(0, text.find('\n')));
  std::vector<std::string> keys;
  std::size_t start = 0;
  while (start <= header.size()) {
    auto end = header.find(',', start);
    if (end == std::string::npos) end = header.size();
    std::string field = header.substr(start, end - start);
    field.erase(std::remove(field.begin(), field.end(), '"'), field.end());
    field.erase(std::remove(field.begin(), field.end(), '\r'), field.end());
    if (const auto* column = risk::find_register_column(risk::register_columns(), field)) keys.push_back(column->key);
    start = end + 1;
  }
  for (const char* needed : {"name", "medium", "confidentiality", "integrity", "availability"}) {
    if (std::find(keys.begin(), keys.end(), needed) == keys.end()) return false;
  }
  return true;
}

class Reader {
 public:
  Reader(Context& context, const std::string& edition_id, Diagnostics& diagnostics, StepsInputs& out)
      : m_context(context), m_edition_id(edition_id), m_diagnostics(diagnostics), m_out(out) {}

  void read(const std::string& file) {
    std::string name = display_name(file);
    if (name.starts_with("./")) name.erase(0, 2); // files found under "." are named as from here
    const std::string text = m_context.read_input(file);
    steps::Input input{name, "not-recognised", {}, false};
    const std::size_t errors_before = m_diagnostics.error_count();
    if (is_draft_name(file)) {
      // A policy draft is known by its name and the header secaction policy writes at its top.
      if (text.find("secaction") != std::string::npos) {
        input.kind = "policy-draft";
        input.used = m_out.evidence.drafts.emplace(stem_of(file), name).second;
      }
    } else if (extension_of(file) == ".csv") {
      if (looks_like_register_csv(text)) read_register(text, name, load::RegisterFormat::csv, input);
    } else if (extension_of(file) != ".md") {
      read_tree(text, name, input);
    }
    if (m_diagnostics.error_count() == errors_before) m_out.evidence.inputs.push_back(std::move(input));
  }

  // The newest result of each instrument is the one judged; the others are listed as not used.
  void choose_results() {
    std::map<std::string, std::size_t> newest; // instrument -> index into snapshots
    for (std::size_t i = 0; i < m_out.snapshots.size(); ++i) {
      const auto& snapshot = m_out.snapshots[i];
      auto [it, inserted] = newest.emplace(snapshot.instrument->id, i);
      if (!inserted && !(snapshot.assessed_on < m_out.snapshots[it->second].assessed_on)) it->second = i; // ties: the later input
    }
    for (const auto& [instrument, index] : newest) m_out.evidence.results[instrument] = &m_out.snapshots[index];
    for (auto& input : m_out.evidence.inputs) {
      if (input.kind != "answers" && input.kind != "result") continue;
      const auto* chosen = m_out.evidence.results.at(input.instrument);
      input.used = chosen->source == input.file;
    }
  }

 private:
  void name_organization(const std::string& name) {
    if (m_out.evidence.organization.empty()) m_out.evidence.organization = name;
  }

  void read_tree(const std::string& text, const std::string& name, steps::Input& input) {
    Diagnostics parse;
    auto tree = load::read_yaml(text, name, parse);
    if (!tree || parse.has_errors()) {
      // Only YAML and JSON files are parsed here; a file that is neither is reported, not skipped,
      // since the reader cannot tell what it was meant to be.
      m_diagnostics.append(parse);
      return;
    }
    const auto& root = tree->root();
    if (!root.is_object()) return;
    const std::string schema = root.contains("schema") && root["schema"].is_string() ? root["schema"].get<std::string>() : "";
    if (schema == "secaction.result/v1" || (schema.empty() && root.contains("instrument"))) {
      read_questionnaire(*tree, schema.empty() ? "answers" : "result", input);
    } else if (schema == "secaction.policy-profile/v1") {
      read_profile(text, name, input);
    } else if (schema == "secaction.security-action/v1" || load::looks_like_security_action_evidence(text, name)) {
      read_evidence(text, name, input);
    } else if (schema == "secaction.risk-result/v1") {
      read_risk_result(*tree, input);
    } else if (schema == "secaction.benchmark-result/v1") {
      if (!load::shipped_schema("benchmark-result.schema.json").validate(*tree, m_diagnostics)) return;
      input.kind = "benchmark-result";
      input.used = true;
      m_out.evidence.benchmark_results.push_back(name);
    } else if ((schema == "secaction.risk-register/v1" || schema.empty()) && root.contains("assets")) {
      // A register without assets is a --measures file of countermeasures only: not judged here.
      read_register(text, name, load::RegisterFormat::yaml, input);
    }
  }

  // Unlike compare and trend, items left blank are not an error here: an incomplete answer file
  // is part of the judgement (Step 2 asks for every item to be answered).
  void read_questionnaire(const load::JsonTree& tree, const std::string& kind, steps::Input& input) {
    std::optional<history::Snapshot> snapshot;
    if (kind == "result") {
      snapshot = load::read_result(tree, m_context.library(), m_diagnostics);
    } else {
      const load::AnswerFileOptions options{"", load::MissingAnswers::score_unknown, false};
      auto loaded = load::load_answers(tree, m_context.library(), options, m_diagnostics);
      if (!loaded) return;
      const auto assessment = questionnaire::assess(*loaded->instrument, loaded->answers, m_context.as_of());
      snapshot = history::snapshot_of(assessment, tree.file(), loaded->answers.instrument_at);
    }
    if (!snapshot) return;
    input.kind = kind;
    input.instrument = snapshot->instrument->id;
    name_organization(snapshot->organization.name);
    m_out.snapshots.push_back(std::move(*snapshot));
  }

  void read_profile(const std::string& text, const std::string& name, steps::Input& input) {
    auto profile = load::load_policy_profile(text, name, m_diagnostics);
    if (!profile) return;
    input.kind = "policy-profile";
    input.used = true;
    name_organization(profile->company_name);
    if (!m_out.evidence.policy) m_out.evidence.policy = steps::PolicyEvidence{profile->established_on, name};
    if (!m_out.evidence.outsourcing) {
      m_out.evidence.outsourcing = profile->practices.outsourcing;
      m_out.evidence.outsourcing_file = name;
    }
  }

  void read_evidence(const std::string& text, const std::string& name, steps::Input& input) {
    auto evidence =
        load::load_security_action_evidence(text, name, load::shipped_schema("security-action.schema.json"), m_diagnostics);
    if (!evidence) return;
    input.kind = "security-action-evidence";
    // Its answer files are read when they are among the inputs; here only its policy counts.
    if (evidence->policy && evidence->policy->established_on && !m_out.evidence.policy) {
      m_out.evidence.policy = steps::PolicyEvidence{evidence->policy->established_on, name};
      input.used = true;
    }
  }

  void read_register(const std::string& text, const std::string& name, load::RegisterFormat format, steps::Input& input) {
    if (!m_risk) load_risk_content();
    if (!m_risk) return;
    auto reg = load::load_register(text, name, format, *m_edition, m_risk->catalogue, m_diagnostics);
    if (!reg) return;
    const auto assessment = risk::assess(*reg, *m_edition, m_risk->catalogue);
    steps::RiskEvidence risk{reg->assessed_on, reg->assets.size(), 0, assessment.untreated_high_count(), name};
    for (const auto& r : assessment.prioritised) {
      if (r.band != nullptr && r.band->id == "high") ++risk.high;
    }
    add_risk(std::move(risk), input, "risk-register");
    name_organization(reg->organization.name);
  }

  void read_risk_result(const load::JsonTree& tree, steps::Input& input) {
    if (!load::shipped_schema("risk-result.schema.json").validate(tree, m_diagnostics)) return;
    const auto& root = tree.root();
    std::optional<Date> assessed_on;
    if (root["assessed_on"].is_string()) assessed_on = parse_date(root["assessed_on"].get<std::string>());
    steps::RiskEvidence risk{assessed_on, root["assets"].size(), 0, root["untreated_high"].get<std::size_t>(), tree.file()};
    for (const auto& asset : root["assets"]) {
      if (asset.value("band", "") == "high") ++risk.high;
    }
    add_risk(std::move(risk), input, "risk-result");
  }

  // The newest analysis (by assessment date, then the later input) is judged, as for questionnaires.
  void add_risk(steps::RiskEvidence risk, steps::Input& input, const char* kind) {
    input.kind = kind;
    input.used = true;
    if (m_out.evidence.risk) {
      if (risk.assessed_on < m_out.evidence.risk->assessed_on) {
        input.used = false;
        return;
      }
      for (auto& earlier : m_out.evidence.inputs) {
        if (earlier.file == m_out.evidence.risk->file) earlier.used = false;
      }
    }
    m_out.evidence.risk = std::move(risk);
  }

  void load_risk_content() {
    auto rules = content::risk_rules(m_context.library(), m_diagnostics);
    auto catalogue = content::risk_catalogue(m_context.library(), m_diagnostics);
    if (!rules || !catalogue) return;
    m_risk = std::make_unique<RiskContent>(RiskContent{std::move(*rules), std::move(*catalogue)});
    m_edition = m_risk->rules.find(m_edition_id);
    if (m_edition == nullptr) {
      std::vector<std::string> ids;
      for (const auto& edition : m_risk->rules.editions) ids.push_back(edition.id);
      throw UsageError(fmt::format("steps: --edition {} is not known; valid editions: {}", m_edition_id, fmt::join(ids, ", ")));
    }
  }

  struct RiskContent {
    risk::Rules rules;
    risk::Catalogue catalogue;
  };

  Context& m_context;
  const std::string& m_edition_id;
  Diagnostics& m_diagnostics;
  StepsInputs& m_out;
  std::unique_ptr<RiskContent> m_risk;
  const risk::Edition* m_edition = nullptr;
};

} // namespace steps_detail

StepsInputs read_steps_inputs(Context& context, const std::vector<std::string>& arguments, const std::string& edition_id,
                              Diagnostics& diagnostics) {
  StepsInputs out;
  steps_detail::Reader reader(context, edition_id, diagnostics, out);
  for (const auto& file : io::collect_inputs(arguments, {".yaml", ".yml", ".json", ".csv", ".md"})) {
    // In a directory, Markdown files other than policy drafts are reports: not inputs at all.
    if (steps_detail::extension_of(file) == ".md" && !steps_detail::is_draft_name(file)) continue;
    reader.read(file);
  }
  reader.choose_results();
  return out;
}

} // namespace secaction::cli
