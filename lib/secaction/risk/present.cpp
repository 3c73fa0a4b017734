#include "secaction/risk/present.hpp"

#include <fmt/format.h>

namespace secaction::risk {
namespace {

using report::Align;
using report::Document;
using report::Table;
using Json = nlohmann::ordered_json;

std::string str(std::string_view text) { return std::string(text); }

std::string or_blank(Lang lang, const std::string& text) {
  return text.empty() ? str(tr(lang, "（未記入）", "(not given)")) : text;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += separator;
    out += items[i];
  }
  return out;
}

std::string band_label(Lang lang, const AssetRisk& r) { return r.band ? r.band->label.in(lang) : "—"; }

std::string personal_text(Lang lang, const PersonalInformation& info) {
  std::vector<std::string> kinds;
  if (info.personal) kinds.push_back(str(tr(lang, "個人情報", "personal")));
  if (info.sensitive) kinds.push_back(str(tr(lang, "要配慮個人情報", "sensitive")));
  if (info.my_number) kinds.push_back(str(tr(lang, "特定個人情報", "My Number")));
  return kinds.empty() ? str(tr(lang, "なし", "none")) : join(kinds, lang == Lang::ja ? "、" : ", ");
}

std::string level_with_source(Lang lang, int value, LevelSource source) {
  if (source == LevelSource::register_value) return fmt::format("{}{}", value, tr(lang, "（台帳）", " (register)"));
  return std::to_string(value);
}

std::string treatment_text(Lang lang, const Asset& asset) {
  if (!asset.treatment) return str(tr(lang, "未決定", "not decided"));
  return treatment_label(asset.treatment->option).in(lang);
}

std::string origin_suffix(Lang lang, Origin origin) {
  return origin == Origin::official ? str(tr(lang, "（公式）", " (official)"))
                                    : str(tr(lang, "（secaction 独自）", " (secaction's own)"));
}

std::string top10_text(Lang lang, const Catalogue& catalogue, const Threat& threat) {
  std::vector<std::string> names;
  for (int rank : threat.top10) {
    const auto* entry = catalogue.find_top10(rank);
    const std::string name = entry ? entry->name.in(lang) : "?";
    names.push_back(lang == Lang::ja ? fmt::format("{}位 {}", rank, name) : fmt::format("#{} {}", rank, name));
  }
  return names.empty() ? "—" : join(names, lang == Lang::ja ? "／" : "; ");
}

void add_header(Document& doc, Lang lang, const RiskAssessment& a, const RulesSource& sources) {
  const Register& reg = *a.register_;
  doc.title = str(tr(lang, "情報セキュリティ リスク分析 結果", "Information security risk analysis: results"));
  std::vector<std::pair<std::string, std::string>> fields;
  fields.emplace_back(tr(lang, "組織", "Organisation"), describe_organization(lang, reg.organization));
  fields.emplace_back(tr(lang, "評価日", "Assessed on"), or_blank(lang, reg.assessed_on ? to_string(*reg.assessed_on) : std::string()));
  if (!reg.assessor.empty()) fields.emplace_back(tr(lang, "評価者", "Assessor"), reg.assessor);
  fields.emplace_back(tr(lang, "出典", "Source"), fmt::format("{}{}{}", sources.document.in(lang), lang == Lang::ja ? "／" : " / ",
                                                             a.edition->title.in(lang)));
  fields.emplace_back(tr(lang, "計算式", "Formula"),
                      str(tr(lang, "リスク値 ＝ 重要度 × 被害発生可能性（重要度＝機密性・完全性・可用性の最大値、被害発生可能性＝脅威×脆弱性の換算表）",
                             "risk = importance × likelihood (importance = highest of C, I, A; likelihood = threat × "
                             "vulnerability conversion table)")));
  fields.emplace_back(tr(lang, "情報資産の数", "Assets"), std::to_string(reg.assets.size()));
  doc.fields(std::move(fields));
}

void add_summary(Document& doc, Lang lang, const RiskAssessment& a) {
  doc.heading(2, str(tr(lang, "区分別の件数", "Assets per band")));
  Table table;
  const bool lifted = a.edition->band_importance_offset > 0;
  table.header = {str(tr(lang, "区分", "Band")),
                  lifted ? str(tr(lang, "第3.1版換算のリスク値", "Risk values on the 3.1 scale")) : str(tr(lang, "リスク値", "Risk values")),
                  str(tr(lang, "意味", "Meaning")),
                  str(tr(lang, "件数", "Assets"))};
  table.align = {Align::left, Align::left, Align::left, Align::right};
  for (const auto& count : a.band_counts) {
    const Band& band = *count.band;
    const std::string range = band.min == band.max ? std::to_string(band.min) : fmt::format("{}–{}", band.min, band.max);
    table.rows.push_back({band.label.in(lang), range, band.meaning.in(lang) + origin_suffix(lang, band.origin),
                          std::to_string(count.count)});
  }
  doc.table(std::move(table));
  if (lifted) {
    doc.paragraph(lang == Lang::ja
                      ? fmt::format("第3版の区分は公表されていないため、（重要度＋{}）×被害発生可能性（第3.1版換算のリスク値）に第3.1版の区分を当て、この値の高い順に並べています（secaction 独自の規則）。",
                                    a.edition->band_importance_offset)
                      : fmt::format("Edition 3 published no bands: the 3.1 bands are matched against (importance + {}) × likelihood "
                                    "(the value on the 3.1 scale), and the register is sorted by it (secaction's own rule).",
                                    a.edition->band_importance_offset));
  }
  const std::size_t untreated = a.untreated_high_count();
  doc.paragraph(untreated == 0
                    ? str(tr(lang, "対策が未決定の「大」のリスクはありません。", "Every High risk has a treatment decided."))
                    : (lang == Lang::ja ? fmt::format("対策が未決定の「大」のリスクが{}件あります。下の「大のリスクへの対策」を見て、対策を決めて台帳に記入してください。", untreated)
                                        : fmt::format("{} High risk(s) have no treatment decided. See “Treating High risks” below and "
                                                      "record a decision in the register.", untreated)));
}

void add_register(Document& doc, Lang lang, const RiskAssessment& a) {
  doc.heading(2, str(tr(lang, "リスク値の高い順の台帳", "Register by risk")));
  Table table;
  table.header = {str(tr(lang, "順位", "Rank")),        str(tr(lang, "情報資産名称", "Asset")),
                  str(tr(lang, "媒体・保存先", "Medium")), str(tr(lang, "機密性", "C")),
                  str(tr(lang, "完全性", "I")),         str(tr(lang, "可用性", "A")),
                  str(tr(lang, "重要度", "Importance")), str(tr(lang, "脅威", "Threat")),
                  str(tr(lang, "脆弱性", "Vulnerability")), str(tr(lang, "被害発生可能性", "Likelihood")),
                  str(tr(lang, "リスク値", "Risk")),     str(tr(lang, "区分", "Band")),
                  str(tr(lang, "対策", "Treatment"))};
  table.align = {Align::right, Align::left,  Align::left,  Align::right, Align::right, Align::right, Align::right,
                 Align::right, Align::right, Align::right, Align::right, Align::left,  Align::left};
  std::size_t rank = 0;
  for (const auto& r : a.prioritised) {
    ++rank;
    const Asset& asset = *r.asset;
    std::string importance = std::to_string(r.importance);
    if (r.importance_forced) importance += asset.personal_information.any() ? str(tr(lang, "（個人情報）", " (personal data)"))
                                                                            : str(tr(lang, "（存続）", " (survival)"));
    table.rows.push_back({std::to_string(rank), asset.name, r.medium->name.in(lang), std::to_string(asset.confidentiality),
                          std::to_string(asset.integrity), std::to_string(asset.availability), importance,
                          level_with_source(lang, r.threat, r.threat_source),
                          level_with_source(lang, r.vulnerability, r.vulnerability_source), std::to_string(r.likelihood),
                          std::to_string(r.risk), band_label(lang, r), treatment_text(lang, asset)});
  }
  doc.table(std::move(table));
}

void add_treatments(Document& doc, Lang lang, const RiskAssessment& a) {
  doc.heading(2, str(tr(lang, "大のリスクへの対策", "Treating High risks")));
  bool any = false;
  for (const auto& r : a.prioritised) {
    if (!r.recommended) continue;
    any = true;
    const Asset& asset = *r.asset;
    doc.heading(3, lang == Lang::ja ? fmt::format("{}（{}、リスク値{}）", asset.name, r.medium->name.ja, r.risk)
                                    : fmt::format("{} ({}, risk {})", asset.name, r.medium->name.en, r.risk));
    std::vector<std::pair<std::string, std::string>> fields;
    if (asset.treatment) {
      fields.emplace_back(tr(lang, "決定した対策", "Decided treatment"), treatment_label(asset.treatment->option).in(lang));
      if (!asset.treatment->reason.empty()) fields.emplace_back(tr(lang, "理由", "Reason"), asset.treatment->reason);
      if (!asset.treatment->measures.empty()) {
        fields.emplace_back(tr(lang, "予定する対策", "Planned measures"), join(asset.treatment->measures, lang == Lang::ja ? "／" : "; "));
      }
    } else {
      fields.emplace_back(tr(lang, "決定した対策", "Decided treatment"), str(tr(lang, "未決定（要対応）", "none yet (action needed)")));
    }
    fields.emplace_back(tr(lang, "推奨（secaction 独自の規則）", "Recommended (secaction's rule)"), treatment_label(*r.recommended).in(lang));
    doc.fields(std::move(fields));
    if (!r.missing_countermeasures.empty()) {
      doc.paragraph(str(tr(lang, "この媒体でまだ実施していない対策：", "Countermeasures of this medium not yet in place:")));
      std::vector<std::string> items;
      for (const auto* measure : r.missing_countermeasures) items.push_back(measure->text.in(lang));
      doc.bullets(std::move(items));
    }
  }
  if (!any) {
    doc.paragraph(str(tr(lang, "「大」のリスクはありません。", "There are no High risks.")));
    return;
  }
  doc.paragraph(str(tr(lang,
      "対策の選択肢（ガイドラインの「対策の決定」）：低減＝対策を実施してリスクを下げる／回避＝その媒体や業務をやめる／移転＝保険や外部サービスに移す／保有＝対策をせず現状を維持する（受容）。"
      "推奨は secaction 独自の規則です：媒体に未実施の対策があれば低減、なければ持ち出しをやめられる媒体（可搬電子媒体・モバイル機器）は回避、それ以外は移転。「大」のリスクに保有は推奨しません。",
      "Treatment options (the guideline's 対策の決定): reduce = put countermeasures in place; avoid = stop using the medium or "
      "activity; transfer = insurance or an outside service; retain = accept the risk as it is. The recommendation is "
      "secaction's own rule: reduce while the medium has countermeasures not in place; otherwise avoid for media one can give "
      "up (portable media, mobile devices); otherwise transfer. Retain is never recommended for a High risk.")));
}

void add_media(Document& doc, Lang lang, const RiskAssessment& a) {
  doc.heading(2, str(tr(lang, "媒体・保存先ごとのまとめ", "Summary per medium")));
  Table table;
  table.header = {str(tr(lang, "媒体・保存先", "Medium")), str(tr(lang, "情報資産", "Assets")),
                  str(tr(lang, "実施済みの対策", "Countermeasures in place")), str(tr(lang, "未回答", "Unanswered")),
                  str(tr(lang, "脆弱性", "Vulnerability")), str(tr(lang, "最大のリスク値", "Highest risk"))};
  table.align = {Align::left, Align::right, Align::right, Align::right, Align::right, Align::right};
  for (const auto& m : a.media) {
    table.rows.push_back({m.medium->name.in(lang), std::to_string(m.assets),
                          fmt::format("{} / {}", m.in_place, m.medium->countermeasures.size()), std::to_string(m.unanswered),
                          std::to_string(m.vulnerability), std::to_string(m.highest_risk)});
  }
  doc.table(std::move(table));
}

void add_top_threats(Document& doc, Lang lang, const RiskAssessment& a) {
  doc.heading(2, str(tr(lang, "主な脅威", "Main threats")));
  Table table;
  table.header = {str(tr(lang, "脅威", "Threat")), str(tr(lang, "媒体・保存先", "Medium")),
                  str(tr(lang, "起こりやすさ", "Likelihood")), str(tr(lang, "最大のリスク値", "Highest risk")),
                  str(tr(lang, "10大脅威2020（組織）", "10 Major Threats 2020 (organisations)"))};
  table.align = {Align::left, Align::left, Align::right, Align::right, Align::left};
  for (const auto& t : a.top_threats) {
    table.rows.push_back({t.threat->name.in(lang), t.medium->name.in(lang), std::to_string(t.threat->likelihood),
                          std::to_string(t.highest_risk), top10_text(lang, *a.catalogue, *t.threat)});
  }
  doc.table(std::move(table));
}

void add_about(Document& doc, Lang lang, const RiskAssessment& a, const RulesSource& sources) {
  doc.heading(2, str(tr(lang, "この評価について", "About this assessment")));
  std::vector<std::string> notes;
  notes.push_back(a.edition->importance_rule.in(lang) + origin_suffix(lang, Origin::official));
  notes.push_back(a.catalogue->notice.in(lang));
  notes.push_back(a.catalogue->threat_rule.in(lang));
  notes.push_back(a.catalogue->vulnerability_rule.in(lang));
  for (const auto& note : a.edition->notes) notes.push_back(note.text.in(lang) + origin_suffix(lang, note.origin));
  notes.push_back(lang == Lang::ja ? fmt::format("10大脅威：{}（{}）", a.catalogue->top10_source.ja, a.catalogue->top10_url)
                                   : fmt::format("Top threats: {} ({})", a.catalogue->top10_source.en, a.catalogue->top10_url));
  notes.push_back(lang == Lang::ja ? fmt::format("評価基準：{}（{}）。{}", sources.document.ja, sources.url, sources.secondary.ja)
                                   : fmt::format("Criteria: {} ({}). {}", sources.document.en, sources.url, sources.secondary.en));
  doc.bullets(std::move(notes));
}

void add_records(Document& doc, Lang lang, const RiskAssessment& a) {
  Table& records = doc.records;
  records.header = {"rank",        "register_row",  "category",      "asset",        "medium",    "personal_information",
                    "business_critical", "confidentiality", "integrity", "availability", "importance", "threat",
                    "vulnerability", "likelihood",   "risk",          "band_basis",   "band",         "treatment", "recommended",
                    "missing_countermeasures"};
  std::size_t rank = 0;
  for (const auto& r : a.prioritised) {
    ++rank;
    const Asset& asset = *r.asset;
    std::vector<std::string> missing;
    for (const auto* measure : r.missing_countermeasures) missing.push_back(measure->id);
    records.rows.push_back({std::to_string(rank), std::to_string(r.register_index + 1), asset.category, asset.name,
                            r.medium->name.in(lang), personal_text(lang, asset.personal_information),
                            asset.business_critical ? "yes" : "no", std::to_string(asset.confidentiality),
                            std::to_string(asset.integrity), std::to_string(asset.availability),
                            std::to_string(r.importance), std::to_string(r.threat), std::to_string(r.vulnerability),
                            std::to_string(r.likelihood), std::to_string(r.risk), std::to_string(r.band_basis), r.band ? r.band->id : "",
                            asset.treatment ? treatment_label(asset.treatment->option).en : "",
                            r.recommended ? treatment_label(*r.recommended).en : "", join(missing, " ")});
  }
}

Json text_or_null(const std::string& text) { return text.empty() ? Json() : Json(text); }

} // namespace

