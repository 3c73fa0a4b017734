#pragma once
// Readiness -> report::Document (Markdown, CSV) and -> JSON. Declarations are worded as 宣言
// (declare) only: SECURITY ACTION is a self-declaration, never a certification.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "secaction/core/lang.hpp"
#include "secaction/core/provenance.hpp"
#include "secaction/readiness/readiness.hpp"
#include "secaction/report/document.hpp"

namespace secaction::readiness {

/// The one-line verdict, e.g. 「一つ星（★）は今すぐ宣言できます。…」.
std::string verdict_text(const Readiness& readiness, Lang lang);

report::Document to_document(const Readiness& readiness, Lang lang);

nlohmann::ordered_json to_json(const Readiness& readiness, Lang lang);

/// How `checklist list` describes the readiness check (it is not an instrument).
struct CatalogText {
  LocalText title;
  LocalText source;
};
CatalogText catalog_text();

/// The source's words this report quotes, for the verbatim content test (docs/CONTENT.md).
struct QuotedText {
  Origin origin = Origin::official;
  std::string ja;
  std::string where;
};
std::vector<QuotedText> quoted_texts();

} // namespace secaction::readiness
