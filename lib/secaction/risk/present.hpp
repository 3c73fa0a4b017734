#pragma once
// RiskAssessment -> report::Document (Markdown, CSV) and -> JSON (schemas/risk-result.schema.json).
#include <nlohmann/json.hpp>

#include "secaction/core/lang.hpp"
#include "secaction/report/document.hpp"
#include "secaction/risk/assess.hpp"

namespace secaction::risk {

/// `sources` names the guideline the rules come from (for the report header).
report::Document to_document(const RiskAssessment& assessment, const RulesSource& sources, Lang lang);

nlohmann::ordered_json to_json(const RiskAssessment& assessment, const RulesSource& sources, Lang lang);

} // namespace secaction::risk
