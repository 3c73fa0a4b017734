// Answer files for diagnose and checklist: YAML reading, schema, loader, scoring, reports.
#include "fuzz_support.hpp"
#include "secaction/load/answers_loader.hpp"
#include "secaction/questionnaire/assess.hpp"
#include "secaction/questionnaire/present.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace secaction;
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
