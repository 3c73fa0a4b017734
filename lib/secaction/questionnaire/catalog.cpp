#include "secaction/questionnaire/catalog.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "secaction/report/credits.hpp"

namespace secaction::questionnaire {
namespace {

std::string count_text(const CatalogEntry& entry) { return entry.item_count ? std::to_string(*entry.item_count) : "—"; }

std::string source_text(const CatalogEntry& entry, Lang lang) {
  std::string source = entry.edition.empty()
                           ? entry.document.in(lang)
                           : fmt::format("{}{}{}", entry.document.in(lang), lang == Lang::ja ? "／" : " / ", entry.edition.in(lang));
  if (!entry.own_items) return source;
  return lang == Lang::ja ? fmt::format("secaction 独自の設問（{} の構成に沿って作成）", source)
                          : fmt::format("secaction's own items, following {}", source);
}

std::string_view items_origin(const CatalogEntry& entry) { return entry.own_items ? "secaction" : "official"; }

std::string pack_text(const CatalogEntry& entry, Lang lang) {
  if (entry.item_count && entry.pack.empty()) return tr(lang, "内蔵", "built-in");
  return entry.pack.empty() ? "—" : entry.pack;
}

} // namespace

CatalogEntry catalog_entry(const Instrument& instrument, std::string pack) {
  return {instrument.id,       instrument.title, instrument.item_count(), instrument.source.document, instrument.source.edition,
          instrument.question_origin == Origin::secaction, instrument.edition, std::move(pack)};
}

report::Document catalog_document(const std::vector<CatalogEntry>& entries, Lang lang) {
  report::Document doc;
  doc.title = tr(lang, "チェックリスト一覧", "Checklists");
  report::Table table;
  table.header = {"ID", tr(lang, "名称", "Title"), tr(lang, "項目数", "Items"),
                  tr(lang, "出典", "Source"), tr(lang, "パック", "Pack")};
  table.align = {report::Align::left, report::Align::left, report::Align::right, report::Align::left, report::Align::left};
  for (const auto& entry : entries) {
    table.rows.push_back({entry.key(), entry.title.in(lang), count_text(entry), source_text(entry, lang), pack_text(entry, lang)});
  }
  doc.table(std::move(table));
  doc.paragraph(tr(lang, "空の回答ファイル：secaction checklist ID --template　採点：secaction checklist 回答ファイル",
                   "Blank answer file: secaction checklist ID --template. Score it: secaction checklist ANSWER-FILE"));
  doc.credit(Origin::official,
             tr(lang, "名称と、出典の項目であるチェックリストの項目",
                "the titles, and the items of checklists whose items are the source's"),
             tr(lang, "「出典」列の各文書", "each document in the Source column"));
  if (std::any_of(entries.begin(), entries.end(), [](const CatalogEntry& e) { return e.own_items; })) {
    doc.credit(Origin::secaction, tr(lang, "「出典」列が secaction 作成と記すチェックリストの項目",
                                     "the items of the checklists the Source column marks as secaction's"));
  }
  doc.credit(Origin::secaction, tr(lang, "この一覧の構成と説明の文章", "the list's layout and explanatory sentences"));
  report::add_credits_section(doc, lang);

  doc.records.header = {"id", "title", "items", "document", "edition", "items_origin", "edition_id", "pack"};
  for (const auto& entry : entries) {
    doc.records.rows.push_back({entry.id, entry.title.in(lang), entry.item_count ? std::to_string(*entry.item_count) : "",
                                entry.document.in(lang), entry.edition.in(lang), std::string(items_origin(entry)), entry.edition_id,
                                entry.pack});
  }
  return doc;
}

nlohmann::ordered_json catalog_json(const std::vector<CatalogEntry>& entries, Lang lang) {
  using Json = nlohmann::ordered_json;
  Json out;
  out["schema"] = "secaction.checklist-list/v1";
  out["lang"] = std::string(lang_code(lang));
  auto list = Json::array();
  for (const auto& entry : entries) {
    list.push_back({{"id", entry.id},
                    {"title", entry.title.in(lang)},
                    {"items", entry.item_count ? Json(*entry.item_count) : Json()},
                    {"document", entry.document.in(lang)},
                    {"edition", entry.edition.empty() ? Json() : Json(entry.edition.in(lang))},
                    {"items_origin", std::string(items_origin(entry))},
                    {"edition_id", entry.edition_id.empty() ? Json() : Json(entry.edition_id)},
                    {"pack", entry.pack.empty() ? Json() : Json(entry.pack)}});
  }
  out["checklists"] = std::move(list);
  return out;
}

} // namespace secaction::questionnaire