report::Document to_document(const RiskAssessment& assessment, const RulesSource& sources, Lang lang) {
  Document doc;
  add_header(doc, lang, assessment, sources);
  add_summary(doc, lang, assessment);
  add_register(doc, lang, assessment);
  add_treatments(doc, lang, assessment);
  add_media(doc, lang, assessment);
  add_top_threats(doc, lang, assessment);
  add_about(doc, lang, assessment, sources);
  add_records(doc, lang, assessment);
  return doc;
}

nlohmann::ordered_json to_json(const RiskAssessment& a, const RulesSource& sources, Lang lang) {
  const Register& reg = *a.register_;
  Json out;
  out["schema"] = "secaction.risk-result/v1";
  out["edition"] = a.edition->id;
  out["edition_title"] = a.edition->title.in(lang);
  out["source"] = sources.document.in(lang);
  out["lang"] = std::string(lang_code(lang));
  out["organization"] = {{"name", text_or_null(reg.organization.name)},
                         {"industry", text_or_null(reg.organization.industry)},
                         {"employees", reg.organization.employees ? Json(*reg.organization.employees) : Json()}};
  out["assessed_on"] = reg.assessed_on ? Json(to_string(*reg.assessed_on)) : Json();
  out["assessor"] = text_or_null(reg.assessor);
  out["catalogue_origin"] = "secaction";
  auto bands = Json::array();
  for (const auto& count : a.band_counts) {
    bands.push_back({{"id", count.band->id},
                     {"label", count.band->label.in(lang)},
                     {"min", count.band->min},
                     {"max", count.band->max},
                     {"origin", count.band->origin == Origin::official ? "official" : "secaction"},
                     {"count", count.count}});
  }
  out["bands"] = std::move(bands);
  out["untreated_high"] = a.untreated_high_count();
  auto assets = Json::array();
  std::size_t rank = 0;
  for (const auto& r : a.prioritised) {
    const Asset& asset = *r.asset;
    Json item;
    item["rank"] = ++rank;
    item["register_row"] = r.register_index + 1;
    item["category"] = text_or_null(asset.category);
    item["name"] = asset.name;
    item["medium"] = r.medium->id;
    item["personal_information"] = {{"personal", asset.personal_information.personal},
                                    {"sensitive", asset.personal_information.sensitive},
                                    {"my_number", asset.personal_information.my_number}};
    item["business_critical"] = asset.business_critical;
    item["confidentiality"] = asset.confidentiality;
    item["integrity"] = asset.integrity;
    item["availability"] = asset.availability;
    item["importance"] = r.importance;
    item["importance_forced"] = r.importance_forced;
    item["threat"] = r.threat;
    item["threat_source"] = r.threat_source == LevelSource::register_value ? "register" : "catalogue";
    item["vulnerability"] = r.vulnerability;
    item["vulnerability_source"] = r.vulnerability_source == LevelSource::register_value ? "register" : "countermeasures";
    item["likelihood"] = r.likelihood;
    item["risk"] = r.risk;
    item["band_basis"] = r.band_basis;
    item["band"] = r.band ? Json(r.band->id) : Json();
    if (asset.treatment) {
      item["treatment"] = {{"option", treatment_label(asset.treatment->option).en},
                           {"reason", text_or_null(asset.treatment->reason)},
                           {"measures", asset.treatment->measures}};
    } else {
      item["treatment"] = nullptr;
    }
    item["recommended"] = r.recommended ? Json(treatment_label(*r.recommended).en) : Json();
    item["untreated_high"] = r.untreated_high;
    auto missing = Json::array();
    for (const auto* measure : r.missing_countermeasures) missing.push_back(measure->id);
    item["missing_countermeasures"] = std::move(missing);
    assets.push_back(std::move(item));
  }
  out["assets"] = std::move(assets);
  auto media = Json::array();
  for (const auto& m : a.media) {
    media.push_back({{"id", m.medium->id},
                     {"name", m.medium->name.in(lang)},
                     {"assets", m.assets},
                     {"countermeasures", m.medium->countermeasures.size()},
                     {"in_place", m.in_place},
                     {"unanswered", m.unanswered},
                     {"vulnerability", m.vulnerability},
                     {"highest_risk", m.highest_risk}});
  }
  out["media"] = std::move(media);
  auto threats = Json::array();
  for (const auto& t : a.top_threats) {
    threats.push_back({{"id", t.threat->id},
                       {"name", t.threat->name.in(lang)},
                       {"medium", t.medium->id},
                       {"likelihood", t.threat->likelihood},
                       {"highest_risk", t.highest_risk},
                       {"top10", t.threat->top10}});
  }
  out["top_threats"] = std::move(threats);
  return out;
}

} // namespace secaction::risk
