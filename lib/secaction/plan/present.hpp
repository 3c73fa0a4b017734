#pragma once
// An action plan as a neutral report::Document (Markdown, CSV) and as JSON.
#include <nlohmann/json.hpp>

#include "secaction/core/lang.hpp"
#include "secaction/plan/plan.hpp"
#include "secaction/report/document.hpp"

namespace secaction::plan {

report::Document to_document(const Plan& plan, Lang lang);
nlohmann::ordered_json to_json(const Plan& plan, Lang lang);

} // namespace secaction::plan
