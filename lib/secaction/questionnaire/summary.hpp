#pragma once
// A questionnaire result as one row of a batch run's portfolio summary (report/summary.hpp).
#include <string>
#include <vector>

#include "secaction/core/lang.hpp"
#include "secaction/questionnaire/assess.hpp"
#include "secaction/report/summary.hpp"

namespace secaction::questionnaire {

/// The columns every summary starts with: file, organization, assessed_on, instrument, score, max,
/// percent, band, band_label.
std::vector<std::string> common_summary_columns();

/// How the parts (self-diagnosis parts, checklist groups) appear in the summary.
enum class PartColumns {
  /// One column per part of `instrument`, named part_<id>, holding the part's score. Fixed
  /// columns: diagnose always scores the one self-diagnosis instrument.
  one_per_part,
  /// A single `groups` column "id=score/max; id=score/max": checklists of different instruments
  /// share one summary, and its header is written before the first input is read.
  one_column,
};

std::vector<std::string> summary_columns(PartColumns layout, const Instrument* instrument);

/// `file` is the input as named on the command line; texts (band label) follow `lang`.
report::SummaryRow summary_row(const Assessment& assessment, const std::string& file, PartColumns layout, Lang lang);

} // namespace secaction::questionnaire
