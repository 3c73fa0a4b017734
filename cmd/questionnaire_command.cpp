#include "questionnaire_command.hpp"

#include <filesystem>
#include <iterator>
#include <memory>

#include <fmt/format.h>

#include "secaction/load/answers_loader.hpp"
#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"
#include "secaction/questionnaire/answer_template.hpp"
#include "secaction/questionnaire/assess.hpp"
#include "secaction/questionnaire/chart.hpp"
#include "secaction/questionnaire/gate.hpp"
#include "secaction/questionnaire/present.hpp"
#include "secaction/questionnaire/summary.hpp"

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

questionnaire::InstrumentTitles referenced_titles(content::Library& library, const questionnaire::Instrument& instrument) {
  questionnaire::InstrumentTitles titles;
  for (const auto& part : instrument.parts) {
    for (const auto& item : part.items) {
      for (const auto& ref : item.refs) {
        if (titles.count(ref.instrument)) continue;
        Diagnostics ignored; // a broken reference is `validate`'s business, not the report's
        if (const auto* target = library.get(ref.instrument, ignored)) titles[ref.instrument] = target->title;
      }
    }
  }
  return titles;
}

load::AnswerFileOptions answer_file_options(const QuestionnaireRun& run) {
  return {run.command, run.allow_missing ? load::MissingAnswers::score_unknown : load::MissingAnswers::error};
}

// The report of one assessment and, for a Markdown file of an instrument with several parts, the
// bar chart of the parts beside it (report.md -> report.svg), linked from the report. Single and
// batch runs both write what this returns.
ReportFiles questionnaire_report_files(content::Library& library, const questionnaire::Assessment& assessment, Format format,
                                       const OutputOptions& output, Lang lang, const std::string& main_file_name) {
  const std::string chart_file =
      questionnaire::has_parts_chart(*assessment.instrument) ? chart_file_name(format, output, main_file_name) : "";
  ReportFiles files;
  files.main = render_report(
      format, output,
      [&] { return questionnaire::to_document(assessment, lang, referenced_titles(library, *assessment.instrument), chart_file); },
      [&] { return questionnaire::to_json(assessment, lang); });
  if (!chart_file.empty()) files.companions.push_back({".svg", report::render_bar_svg(questionnaire::parts_chart(assessment, lang))});
  return files;
}

// --fail-under, when given: the engine's gate.
std::optional<std::string> fail_under_message(const questionnaire::Assessment& assessment, std::optional<double> fail_under) {
  if (!fail_under) return std::nullopt;
  if (auto failure = questionnaire::fail_under(assessment, *fail_under)) return failure->message;
  return std::nullopt;
}

} // namespace

int run_questionnaire(Context& context, const QuestionnaireRun& run) {
  const Format format = resolve_format(run.output);
  const std::string text = read_input(context, run.file);
  const std::string display_name = run.file == "-" ? "<stdin>" : run.file;

  Diagnostics diagnostics;
  auto loaded = load::load_answer_file(text, display_name, context.library(), answer_file_options(run), diagnostics);
  context.report(diagnostics);
  if (!loaded) return static_cast<int>(ExitCode::invalid_input);

  const auto assessment = questionnaire::assess(*loaded->instrument, loaded->answers, context.as_of());
  const bool to_file = !run.output.output.empty() && run.output.output != "-";
  const std::string main_file_name = to_file ? std::filesystem::path(run.output.output).filename().string() : "";
  emit_report_files(context, run.output,
                    questionnaire_report_files(context.library(), assessment, format, run.output, context.lang(), main_file_name));

  if (auto failure = fail_under_message(assessment, run.fail_under)) {
    context.streams().err << "secaction: " << *failure << '\n';
    return static_cast<int>(ExitCode::gate_failed);
  }
  return static_cast<int>(ExitCode::ok);
}

BatchCommand questionnaire_batch_command(Context& context, const QuestionnaireRun& run) {
  content::Library& library = context.library();
  const Lang lang = context.lang();
  const auto as_of = context.as_of();
  const Format format = resolve_format(run.output);
  const bool diagnose = run.command == "diagnose";
  // diagnose always scores the self-diagnosis: its parts are fixed columns. Checklists of several
  // instruments share one summary, so their groups go into one column.
  const auto layout = diagnose ? questionnaire::PartColumns::one_per_part : questionnaire::PartColumns::one_column;
  const questionnaire::Instrument* fixed = nullptr;
  if (diagnose) {
    Diagnostics diagnostics;
    fixed = library.get("self-diagnosis", diagnostics);
    if (fixed == nullptr) throw InputError(std::move(diagnostics));
  }
  BatchCommand command;
  command.name = run.command;
  command.extensions = {".yaml", ".yml"};
  command.summary_columns = questionnaire::summary_columns(layout, fixed);
  command.full_check = [](const std::string& file) { return "secaction validate " + file; };
  command.process = [&library, lang, as_of, format, layout, run](const std::string& file) {
    ProcessResult result;
    const std::string text = io::read_file(file);
    auto loaded = load::load_answer_file(text, file, library, answer_file_options(run), result.diagnostics);
    if (!loaded) return result;
    auto assessment = std::make_shared<const questionnaire::Assessment>(questionnaire::assess(*loaded->instrument, loaded->answers, as_of));
    ProcessedInput processed;
    processed.organization = assessment->organization.name;
    processed.summary_row = questionnaire::summary_row(*assessment, file, layout, lang);
    if (auto failure = fail_under_message(*assessment, run.fail_under)) processed.gate_failures.push_back(*failure);
    processed.render = [&library, assessment, format, output = run.output, lang](const std::string& main_file_name) {
      return questionnaire_report_files(library, *assessment, format, output, lang, main_file_name);
    };
    result.processed = std::move(processed);
    return result;
  };
  return command;
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
