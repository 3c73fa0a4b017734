#pragma once
// Assessment -> report::Document (for Markdown and CSV) and -> JSON.
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "secaction/core/lang.hpp"
#include "secaction/questionnaire/assess.hpp"
#include "secaction/report/document.hpp"

namespace secaction::questionnaire {

/// Titles of instruments that items refer to ("five-principles" -> 情報セキュリティ5か条), so a
/// report can name them; unknown ids are printed as they are.
using InstrumentTitles = std::map<std::string, LocalText>;

/// `chart_file`: the chart of the parts (chart.hpp) written beside the report as SVG, linked from
/// it; empty when none is written. `appendix`: sections shown after the answers (e.g. the laws and
/// contacts an incident-response report shows), its credits joining the report's footer.
report::Document to_document(const Assessment& assessment, Lang lang, const InstrumentTitles& titles = {},
                             const std::string& chart_file = {}, const report::Document& appendix = {});

/// The documented JSON result (schemas/result.schema.json).
nlohmann::ordered_json to_json(const Assessment& assessment, Lang lang);

} // namespace secaction::questionnaire
