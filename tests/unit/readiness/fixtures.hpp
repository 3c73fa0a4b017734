#pragma once
// Answer files for the readiness tests, loaded through the real loader and scored by the real engine.
#include <memory>
#include <string>

#include <doctest/doctest.h>

#include "secaction/load/answers_loader.hpp"
#include "secaction/questionnaire/assess.hpp"
#include "test_support.hpp"

namespace secaction::test {

struct Scored {
  load::LoadedAnswers loaded;
  questionnaire::Assessment assessment;
};

inline std::unique_ptr<Scored> score(const std::string& yaml) {
  Diagnostics diagnostics;
  load::AnswerFileOptions options{"", load::MissingAnswers::score_unknown};
  auto loaded = load::load_answer_file(yaml, "test.yaml", embedded_library(), options, diagnostics);
  REQUIRE_MESSAGE(loaded.has_value(), "fixture does not load");
  auto scored = std::make_unique<Scored>();
  scored->loaded = std::move(*loaded);
  scored->assessment = questionnaire::assess(*scored->loaded.instrument, scored->loaded.answers);
  return scored;
}

inline std::string five_principles(const std::string& a1, const std::string& a2, const std::string& a3, const std::string& a4,
                                   const std::string& a5) {
  return "instrument: five-principles\nanswers:\n  1: " + a1 + "\n  2: " + a2 + "\n  3: " + a3 + "\n  4: " + a4 + "\n  5: " + a5 + "\n";
}

/// A self-diagnosis with every item answered `answer`, except those overridden in `extra` lines.
inline std::string self_diagnosis(const std::string& answer, int unanswered_from = 26) {
  std::string text = "instrument: self-diagnosis\nanswers:\n";
  for (int number = 1; number <= 25; ++number) {
    text += "  " + std::to_string(number) + ":" + (number >= unanswered_from ? "" : " " + answer) + "\n";
  }
  return text;
}

} // namespace secaction::test
