#include "answer_sources.hpp"

namespace secaction::cli {

std::vector<AnswerSource> load_answer_sources(Context& context, const std::vector<std::string>& files, Diagnostics& diagnostics) {
  std::vector<AnswerSource> sources;
  for (const auto& file : files) {
    const std::string text = context.read_input(file);
    const std::string name = display_name(file);
    // Blank items load as `unknown` and are listed in `missing`; a blank is no answer here.
    const load::AnswerFileOptions options{"", load::MissingAnswers::score_unknown, false};
    auto loaded = load::load_answer_file(text, name, context.library(), options, diagnostics);
    if (!loaded) continue;
    for (const auto& number : loaded->answers.missing) loaded->answers.answers.erase(number);
    loaded->answers.missing.clear();
    sources.push_back({name, std::move(*loaded)});
  }
  return sources;
}

} // namespace secaction::cli
