#pragma once
// The pipeline of the questionnaire subcommands (diagnose, checklist): read an answer file, score
// it, render it, gate on --fail-under; and the blank answer file of an instrument.
#include <optional>
#include <string>
#include <vector>

#include "context.hpp"
#include "output_options.hpp"
#include "pipeline.hpp"
#include "secaction/questionnaire/assess.hpp"
#include "secaction/questionnaire/model.hpp"
#include "secaction/report/portfolio.hpp"

namespace secaction::cli {

struct QuestionnaireSettings {
  std::string command; // diagnose | checklist
  OutputOptions output;
  bool allow_missing = false;
  std::optional<double> fail_under; // total (sum) or percent (completion)
};

/// Loads what the command's reports need (diagnose: the self-diagnosis, whose parts are its
/// summary's columns) before any input is read.
Pipeline questionnaire_pipeline(Context& context, const QuestionnaireSettings& settings);

/// The band of an assessment among its instrument's bands (its label in `lang`),
/// for the HTML and XLSX reports' colour; nullopt for instruments without bands.
std::optional<report::Band> band_of(const questionnaire::Assessment& assessment, Lang lang);

/// Every counted item's points, for a batch portfolio's matrix and worst items.
std::vector<report::ItemScore> item_scores(const questionnaire::Assessment& assessment, Lang lang);

/// Throws UsageError when --fail-under can never be a meaningful gate on `instrument` (out of
/// its range, a fraction of a whole-number score, 0.8 for a percentage).
void check_fail_under(const std::optional<double>& fail_under, const questionnaire::Instrument& instrument);

/// Prints the blank answer file for an instrument; returns the exit status.
int print_template(Context& context, const std::string& instrument_id, const OutputOptions& output);

} // namespace secaction::cli
