#include "readiness_run.hpp"

#include <algorithm>
#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/answers_loader.hpp"
#include "secaction/load/security_action_loader.hpp"
#include "secaction/load/yaml_reader.hpp"
#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"
#include "secaction/questionnaire/assess.hpp"
#include "secaction/readiness/present.hpp"
#include "secaction/readiness/readiness.hpp"

namespace secaction::cli {
namespace {

struct LoadedAssessment {
  load::LoadedAnswers answers;
  questionnaire::Assessment assessment;
};

// Paths in an evidence file are relative to the evidence file, so it can sit beside its answer
// files; they must stay inside its directory (after "..", "." and symbolic links are resolved)
// unless --allow-outside: a consultant's run over one client's folder cannot pull in another
// client's files, or /etc. Empty (with an error at the path) when refused.
std::string resolve_evidence_path(const std::string& evidence_file, const load::EvidencePath& named, const char* key,
                                  bool allow_outside, Diagnostics& diagnostics) {
  namespace fs = std::filesystem;
  const fs::path written(named.path);
  const fs::path base = fs::path(evidence_file).parent_path();
  const std::string path = written.is_absolute() || base.empty() ? named.path : (base / written).lexically_normal().string();
  if (allow_outside) return path;
  std::error_code error;
  const fs::path dir = fs::weakly_canonical(fs::absolute(base.empty() ? fs::path(".") : base), error);
  const fs::path target = fs::weakly_canonical(fs::absolute(path), error);
  const auto [dir_end, target_at] = std::mismatch(dir.begin(), dir.end(), target.begin(), target.end());
  if (!error && dir_end == dir.end()) return path;
  diagnostics.error(named.where, fmt::format("{}: '{}' is outside the evidence file's directory ({}); keep the answer files "
                                             "beside it, or give --allow-outside",
                                             key, named.path, base.empty() ? std::string(".") : base.string()));
  return "";
}

// Reads an answer file that must answer `instrument_id`. Unanswered items are not an error here:
// they are part of the verdict (an incomplete self-diagnosis is "missing", not "invalid").
std::unique_ptr<LoadedAssessment> load_evidence_answers(Context& context, const std::string& file, const std::string& instrument_id,
                                                        Diagnostics& diagnostics) {
  const std::string text = io::read_file(file);
  load::AnswerFileOptions options{"", load::MissingAnswers::score_unknown};
  const std::size_t errors_before = diagnostics.error_count();
  auto tree = load::read_yaml(text, file, diagnostics, {}, load::answer_marks_kept());
  if (!tree) return nullptr;
  auto loaded = load::load_answers(*tree, context.library(), options, diagnostics);
  if (!loaded || diagnostics.error_count() > errors_before) return nullptr;
  if (loaded->instrument->id != instrument_id) {
    diagnostics.error(tree->at("/instrument"),
                      fmt::format("expected an answer file for {}, but this one answers {}; print the right one with `secaction {} --template`",
                                  instrument_id, loaded->instrument->id,
                                  instrument_id == "self-diagnosis" ? "diagnose" : "checklist " + instrument_id));
    return nullptr;
  }
  auto result = std::make_unique<LoadedAssessment>();
  result->answers = std::move(*loaded);
  result->assessment = questionnaire::assess(*result->answers.instrument, result->answers.answers, context.as_of());
  return result;
}

} // namespace

int run_readiness(Context& context, const ReadinessRun& run) {
  const Format format = resolve_format(run.output);
  Diagnostics diagnostics;
  std::string five_principles_file = run.five_principles_file;
  std::string self_diagnosis_file = run.self_diagnosis_file;
  std::optional<readiness::Policy> policy;
  if (!run.evidence_file.empty()) {
    const std::string text = io::read_file(run.evidence_file);
    auto evidence = load::load_security_action_evidence(text, run.evidence_file, load::shipped_schema("security-action.schema.json"),
                                                           diagnostics);
    if (!evidence) {
      context.report(diagnostics);
      return static_cast<int>(ExitCode::invalid_input);
    }
    if (five_principles_file.empty() && evidence->five_principles) {
      five_principles_file =
          resolve_evidence_path(run.evidence_file, *evidence->five_principles, "five_principles", run.allow_outside, diagnostics);
    }
    if (self_diagnosis_file.empty() && evidence->self_diagnosis) {
      self_diagnosis_file =
          resolve_evidence_path(run.evidence_file, *evidence->self_diagnosis, "self_diagnosis", run.allow_outside, diagnostics);
    }
    if (diagnostics.has_errors()) {
      context.report(diagnostics);
      return static_cast<int>(ExitCode::invalid_input);
    }
    policy = evidence->policy;
  }

  std::unique_ptr<LoadedAssessment> five_principles;
  std::unique_ptr<LoadedAssessment> self_diagnosis;
  if (!five_principles_file.empty()) five_principles = load_evidence_answers(context, five_principles_file, "five-principles", diagnostics);
  if (!self_diagnosis_file.empty()) self_diagnosis = load_evidence_answers(context, self_diagnosis_file, "self-diagnosis", diagnostics);
  context.report(diagnostics);
  if (diagnostics.has_errors()) return static_cast<int>(ExitCode::invalid_input);

  readiness::Evidence evidence{five_principles ? &five_principles->assessment : nullptr,
                               self_diagnosis ? &self_diagnosis->assessment : nullptr, policy};
  const auto result = readiness::assess_readiness(evidence);
  const Lang lang = context.lang();
  context.emit(run.output,
               render_report(
                   format, run.output, [&] { return readiness::to_document(result, lang); },
                   [&] { return readiness::to_json(result, lang); }, RenderExtras{lang, context.as_of(), std::nullopt, {}}));
  return static_cast<int>(ExitCode::ok);
}

} // namespace secaction::cli
