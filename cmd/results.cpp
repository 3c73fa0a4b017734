#include "results.hpp"

#include "secaction/load/answers_loader.hpp"
#include "secaction/load/result_reader.hpp"
#include "secaction/load/yaml_reader.hpp"
#include "secaction/questionnaire/assess.hpp"

namespace secaction::cli {

std::optional<history::Snapshot> read_questionnaire_result(Context& context, const std::string& file, Diagnostics& diagnostics) {
  return questionnaire_result_of(context, context.read_input(file), display_name(file), diagnostics);
}

std::optional<history::Snapshot> questionnaire_result_of(Context& context, std::string_view text, const std::string& name,
                                                         Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  auto tree = load::read_yaml(text, name, diagnostics, {}, load::answer_marks_kept()); // a result keeps /instrument too
  if (!tree || diagnostics.error_count() != errors_before) return std::nullopt;
  if (load::is_result(*tree)) return load::read_result(*tree, context.library(), diagnostics);
  load::AnswerFileOptions options;
  options.offers_allow_missing = false;
  auto loaded = load::load_answers(*tree, context.library(), options, diagnostics);
  if (!loaded) return std::nullopt;
  const auto assessment = questionnaire::assess(*loaded->instrument, loaded->answers, context.as_of());
  return history::snapshot_of(assessment, tree->file(), loaded->answers.instrument_at);
}

} // namespace secaction::cli
