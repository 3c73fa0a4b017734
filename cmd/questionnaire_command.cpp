#include "questionnaire_command.hpp"

#include <iterator>

#include <fmt/format.h>

#include "secaction/content/answers_loader.hpp"
#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"
#include "secaction/questionnaire/answer_template.hpp"
#include "secaction/questionnaire/assess.hpp"
#include "secaction/questionnaire/present.hpp"

namespace secaction::cli {

std::string read_input(Context& context, const std::string& file) {
  if (file != "-") return io::read_file(file);
  std::string text(std::istreambuf_iterator<char>(context.streams().in), {});
  if (text.size() > io::k_max_input_bytes) {
    Diagnostics diagnostics;
    diagnostics.error({"<stdin>"}, "input is larger than the 16 MiB limit");
    throw InputError(std::move(diagnostics));
  }
  return text;
}

namespace {

questionnaire::InstrumentTitles referenced_titles(Context& context, const questionnaire::Instrument& instrument) {
  questionnaire::InstrumentTitles titles;
  for (const auto& part : instrument.parts) {
    for (const auto& item : part.items) {
      for (const auto& ref : item.refs) {
        if (titles.count(ref.instrument)) continue;
        Diagnostics ignored; // a broken reference is `validate`'s business, not the report's
        if (const auto* target = context.library().get(ref.instrument, ignored)) titles[ref.instrument] = target->title;
      }
    }
  }
  return titles;
}

} // namespace

int run_questionnaire(Context& context, const QuestionnaireRun& run) {
  const Format format = resolve_format(run.output);
  const std::string text = read_input(context, run.file);
  const std::string display_name = run.file == "-" ? "<stdin>" : run.file;

  Diagnostics diagnostics;
  content::AnswerFileOptions options{run.command, run.allow_missing ? content::MissingAnswers::score_unknown
                                                                     : content::MissingAnswers::error};
  auto loaded = content::load_answer_file(text, display_name, context.library(), options, diagnostics);
  context.report(diagnostics);
  if (!loaded) return static_cast<int>(ExitCode::invalid_input);

  const auto assessment = questionnaire::assess(*loaded->instrument, loaded->answers, context.as_of());
  const Lang lang = context.lang();
  context.emit(run.output, render_report(format, run.output,
                                         [&] {
                                           return questionnaire::to_document(assessment, lang,
                                                                             referenced_titles(context, *loaded->instrument));
                                         },
                                         [&] { return questionnaire::to_json(assessment, lang); }));

  if (run.fail_under) {
    const bool by_percent = loaded->instrument->scoring.method == questionnaire::ScoringMethod::completion;
    const double value = by_percent ? assessment.percent() : assessment.total;
    if (value < *run.fail_under) {
      context.streams().err << fmt::format("secaction: {} {} is below --fail-under {}\n", by_percent ? "completion" : "total score",
                                           by_percent ? fmt::format("{:.1f}%", value) : fmt::format("{}", value), *run.fail_under);
      return static_cast<int>(ExitCode::gate_failed);
    }
  }
  return static_cast<int>(ExitCode::ok);
}

int print_template(Context& context, const std::string& instrument_id, const OutputOptions& output) {
  Diagnostics diagnostics;
  const auto* instrument = context.library().get(instrument_id, diagnostics);
  if (instrument == nullptr) {
    context.report(diagnostics);
    return static_cast<int>(ExitCode::invalid_input);
  }
  const auto template_file = context.library().read_text("templates/answer-file.yaml.mustache");
  context.emit(output, questionnaire::render_answer_template(template_file.text, *instrument, context.lang(), context.as_of()));
  return static_cast<int>(ExitCode::ok);
}

} // namespace secaction::cli
