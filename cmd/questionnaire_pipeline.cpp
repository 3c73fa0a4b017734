#include "questionnaire_pipeline.hpp"

#include <memory>

#include "secaction/content/shipped.hpp"
#include "secaction/core/error.hpp"
#include "secaction/incident/guidance.hpp"
#include "secaction/io/files.hpp"
#include "secaction/load/answers_loader.hpp"
#include "secaction/questionnaire/answer_template.hpp"
#include "secaction/questionnaire/assess.hpp"
#include "secaction/questionnaire/chart.hpp"
#include "secaction/questionnaire/gate.hpp"
#include "secaction/questionnaire/present.hpp"
#include "secaction/questionnaire/summary.hpp"
#include "secaction/report/vocabulary.hpp"

namespace secaction::cli {

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

load::AnswerFileOptions answer_file_options(const QuestionnaireSettings& settings) {
  return {settings.command, settings.allow_missing ? load::MissingAnswers::score_unknown : load::MissingAnswers::error};
}

// The report of one assessment and, for a Markdown file of an instrument with several parts, the
// bar chart of the parts beside it (report.md -> report.svg), linked from the report.
ReportFiles questionnaire_report_files(content::Library& library, const incident::Guidance& guidance,
                                       const questionnaire::Assessment& assessment, Format format, const OutputOptions& output,
                                       const RenderExtras& settings, const std::string& main_file_name) {
  const Lang lang = settings.lang;
  const bool has_chart = questionnaire::has_parts_chart(*assessment.instrument);
  // HTML shows the chart inline; Markdown links it as a file beside the report.
  const bool inline_chart = has_chart && format == Format::html && !output.no_chart;
  const std::string chart_file = inline_chart ? k_inline_chart : has_chart ? chart_file_name(format, output, main_file_name) : "";
  RenderExtras extras = settings;
  extras.band = band_of(assessment, lang);
  if (inline_chart) extras.charts[chart_file] = report::render_bar_svg(questionnaire::parts_chart(assessment, lang));
  ReportFiles files;
  files.main = render_report(
      format, output,
      [&] {
        report::Document appendix;
        incident::add_guidance(appendix, lang, guidance, assessment.instrument->id);
        return questionnaire::to_document(assessment, lang, referenced_titles(library, *assessment.instrument), chart_file,
                                          appendix);
      },
      [&] { return questionnaire::to_json(assessment, lang); }, extras);
  if (!chart_file.empty() && !inline_chart) {
    files.companions.push_back({".svg", report::render_bar_svg(questionnaire::parts_chart(assessment, lang))});
  }
  return files;
}

} // namespace

std::optional<report::Band> band_of(const questionnaire::Assessment& assessment, Lang lang) {
  if (assessment.band == nullptr) return std::nullopt;
  const auto& bands = assessment.instrument->bands;
  for (std::size_t rank = 0; rank < bands.size(); ++rank) {
    if (&bands[rank] == assessment.band) return report::Band{assessment.band->status.in(lang), rank, bands.size()};
  }
  return std::nullopt;
}

std::vector<report::ItemScore> item_scores(const questionnaire::Assessment& assessment, Lang lang) {
  std::vector<report::ItemScore> items;
  const double max = assessment.instrument->scoring.max_points_per_item;
  for (const auto& part : assessment.parts) {
    for (const auto& scored : part.items) {
      if (!scored.counted) continue;
      items.push_back({assessment.instrument->id, scored.item->number,
                       report::item_label(lang, scored.item->number) + " " + scored.item->question.in(lang), scored.points, max});
    }
  }
  return items;
}

void check_fail_under(const std::optional<double>& fail_under, const questionnaire::Instrument& instrument) {
  if (!fail_under) return;
  if (auto problem = impossible_threshold("--fail-under", *fail_under, questionnaire::fail_under_range(instrument))) {
    throw UsageError(*problem);
  }
}

Pipeline questionnaire_pipeline(Context& context, const QuestionnaireSettings& settings) {
  const Format format = resolve_format(settings.output);
  content::Library& library = context.library();
  // --fail-under must make sense for every instrument the command scores.
  if (settings.fail_under) {
    Diagnostics ignored;
    for (const auto& id : library.ids()) {
      const auto* instrument = library.get(id, ignored);
      if (instrument != nullptr && instrument->command == settings.command) check_fail_under(settings.fail_under, *instrument);
    }
  }
  const Lang lang = context.lang();
  const auto as_of = context.as_of();
  const bool diagnose = settings.command == "diagnose";
  // diagnose always scores the self-diagnosis: its parts are fixed columns. Checklists of several
  // instruments share one summary, so their groups go into one column.
  const auto layout = diagnose ? questionnaire::PartColumns::one_per_part : questionnaire::PartColumns::one_column;
  const questionnaire::Instrument* fixed = nullptr;
  if (diagnose) {
    Diagnostics diagnostics;
    fixed = library.get("self-diagnosis", diagnostics);
    if (fixed == nullptr) throw InputError(std::move(diagnostics));
  }
  // The laws and contacts some reports show (content/incident), loaded once for every input.
  auto guidance = std::make_shared<const incident::Guidance>([&library] {
    Diagnostics diagnostics;
    auto loaded = content::incident_guidance(library, diagnostics);
    if (diagnostics.has_errors()) throw InputError(std::move(diagnostics));
    return loaded;
  }());
  Pipeline pipeline;
  pipeline.command = settings.command;
  pipeline.extensions = {".yaml", ".yml"};
  pipeline.summary_columns = questionnaire::summary_columns(layout, fixed);
  pipeline.full_check = [](const std::string& file) { return "secaction validate " + file; };
  pipeline.process = [&library, guidance, lang, as_of, format, layout, settings](const Input& input) {
    ProcessResult result;
    auto loaded = load::load_answer_file(input.text, input.name(), library, answer_file_options(settings), result.diagnostics);
    if (!loaded) return result;
    auto assessment = std::make_shared<const questionnaire::Assessment>(questionnaire::assess(*loaded->instrument, loaded->answers, as_of));
    ProcessedInput processed;
    processed.organization = assessment->organization.name;
    processed.summary_row = questionnaire::summary_row(*assessment, input.name(), layout, lang);
    if (settings.fail_under) {
      if (auto failure = questionnaire::fail_under(*assessment, *settings.fail_under))
        processed.gate_failures.push_back(failure->message);
    }
    processed.band = band_of(*assessment, lang);
    processed.items = [assessment, lang] { return item_scores(*assessment, lang); };
    processed.render = [&library, guidance, assessment, format, output = settings.output,
                        extras = RenderExtras{lang, as_of, std::nullopt, {}}](const std::string& main_file_name) {
      return questionnaire_report_files(library, *guidance, *assessment, format, output, extras, main_file_name);
    };
    result.processed = std::move(processed);
    return result;
  };
  return pipeline;
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
