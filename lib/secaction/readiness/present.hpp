#pragma once
// Readiness -> report::Document (Markdown, CSV) and -> JSON. Declarations are worded as 宣言
// (declare) only: SECURITY ACTION is a self-declaration, never a certification.
#include <string>

#include <nlohmann/json.hpp>

#include "secaction/core/lang.hpp"
#include "secaction/readiness/readiness.hpp"
#include "secaction/report/document.hpp"

namespace secaction::readiness {

/// The one-line verdict, e.g. 「一つ星（★）を宣言する準備ができています」.
std::string verdict_text(const Readiness& readiness, Lang lang);

report::Document to_document(const Readiness& readiness, Lang lang);

nlohmann::ordered_json to_json(const Readiness& readiness, Lang lang);

/// How `checklist list` describes the readiness check (it is not an instrument).
struct CatalogText {
  LocalText title;
  LocalText source;
};
CatalogText catalog_text();

} // namespace secaction::readiness
