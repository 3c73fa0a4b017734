#pragma once
// Progress -> report::Document (Markdown, CSV) and -> JSON (schemas/steps-result.schema.json).
#include <nlohmann/json.hpp>

#include "secaction/core/lang.hpp"
#include "secaction/report/document.hpp"
#include "secaction/steps/steps.hpp"

namespace secaction::steps {

report::Document to_document(const Progress& progress, Lang lang);

nlohmann::ordered_json to_json(const Progress& progress, Lang lang);

} // namespace secaction::steps
