#include "secaction/risk/present.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/report/credits.hpp"
#include "secaction/report/vocabulary.hpp"

namespace secaction::risk {
namespace {

using report::Align;
using report::Document;
using report::Table;
using Json = nlohmann::ordered_json;

std::string or_blank(Lang lang, const std::string& text) { return text.empty() ? report::not_given(lang) : text; }

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  return fmt::format("{}", fmt::join(items, separator));
}

std::string band_label(Lang lang, const AssetRisk& r) { return r.band ? r.band->label.in(lang) : "—"; }

std::string personal_text(Lang lang, const PersonalInformation& info) {
  std::vector<std::string> kinds;
  if (info.personal) kinds.push_back(tr(lang, "個人情報", "personal"));
  if (info.sensitive) kinds.push_back(tr(lang, "要配慮個人情報", "sensitive"));
  if (info.my_number) kinds.push_back(tr(lang, "特定個人情報", "My Number"));
  return kinds.empty() ? tr(lang, "なし", "none") : join(kinds, report::list_separator(lang));
}

std::string level_with_source(Lang lang, int value, LevelSource source) {
  if (source == LevelSource::register_value) return fmt::format("{}{}", value, tr(lang, "（台帳）", " (register)"));
  return std::to_string(value);
}

std::string treatment_text(Lang lang, const Asset& asset) {
  if (!asset.treatment) return tr(lang, "未決定", "not decided");
  return treatment_label(asset.treatment->option).in(lang);
}

std::string origin_suffix(Lang lang, Origin origin, const LocalText& via = {}) {
  const std::string label = origin_label(lang, origin, via);
  return lang == Lang::ja ? "（" + label + "）" : " (" + label + ")";
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
  doc.title = tr(lang, "情報セキュリティ リスク分析 結果", "Information security risk analysis: results");
  std::vector<std::pair<std::string, std::string>> fields;
  fields.emplace_back(tr(lang, "組織", "Organisation"), describe_organization(lang, reg.organization));
  fields.emplace_back(tr(lang, "評価日", "Assessed on"), or_blank(lang, reg.assessed_on ? to_string(*reg.assessed_on) : std::string()));
  if (!reg.assessor.empty()) fields.emplace_back(tr(lang, "評価者", "Assessor"), reg.assessor);
  fields.emplace_back(tr(lang, "出典", "Source"), fmt::format("{}{}{}", sources.document.in(lang), lang == Lang::ja ? "／" : " / ",
                                                             a.edition->title.in(lang)));
  fields.emplace_back(tr(lang, "計算式", "Formula"),
                      tr(lang, "リスク値 ＝ 重要度 × 被害発生可能性（重要度＝機密性・完全性・可用性の最大値、被害発生可能性＝脅威×脆弱性の換算表）",
                         "risk = importance × likelihood (importance = highest of C, I, A; likelihood = threat × "
                         "vulnerability conversion table)"));
  fields.emplace_back(tr(lang, "情報資産の数", "Assets"), std::to_string(reg.assets.size()));
  doc.fields(std::move(fields));
}

void add_summary(Document& doc, Lang lang, const RiskAssessment& a) {
  doc.heading(2, tr(lang, "区分別の件数", "Assets per band"));
  Table table;
  const bool lifted = a.edition->band_importance_offset > 0;
  table.header = {tr(lang, "区分", "Band"),
                  lifted ? tr(lang, "第3.1版換算のリスク値", "Risk values on the 3.1 scale") : tr(lang, "リスク値", "Risk values"),
                  tr(lang, "意味", "Meaning"),
                  tr(lang, "件数", "Assets")};
  table.align = {Align::left, Align::left, Align::left, Align::right};
  for (const auto& count : a.band_counts) {
    const Band& band = *count.band;
    const std::string range = band.min == band.max ? std::to_string(band.min) : fmt::format("{}–{}", band.min, band.max);
    table.rows.push_back({band.label.in(lang), range, band.meaning.in(lang) + origin_suffix(lang, band.origin, band.via),
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
                    ? tr(lang, "対策が未決定の「大」のリスクはありません。", "Every High risk has a treatment decided.")
                    : (lang == Lang::ja ? fmt::format("対策が未決定の「大」のリスクが{}件あります。下の「大のリスクへの対策」を見て、対策を決めて台帳に記入してください。", untreated)
                                        : fmt::format("{} High risk(s) have no treatment decided. See “Treating High risks” below and "
                                                      "record a decision in the register.", untreated)));
}

void add_register(Document& doc, Lang lang, const RiskAssessment& a) {
  doc.heading(2, tr(lang, "リスク値の高い順の台帳", "Register by risk"));
  Table table;
  table.header = {tr(lang, "順位", "Rank"),        tr(lang, "情報資産名称", "Asset"),
                  tr(lang, "媒体・保存先", "Medium"), tr(lang, "機密性", "C"),
                  tr(lang, "完全性", "I"),         tr(lang, "可用性", "A"),
                  tr(lang, "重要度", "Importance"), tr(lang, "脅威", "Threat"),
                  tr(lang, "脆弱性", "Vulnerability"), tr(lang, "被害発生可能性", "Likelihood"),
                  tr(lang, "リスク値", "Risk"),     tr(lang, "区分", "Band"),
                  tr(lang, "対策", "Treatment")};
  table.align = {Align::right, Align::left,  Align::left,  Align::right, Align::right, Align::right, Align::right,
                 Align::right, Align::right, Align::right, Align::right, Align::left,  Align::left};
  std::size_t rank = 0;
  for (const auto& r : a.prioritised) {
    ++rank;
    const Asset& asset = *r.asset;
    std::string importance = std::to_string(r.importance);
    if (r.importance_forced) importance += asset.personal_information.any() ? tr(lang, "（個人情報）", " (personal data)")
                                                                            : tr(lang, "（存続）", " (survival)");
    table.rows.push_back({std::to_string(rank), asset.name, r.medium->name.in(lang), std::to_string(asset.confidentiality),
                          std::to_string(asset.integrity), std::to_string(asset.availability), importance,
                          level_with_source(lang, r.threat, r.threat_source),
                          level_with_source(lang, r.vulnerability, r.vulnerability_source), std::to_string(r.likelihood),
                          std::to_string(r.risk), band_label(lang, r), treatment_text(lang, asset)});
  }
  doc.table(std::move(table));
}

void add_treatments(Document& doc, Lang lang, const RiskAssessment& a) {
  doc.heading(2, tr(lang, "大のリスクへの対策", "Treating High risks"));
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
      fields.emplace_back(tr(lang, "決定した対策", "Decided treatment"), tr(lang, "未決定（要対応）", "none yet (action needed)"));
    }
    fields.emplace_back(tr(lang, "推奨（secaction 独自の規則）", "Recommended (secaction's rule)"), treatment_label(*r.recommended).in(lang));
    doc.fields(std::move(fields));
    if (!r.missing_countermeasures.empty()) {
      doc.paragraph(tr(lang, "この媒体でまだ実施していない対策：", "Countermeasures of this medium not yet in place:"));
      std::vector<std::string> items;
      for (const auto* measure : r.missing_countermeasures) items.push_back(measure->text.in(lang));
      doc.bullets(std::move(items));
    }
  }
  if (!any) {
    doc.paragraph(tr(lang, "「大」のリスクはありません。", "There are no High risks."));
    return;
  }
  doc.paragraph(tr(lang, "対策の選択肢（ガイドラインの「対策の決定」、ガイドラインの順）：", "Treatment options (the guideline's 対策の決定, in its order):"));
  std::vector<std::string> options;
  for (const auto& option : a.edition->treatments) {
    options.push_back(fmt::format("{}{}{}{}", option.title.in(lang), lang == Lang::ja ? "：" : ": ", option.definition.in(lang),
                                  origin_suffix(lang, option.origin, option.via)));
  }
  doc.bullets(std::move(options));
  doc.paragraph(tr(lang,
      "推奨は secaction 独自の規則です：媒体に未実施の対策があれば低減、なければ持ち出しをやめられる媒体（可搬電子媒体・モバイル機器）は回避、それ以外は移転。「大」のリスクに保有は推奨しません。",
      "The recommendation is secaction's own rule: reduce while the medium has countermeasures not in place; otherwise avoid "
      "for media one can give up (portable media, mobile devices); otherwise transfer. Retain is never recommended for a High risk."));
}

void add_media(Document& doc, Lang lang, const RiskAssessment& a) {
  doc.heading(2, tr(lang, "媒体・保存先ごとのまとめ", "Summary per medium"));
  Table table;
  table.header = {tr(lang, "媒体・保存先", "Medium"), tr(lang, "情報資産", "Assets"),
                  tr(lang, "実施済みの対策", "Countermeasures in place"), tr(lang, "未回答", "Not answered"),
                  tr(lang, "脆弱性", "Vulnerability"), tr(lang, "最大のリスク値", "Highest risk")};
  table.align = {Align::left, Align::right, Align::right, Align::right, Align::right, Align::right};
  for (const auto& m : a.media) {
    table.rows.push_back({m.medium->name.in(lang), std::to_string(m.assets),
                          fmt::format("{} / {}", m.in_place, m.medium->countermeasures.size()), std::to_string(m.unanswered),
                          std::to_string(m.vulnerability), std::to_string(m.highest_risk)});
  }
  doc.table(std::move(table));
}

void add_top_threats(Document& doc, Lang lang, const RiskAssessment& a) {
  doc.heading(2, tr(lang, "主な脅威", "Main threats"));
  Table table;
  table.header = {tr(lang, "脅威", "Threat"), tr(lang, "媒体・保存先", "Medium"), tr(lang, "起こりやすさ", "Likelihood"),
                  tr(lang, "最大のリスク値", "Highest risk"),
                  lang == Lang::ja ? fmt::format("10大脅威{}（{}）との対応（secaction による）", a.catalogue->top10_year,
                                                 a.catalogue->top10_list == "individual" ? "個人" : "組織")
                                   : fmt::format("10 Major Threats {} ({}), as matched by secaction", a.catalogue->top10_year,
                                                 a.catalogue->top10_list == "individual" ? "individuals" : "organisations")};
  table.align = {Align::left, Align::left, Align::right, Align::right, Align::left};
  for (const auto& t : a.top_threats) {
    table.rows.push_back({t.threat->name.in(lang), t.medium->name.in(lang), std::to_string(t.threat->likelihood),
                          std::to_string(t.highest_risk), top10_text(lang, *a.catalogue, *t.threat)});
  }
  doc.table(std::move(table));
}

void add_criteria(Document& doc, Lang lang, const RiskAssessment& a) {
  const Edition& e = *a.edition;
  doc.heading(2, lang == Lang::ja ? fmt::format("評価基準（{}）", e.title.ja) : fmt::format("Criteria (edition {})", e.id));
  doc.paragraph(fmt::format("{}{}", tr(lang, "基準の文言：", "Wording of the criteria: "), origin_label(lang, e.criteria_origin, e.criteria_via)) +
                (lang == Lang::en ? std::string(" The English renderings are secaction's.") : std::string("")));
  Table table;
  table.header = {tr(lang, "観点", "Aspect"), tr(lang, "値", "Value"), tr(lang, "基準", "Criterion")};
  table.align = {Align::left, Align::right, Align::left};
  const struct {
    std::string_view ja;
    std::string_view en;
    const LevelTexts* levels;
  } aspects[] = {{"機密性", "Confidentiality", &e.confidentiality},       {"完全性", "Integrity", &e.integrity},
                 {"可用性", "Availability", &e.availability},           {"重要度", "Importance", &e.importance_levels},
                 {"脅威（起こりやすさ）", "Threat", &e.threat_levels}, {"脆弱性（つけ込みやすさ）", "Vulnerability", &e.vulnerability_levels},
                 {"被害発生可能性", "Likelihood", &e.likelihood_levels}};
  for (const auto& aspect : aspects) {
    for (auto level = aspect.levels->rbegin(); level != aspect.levels->rend(); ++level) {
      table.rows.push_back({tr(lang, aspect.ja, aspect.en), std::to_string(level->first), level->second.in(lang)});
    }
  }
  doc.table(std::move(table));
}

void add_about(Document& doc, Lang lang, const RiskAssessment& a, const RulesSource& sources) {
  doc.heading(2, tr(lang, "この評価について", "About this assessment"));
  std::vector<std::string> notes;
  notes.push_back(a.edition->importance_rule.in(lang) +
                  origin_suffix(lang, a.edition->importance_rule_origin, a.edition->criteria_via));
  notes.push_back(a.catalogue->notice.in(lang));
  notes.push_back(a.catalogue->threat_rule.in(lang));
  notes.push_back(a.catalogue->vulnerability_rule.in(lang));
  for (const auto& note : a.edition->notes) notes.push_back(note.text.in(lang) + origin_suffix(lang, note.origin, note.via));
  notes.push_back(lang == Lang::ja ? fmt::format("10大脅威：{}（{}）", a.catalogue->top10_source.ja, a.catalogue->top10_url)
                                   : fmt::format("Top threats: {} ({})", a.catalogue->top10_source.en, a.catalogue->top10_url));
  notes.push_back(lang == Lang::ja ? fmt::format("評価基準：{}（{}）。{}", sources.document.ja, sources.url, sources.secondary.ja)
                                   : fmt::format("Criteria: {} ({}). {}", sources.document.en, sources.url, sources.secondary.en));
  doc.bullets(std::move(notes));
}

// Whose words the report shows: the edition's criteria, bands and treatment options (IPA's, some
// through a secondary source), IPA's 10大脅威 names, and secaction's catalogue and rules.
void credit(Document& doc, Lang lang, const RiskAssessment& a, const RulesSource& sources) {
  const Edition& e = *a.edition;
  const std::string source = fmt::format("{}{}{}", sources.document.in(lang), lang == Lang::ja ? "／" : " / ", e.title.in(lang));
  doc.credit(e.criteria_origin,
             tr(lang, "評価基準（機密性・完全性・可用性、重要度、脅威、脆弱性、被害発生可能性）",
                "the criteria (C, I, A, importance, threat, vulnerability, likelihood)"),
             source, e.criteria_via.in(lang));
  doc.credit(e.importance_rule_origin, tr(lang, "重要度の決め方", "how importance is set"), source, e.criteria_via.in(lang));
  for (const auto& band : e.bands) {
    doc.credit(band.origin,
               lang == Lang::ja ? fmt::format("区分「{}」の意味", band.label.ja)
                                : fmt::format("the meaning of band “{}”", band.label.en),
               source, band.via.in(lang));
  }
  if (std::any_of(a.prioritised.begin(), a.prioritised.end(), [](const AssetRisk& r) { return r.recommended.has_value(); })) {
    for (const auto& option : e.treatments) {
      doc.credit(option.origin,
                 lang == Lang::ja ? fmt::format("対策の選択肢「{}」の説明", option.title.ja)
                                  : fmt::format("the treatment option “{}”", option.title.en),
                 source, option.via.in(lang));
    }
    doc.credit(Origin::secaction, tr(lang, "推奨する対策の規則", "the rule for the recommended treatment"));
  }
  for (const auto& note : e.notes)
    doc.credit(note.origin, tr(lang, "「この評価について」の注記", "the notes under “About this assessment”"), source,
               note.via.in(lang));
  if (!a.top_threats.empty())
    doc.credit(Origin::official, tr(lang, "10大脅威の名称", "the names of the top 10 threats"),
               a.catalogue->top10_source.in(lang));
  doc.credit(Origin::secaction, tr(lang, "脅威と対策のカタログ、10大脅威への対応づけ",
                                   "the threat and countermeasure catalogue and its links to the top 10 threats"));
  doc.credit(Origin::secaction, tr(lang, "脅威と脆弱性を台帳が空欄のときに決める規則",
                                   "the rules that set threat and vulnerability when the register leaves them blank"));
  if (e.band_importance_offset > 0)
    doc.credit(Origin::secaction, tr(lang, "第3版の区分の当て方と並び順", "the banding and order of edition 3"));
  if (lang == Lang::en) doc.credit(Origin::secaction, "the English renderings of the official texts");
  doc.credit(Origin::secaction, tr(lang, "この報告の構成と説明の文章", "the report's layout and explanatory sentences"));
}

void add_records(Document& doc, Lang lang, const RiskAssessment& a) {
  Table& records = doc.records;
  records.header = {"rank",        "register_row",  "category",      "asset",        "medium",    "personal_information",
                    "business_critical", "confidentiality", "integrity", "availability", "importance", "threat",
                    "vulnerability", "likelihood",   "risk",          "band_basis",   "band",         "band_label", "treatment",
                    "treatment_label", "recommended", "recommended_label", "missing_countermeasures"};
  // The ids (high, reduce) are for tools and stay the same in every language; each has a *_label
  // column beside it in the report's language (大, 低減) for people reading the CSV.
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
                            r.band ? r.band->label.in(lang) : "",
                            asset.treatment ? treatment_label(asset.treatment->option).en : "",
                            asset.treatment ? treatment_label(asset.treatment->option).in(lang) : "",
                            r.recommended ? treatment_label(*r.recommended).en : "",
                            r.recommended ? treatment_label(*r.recommended).in(lang) : "", join(missing, " ")});
  }
}

} // namespace

