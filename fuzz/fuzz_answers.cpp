// Answer files for diagnose and checklist: YAML reading, schema, loader, scoring, reports.
#include "fuzz_support.hpp"
#include "secaction/load/answers_loader.hpp"
#include "secaction/load/yaml_reader.hpp"
#include "secaction/questionnaire/assess.hpp"
#include "secaction/questionnaire/present.hpp"

namespace {

// A text read without its marks keeps a few at once (counted in characters on their own) and
// reads the rest when one is asked for (through the line table): both must say the same place.
void check_kept_marks(std::string_view text) {
  using namespace secaction;
  Diagnostics reading;
  auto tree = load::read_yaml(text, "fuzz.yaml", reading, {}, load::answer_marks_kept());
  if (!tree || tree->marks_read()) return;
  std::vector<std::pair<std::string, std::pair<SourceLocation, SourceLocation>>> kept;
  for (const auto& pointer : load::answer_marks_kept()) {
    if (!tree->root().contains(nlohmann::json::json_pointer(pointer))) continue;
    kept.emplace_back(pointer, std::pair(tree->at(pointer), tree->key_at(pointer)));
  }
  if (tree->marks_read()) __builtin_trap(); // a kept mark was not kept
  (void)tree->at("/not in any answer file");  // reads every mark
  for (const auto& [pointer, places] : kept) {
    const auto value = tree->at(pointer);
    const auto key = tree->key_at(pointer);
    if (value.line != places.first.line || value.column != places.first.column || key.line != places.second.line ||
        key.column != places.second.column) {
      __builtin_trap();
    }
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace secaction;
  check_kept_marks(fuzz::as_text(data, size));
  Diagnostics diagnostics;
  for (auto missing : {load::MissingAnswers::error, load::MissingAnswers::score_unknown}) {
    auto loaded = load::load_answer_file(fuzz::as_text(data, size), "fuzz.yaml", fuzz::library(), {"", missing}, diagnostics);
    if (!loaded) continue;
    const auto assessment = questionnaire::assess(*loaded->instrument, loaded->answers);
    for (Lang lang : {Lang::ja, Lang::en}) {
      fuzz::render_all(questionnaire::to_document(assessment, lang), questionnaire::to_json(assessment, lang));
    }
  }
  for (const auto& d : diagnostics.all()) (void)format_diagnostic(d);
  return 0;
}
