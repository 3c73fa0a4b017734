#include "secaction/risk/register_template.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/core/provenance.hpp"
#include "secaction/report/vocabulary.hpp"
#include "secaction/risk/register_columns.hpp"

namespace secaction::risk {
namespace {

void append_levels(std::string& out, Lang lang, const LevelTexts& levels) {
  for (auto level = levels.rbegin(); level != levels.rend(); ++level) {
    out += fmt::format("    #   {}: {}\n", level->first, level->second.in(lang));
  }
}

} // namespace

std::string render_register_template(const Edition& edition, const RulesSource& sources, const Catalogue& catalogue,
                                     Lang lang) {
  const bool ja = lang == Lang::ja;
  std::string out;
  out += ja ? "# secaction risk 用の情報資産管理台帳。記入して `secaction risk このファイル` で評価します。\n"
            : "# Asset register for secaction risk. Fill it in, then run `secaction risk THIS-FILE`.\n";
  out += fmt::format("# {}: {} {} ({})\n", ja ? "評価基準" : "Criteria", sources.document.in(lang), edition.title.in(lang),
                     sources.url);
  out += fmt::format("# {}\n", sources.secondary.in(lang));
  out += "schema: secaction.risk-register/v1\n";
  out += "organization:\n  name:\n  industry:\n  employees:\n";
  out += "assessed_on:          # YYYY-MM-DD\nassessor:\n\n";

  out += ja ? "# 媒体・保存先ごとの対策の実施状況（yes＝実施している、no＝していない）。\n"
              "# 脆弱性はここから決まります：すべて yes＝1、一部＝2、すべて no か未回答＝3。\n"
            : "# Countermeasures per medium (yes = in place, no = not). Vulnerability follows from them:\n"
              "# all yes = 1, some = 2, none (or unanswered) = 3.\n";
  out += fmt::format("# {}\n", catalogue.notice.in(lang));
  out += "countermeasures:\n";
  for (const auto& medium : catalogue.media) {
    out += fmt::format("  {}:\n", ja ? medium.name.ja : medium.id);
    for (const auto& measure : medium.countermeasures) {
      out += fmt::format("    {}:   # {}\n", measure.id, measure.text.in(lang));
    }
  }
  out += "\n";

  const std::string scale = fmt::format("{}–{}", edition.cia_min, edition.cia_max);
  out += ja ? fmt::format("# 情報資産ごとに1項目。機密性・完全性・可用性は{}で評価します（{}の基準。基準の文言：{}）。\n", scale,
                          edition.title.ja, origin_label(lang, edition.criteria_origin, edition.criteria_via))
            : fmt::format("# One entry per information asset. Rate C, I and A on the scale {} (criteria of edition {}; the English "
                          "wording is ours, the Japanese is {}).\n",
                          scale, edition.id, origin_label(lang, edition.criteria_origin, edition.criteria_via));
  out += "assets:\n";
  // Keys as the loader reads them: the column's Japanese name, or its key in English.
  auto key = [ja](const char* column) {
    const RegisterColumn& found = register_column(column);
    return ja ? found.japanese() : std::string(found.key);
  };
  auto text = [ja](const char* japanese, const char* english) { return std::string(ja ? japanese : english); };
  out += fmt::format("  - {}: {}\n", key("category"), text("人事", "HR"));
  out += fmt::format("    {}: {}\n", key("name"), text("社員名簿", "Staff list"));
  out += fmt::format("    {}:\n", key("remarks"));
  out += fmt::format("    {}: {}\n", key("users"), text("人事部", "HR department"));
  out += fmt::format("    {}: {}\n", key("owner"), text("人事部長", "Head of HR"));
  out += fmt::format("    {}: {}\n", key("department"), text("人事部", "HR department"));
  std::vector<std::string> media;
  for (const auto& medium : catalogue.media) media.push_back(ja ? medium.name.ja : medium.id);
  out += fmt::format("    {}: {}    # {}\n", key("medium"), ja ? "事務所PC" : "office-pc", fmt::join(media, report::list_separator(lang)));
  out += fmt::format("    {}: [個人情報]   # {}\n", key("personal_information"),
                     ja ? "個人情報、要配慮個人情報、特定個人情報 のいずれか（なければ なし）"
                        : "any of 個人情報 (personal), 要配慮個人情報 (sensitive), 特定個人情報 (My Number), or none");
  const struct {
    const char* key;
    const LevelTexts* levels;
  } criteria[] = {{"confidentiality", &edition.confidentiality}, {"integrity", &edition.integrity}, {"availability", &edition.availability}};
  for (const auto& criterion : criteria) {
    const RegisterColumn& column = register_column(criterion.key);
    out += ja ? fmt::format("    # {}:\n", column.japanese()) : fmt::format("    # {} ({}):\n", column.key, column.japanese());
    append_levels(out, lang, *criterion.levels);
    out += fmt::format("    {}: {}\n", key(criterion.key), edition.cia_max);
  }
  out += fmt::format("    # {}\n", edition.importance_rule.in(lang));
  out += fmt::format("    {}: no   # {}\n", key("business_critical"),
                     ja ? "yes にすると重要度は最大になります" : "yes lifts the importance to the maximum");
  out += fmt::format("    {}: {}\n", key("retention"), text("退職後5年", "5 years after leaving"));
  out += fmt::format("    {}: 2026-04-01\n", key("registered_on"));
  out += ja ? "    # 脅威（起こりやすさ）と脆弱性（つけ込みやすさ）は 1–3。書けば対策一覧からの値より優先します。\n"
            : "    # Threat and vulnerability are 1–3; when given they win over the values from the catalogue.\n";
  out += fmt::format("    # {}:\n", key("threat"));
  append_levels(out, lang, edition.threat_levels);
  out += fmt::format("    {}:\n", key("threat"));
  out += fmt::format("    # {}:\n", key("vulnerability"));
  append_levels(out, lang, edition.vulnerability_levels);
  out += fmt::format("    {}:\n", key("vulnerability"));
  out += ja ? "    # 被害発生可能性は脅威と脆弱性から換算表で決まります（記入不要）:\n"
            : "    # Likelihood follows from threat and vulnerability by the conversion table (not filled in):\n";
  append_levels(out, lang, edition.likelihood_levels);
  out += ja ? "    # 対策の決定（低減・保有・回避・移転のいずれか）。「大」のリスクは決めておきます:\n"
            : "    # Treatment (reduce, retain, avoid or transfer). Decide one for every High risk:\n";
  for (const auto& option : edition.treatments) {
    const std::string label = origin_label(lang, option.origin, option.via);
    out += ja ? fmt::format("    #   {}：{}（{}）\n", option.title.ja, option.definition.ja, label)
              : fmt::format("    #   {}: {} ({})\n", option.title.en, option.definition.en, label);
  }
  out += fmt::format("    {}:\n", key("treatment"));
  // Left blank: a template used as it is must not look as if its sample risk had been decided
  // (it would pass --fail-on high).
  out += fmt::format("      {}:    # {}\n", key("option"), text("低減・保有・回避・移転のいずれか（空欄＝未決定）",
                                                                    "reduce, retain, avoid or transfer (blank: not decided)"));
  out += fmt::format("      {}:\n", key("reason"));
  out += fmt::format("      {}: []\n", key("measures"));
  out += ja ? "    # 想定被害額（円、任意）：この資産が損なわれたときの損失の見積り。`secaction plan --costs --register` が対策の費用対効果に使います（リスク分析には使いません）:\n"
            : "    # Estimated loss (yen, optional) if this asset is harmed: `secaction plan --costs --register` weighs actions' costs with it (the risk analysis does not use it):\n";
  out += fmt::format("    {}:\n", key("estimated_loss"));
  return out;
}

} // namespace secaction::risk
