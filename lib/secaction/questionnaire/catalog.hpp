#pragma once
// `secaction checklist list`: one row per checklist instrument (plus extra rows the caller adds,
// such as the SECURITY ACTION readiness check), as a report::Document and as JSON.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "secaction/core/lang.hpp"
#include "secaction/questionnaire/model.hpp"
#include "secaction/report/document.hpp"

namespace secaction::questionnaire {

struct CatalogEntry {
  std::string id;
  LocalText title;
  std::optional<std::size_t> item_count; // none: not an instrument (no items to answer)
  LocalText document;
  LocalText edition;
  bool own_items = false; // the items are secaction's, written following the document (not its checklist)
  std::string edition_id;  // the edition's id, for instruments that name one (packs)
  std::string pack;        // the content pack it comes from; empty: built in
  [[nodiscard]] std::string key() const { return edition_id.empty() ? id : id + "@" + edition_id; }
};

CatalogEntry catalog_entry(const Instrument& instrument, std::string pack = {});

report::Document catalog_document(const std::vector<CatalogEntry>& entries, Lang lang);

nlohmann::ordered_json catalog_json(const std::vector<CatalogEntry>& entries, Lang lang);

} // namespace secaction::questionnaire