report::Document to_document(const RiskAssessment& assessment, const RulesSource& sources, Lang lang) {
  Document doc;
  add_header(doc, lang, assessment, sources);
  add_summary(doc, lang, assessment);
  add_register(doc, lang, assessment);
  add_treatments(doc, lang, assessment);
  add_media(doc, lang, assessment);
  add_top_threats(doc, lang, assessment);
  if (assessment.catalogue->top10_lists) add_top_threat_lists(doc, lang, *assessment.catalogue->top10_lists);
  add_criteria(doc, lang, assessment);
  add_about(doc, lang, assessment, sources);
  credit(doc, lang, assessment, sources);
  report::add_credits_section(doc, lang);
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
  out["organization"] = {{"name", report::json_text_or_null(reg.organization.name)},
                         {"industry", report::json_text_or_null(reg.organization.industry)},
                         {"employees", reg.organization.employees ? Json(*reg.organization.employees) : Json()}};
  out["assessed_on"] = reg.assessed_on ? Json(to_string(*reg.assessed_on)) : Json();
  out["assessor"] = report::json_text_or_null(reg.assessor);
  out["catalogue_origin"] = "secaction";
  auto bands = Json::array();
  for (const auto& count : a.band_counts) {
    bands.push_back({{"id", count.band->id},
                     {"label", count.band->label.in(lang)},
                     {"min", count.band->min},
                     {"max", count.band->max},
                     {"origin", std::string(origin_id(count.band->origin))},
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
    item["category"] = report::json_text_or_null(asset.category);
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
                           {"reason", report::json_text_or_null(asset.treatment->reason)},
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
