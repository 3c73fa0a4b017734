#pragma once
// Reads several answer files for merge and plan: each is checked like `validate` does (every
// problem in every file is reported). The answers carry where their file names its instrument
// and organisation, so the engines' errors point at the line that causes them.
#include <string>
#include <vector>

#include "context.hpp"
#include "secaction/load/answers_loader.hpp"

namespace secaction::cli {

struct AnswerSource {
  std::string file;
  load::LoadedAnswers loaded;
};

/// Loads every file (blank items are left out of the answers, not scored). Problems go to
/// `diagnostics`; only the files that loaded cleanly are returned.
std::vector<AnswerSource> load_answer_sources(Context& context, const std::vector<std::string>& files, Diagnostics& diagnostics);

} // namespace secaction::cli
