#pragma once
// An action plan as a neutral report::Document (Markdown, CSV, HTML, XLSX) and as JSON.
#include <nlohmann/json.hpp>

#include "secaction/core/lang.hpp"
#include "secaction/plan/cost.hpp"
#include "secaction/plan/plan.hpp"
#include "secaction/report/document.hpp"

namespace secaction::plan {

/// `costs` (plan --costs): adds the cost-effectiveness section, its CSV columns and JSON object.
report::Document to_document(const Plan& plan, Lang lang, const CostView* costs = nullptr);
nlohmann::ordered_json to_json(const Plan& plan, Lang lang, const CostView* costs = nullptr);

} // namespace secaction::plan
