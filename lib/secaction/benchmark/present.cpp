#include "secaction/benchmark/present.hpp"

#include <fmt/format.h>

#include "secaction/benchmark/stats.hpp"
#include "secaction/core/text.hpp"
#include "secaction/report/credits.hpp"
#include "secaction/report/vocabulary.hpp"

namespace secaction::benchmark {
namespace {

using report::Align;
using report::Document;
using report::Table;
using Json = nlohmann::ordered_json;

std::string decimal(double value) { return fmt::format("{:.1f}", round1(value)); }
std::string decimal2(double value) { return fmt::format("{:.2f}", std::round(value * 100.0) / 100.0 + 0.0); }

std::string group_label(Lang lang, const RiskGroup& group) {
  return fmt::format("{}{}{}", group.name, lang == Lang::ja ? "：" : ": ", group.title.in(lang));
}

std::string level_label(Lang lang, int level) {
  return lang == Lang::ja ? fmt::format("レベル{}", level) : fmt::format("level {}", level);
}

std::string level_text(Lang lang, const questionnaire::Item& item, int level) {
  auto found = item.levels.find(std::to_string(level));
  return found != item.levels.end() ? found->second.in(lang) : std::string();
}

void add_header(Document& doc, Lang lang, const BenchmarkResult& r) {
  const auto& a = r.assessment;
  const auto& in = *a.instrument;
  doc.title = lang == Lang::ja ? fmt::format("{} 結果", in.title.ja) : fmt::format("{}: results", in.title.en);
  std::vector<std::pair<std::string, std::string>> fields;
  fields.emplace_back(tr(lang, "組織", "Organisation"), describe_organization(lang, a.organization));
  fields.emplace_back(tr(lang, "評価日", "Assessed on"),
                      a.assessed_on ? to_string(*a.assessed_on) : report::not_given(lang));
  if (!a.assessor.empty()) fields.emplace_back(tr(lang, "回答者", "Assessor"), a.assessor);
  fields.emplace_back(tr(lang, "出典", "Source"), in.source.document.in(lang));
  doc.fields(std::move(fields));
}

void add_result(Document& doc, Lang lang, const BenchmarkResult& r) {
  doc.heading(2, tr(lang, "結果", "Result"));
  std::vector<std::pair<std::string, std::string>> fields;
  fields.emplace_back(tr(lang, "トータルスコア", "Total score"),
                      lang == Lang::ja ? fmt::format("{}点（最低27点〜最高135点）", format_number(r.assessment.total))
                                       : fmt::format("{} (lowest 27, highest 135)", format_number(r.assessment.total)));
  fields.emplace_back(tr(lang, "リスクグループ", "Risk group"), group_label(lang, r.group()));
  fields.emplace_back(tr(lang, "望まれる水準の合計", "Desired levels, total"), format_number(r.desired_total()));
  doc.fields(std::move(fields));

  doc.heading(2, tr(lang, "分野別の平均", "Averages by area"));
  Table table;
  table.header = {tr(lang, "分野", "Area"), tr(lang, "設問数", "Questions"), tr(lang, "得点", "Score"),
                  tr(lang, "平均レベル", "Average level"), tr(lang, "望まれる水準", "Desired level"),
                  tr(lang, "差", "Gap")};
  table.align = {Align::left, Align::right, Align::right, Align::right, Align::right, Align::right};
  for (const auto& area : r.areas) {
    table.rows.push_back({area.part->title.in(lang), std::to_string(area.items), format_number(area.score),
                          decimal2(area.average), decimal2(area.desired_average),
                          decimal2(area.average - area.desired_average)});
  }
  doc.table(std::move(table));
}

void add_chart(Document& doc, Lang lang, const std::string& chart_file) {
  doc.heading(2, tr(lang, "レーダーチャート", "Radar chart"));
  if (chart_file.empty()) {
    doc.paragraph(tr(lang, "Markdown ファイルに --output で書き出すと、レーダーチャート（SVG）を同じ場所に書き出してここからリンクします。",
                     "Write the report with --output to a Markdown file to get a radar chart (SVG) beside it, linked from here."));
    return;
  }
  doc.image(tr(lang, "分野別のレベル（自社・望まれる水準・他社）", "Level by area (company, desired level, peers)"), chart_file);
}

void add_risk(Document& doc, Lang lang, const BenchmarkResult& r) {
  doc.heading(2, tr(lang, "企業プロフィールとリスク指標", "Company profile and risk index"));
  Table table;
  table.header = {tr(lang, "項目", "Question"), tr(lang, "回答", "Answer"), tr(lang, "点", "Points"),
                  tr(lang, "重み", "Weight")};
  table.align = {Align::left, Align::left, Align::right, Align::right};
  for (const auto& answer : r.risk.answers) {
    table.rows.push_back({answer.question->title.in(lang), answer.option ? answer.option->label.in(lang) : "—",
                          answer.option ? fmt::format("{} / {}", format_number(answer.option->points),
                                                      format_number(answer.question->highest_points()))
                                        : "—",
                          format_number(answer.question->weight)});
  }
  doc.table(std::move(table));
  std::vector<std::pair<std::string, std::string>> fields;
  fields.emplace_back(tr(lang, "リスク指標", "Risk index"), fmt::format("{} / 100", decimal(r.risk.index)));
  fields.emplace_back(tr(lang, "グループ", "Group"), group_label(lang, r.group()));
  doc.fields(std::move(fields));
  std::vector<std::string> cutoffs;
  for (const auto& group : r.rules->groups) {
    cutoffs.push_back(lang == Lang::ja ? fmt::format("{}：リスク指標 {} 以上", group.name, format_number(group.min_index))
                                       : fmt::format("{}: risk index {} or more", group.name, format_number(group.min_index)));
  }
  doc.paragraph(tr(lang, "リスク指標 ＝ 100 × Σ（重み × 点 ÷ その項目の最高点）÷ Σ 重み（小数第1位に丸める）。グループの区切り：",
                   "Risk index = 100 × Σ(weight × points ÷ highest points of the question) ÷ Σ weight, rounded to one "
                   "decimal. Group cut-offs:"));
  doc.bullets(std::move(cutoffs));
  doc.paragraph(r.rules->note.in(lang));
}

void add_peers(Document& doc, Lang lang, const BenchmarkResult& r, double total) {
  const auto& p = r.peers;
  doc.heading(2, tr(lang, "他社との比較（偏差値）", "Comparison with peers (deviation score)"));
  if (p.basis == PeerBasis::none) {
    doc.paragraph(tr(lang, "他社との比較は行っていません。参照統計（--reference）も他社の回答（--peers）も指定されていないためです。secaction は基準値を持っておらず、作り出すこともしません。",
                     "No peer comparison was made: neither reference statistics (--reference) nor peer answer files "
                     "(--peers) were given. secaction ships no reference data and never invents any."));
    return;
  }
  std::vector<std::pair<std::string, std::string>> fields;
  const std::string& group_name = r.group().name;
  if (p.basis == PeerBasis::reference) {
    fields.emplace_back(tr(lang, "比較の基準", "Compared against"),
                        lang == Lang::ja ? fmt::format("参照統計 {}（出典：{}）", p.file, p.source)
                                         : fmt::format("reference statistics {} (source: {})", p.file, p.source));
    if (p.gap == PeerGap::group_not_in_file) {
      doc.fields(std::move(fields));
      doc.paragraph(lang == Lang::ja ? fmt::format("参照統計に {} の値がないため、偏差値は計算していません。", group_name)
                                     : fmt::format("The reference statistics have no figures for {}, so no deviation score was computed.", group_name));
      return;
    }
    fields.emplace_back(tr(lang, "比較の範囲", "Scope"),
                        p.used > 0 ? (lang == Lang::ja ? fmt::format("{}（{}社）", group_name, p.used)
                                                       : fmt::format("{} ({} companies)", group_name, p.used))
                                   : group_name);
  } else {
    fields.emplace_back(tr(lang, "比較の基準", "Compared against"),
                        lang == Lang::ja ? fmt::format("他社の回答ファイル（{}、{}件）", p.source, p.all)
                                         : fmt::format("peer answer files ({}, {} files)", p.source, p.all));
    std::string scope;
    if (p.within_group) {
      scope = lang == Lang::ja ? fmt::format("同じグループ（{}）の{}社", group_name, p.used)
                               : fmt::format("the {} peers in the same group ({})", p.used, group_name);
    } else {
      scope = lang == Lang::ja
                  ? fmt::format("全{}社（同じグループ {} は{}社で、基準の{}社に満たないため）", p.used, group_name, p.in_group, p.minimum_in_group)
                  : fmt::format("all {} peers (only {} in the same group {}, fewer than the minimum of {})", p.used, p.in_group,
                                group_name, p.minimum_in_group);
    }
    fields.emplace_back(tr(lang, "比較の範囲", "Scope"), scope);
    if (p.gap == PeerGap::too_few_peers) {
      doc.fields(std::move(fields));
      doc.paragraph(tr(lang, "比較できる他社が2社未満のため、偏差値は計算していません。", "Fewer than 2 peers to compare with, so no deviation score was computed."));
      return;
    }
  }
  fields.emplace_back(tr(lang, "平均", "Mean"), decimal(p.mean));
  fields.emplace_back(tr(lang, "標準偏差", "Standard deviation"), decimal2(p.sd));
  if (p.gap == PeerGap::no_spread) {
    doc.fields(std::move(fields));
    doc.paragraph(tr(lang, "比較相手のスコアがすべて同じ（標準偏差0）のため、偏差値は計算していません。",
                     "Every peer has the same total (standard deviation 0), so no deviation score was computed."));
    return;
  }
  fields.emplace_back(tr(lang, "偏差値", "Deviation score (偏差値)"), decimal(*p.deviation));
  fields.emplace_back(tr(lang, "パーセンタイル", "Percentile"), decimal(*p.percentile));
  doc.fields(std::move(fields));
  std::string how = lang == Lang::ja
                        ? fmt::format("偏差値 ＝（{} − {}）÷ {} × 10 + 50（IPA が公表している式）。", format_number(total), decimal(p.mean), decimal2(p.sd))
                        : fmt::format("Deviation score = ({} − {}) ÷ {} × 10 + 50 (IPA's published formula).", format_number(total), decimal(p.mean), decimal2(p.sd));
  if (p.basis == PeerBasis::peers) {
    how += tr(lang, "標準偏差は母標準偏差（n で割る）、パーセンタイルは（下回る社数 ＋ 同点の社数 ÷ 2）÷ 社数 × 100 です。",
              " The standard deviation is the population SD (divided by n); the percentile is (peers below + half the "
              "peers with the same total) ÷ peers × 100.");
  } else {
    how += tr(lang, "パーセンタイルは、偏差値と同じく正規分布を仮定して求めています。",
              " The percentile assumes a normal distribution, as the deviation score does.");
  }
  doc.paragraph(how);
}

void add_recommendations(Document& doc, Lang lang, const BenchmarkResult& r) {
  doc.heading(2, lang == Lang::ja ? fmt::format("推奨される取り組み（望まれる水準に届いていない{}項目、差の大きい順）", r.recommendations.size())
                                  : fmt::format("Recommended actions ({} items below the desired level, largest gap first)", r.recommendations.size()));
  if (r.recommendations.empty()) {
    doc.paragraph(tr(lang, "すべての項目が望まれる水準に達しています。", "Every item meets its desired level."));
    return;
  }
  for (std::size_t index : r.recommendations) {
    const ItemGap& gap = r.items[index];
    const auto& item = *gap.item;
    doc.heading(3, fmt::format("{} {}", report::item_label(lang, item.number), item.question.in(lang)));
    std::vector<std::pair<std::string, std::string>> fields;
    fields.emplace_back(tr(lang, "分野", "Area"), gap.part->title.in(lang));
    fields.emplace_back(tr(lang, "現在", "Now"), fmt::format("{}{}{}", level_label(lang, gap.level), lang == Lang::ja ? "：" : ": ",
                                                             level_text(lang, item, gap.level)));
    fields.emplace_back(tr(lang, "望まれる水準", "Desired"), fmt::format("{}{}{}", level_label(lang, gap.desired),
                                                                       lang == Lang::ja ? "：" : ": ", level_text(lang, item, gap.desired)));
    fields.emplace_back(tr(lang, "差", "Gap"), std::to_string(gap.gap()));
    doc.fields(std::move(fields));
    if (!item.why.empty()) doc.paragraph(item.why.in(lang));
    if (!item.measures.empty()) {
      doc.paragraph(tr(lang, "対策：", "Measures:"));
      doc.bullets(item.measures.in(lang));
    }
  }
}

void add_all_items(Document& doc, Lang lang, const BenchmarkResult& r) {
  doc.heading(2, tr(lang, "全項目の回答", "All answers"));
  Table table;
  table.header = {"No.", tr(lang, "設問", "Question"), tr(lang, "レベル", "Level"),
                  tr(lang, "望まれる水準", "Desired"), tr(lang, "差", "Gap")};
  table.align = {Align::left, Align::left, Align::right, Align::right, Align::right};
  for (const auto& gap : r.items) {
    table.rows.push_back({gap.item->number, gap.item->question.in(lang), std::to_string(gap.level), std::to_string(gap.desired),
                          std::to_string(gap.level - gap.desired)});
  }
  doc.table(std::move(table));
}

// Whose words the report shows: the questions, levels, rules and recommendations are secaction's;
// only the deviation-score formula is IPA's (as recorded in secaction's reference notes).
void credit(Document& doc, Lang lang, const BenchmarkResult& r) {
  const auto& in = *r.assessment.instrument;
  const std::string source = tr(lang, "IPA「情報セキュリティ対策ベンチマーク」", "IPA's Information Security Benchmark");
  for (const auto& note : in.notes) {
    if (note.origin != Origin::secaction)
      doc.credit(note.origin, tr(lang, "偏差値の式", "the deviation-score formula"), source, note.via.in(lang));
  }
  doc.credit(Origin::secaction, tr(lang, "設問文と各レベルの説明", "the questions and the level descriptions"));
  doc.credit(Origin::secaction, tr(lang, "リスク指標の計算式、グループの区切り、望まれる水準",
                                   "the risk index formula, the group cut-offs and the desired levels"));
  if (!r.recommendations.empty())
    doc.credit(Origin::secaction,
               tr(lang, "推奨される取り組みの解説と対策", "the explanations and measures of the recommendations"));
  if (lang == Lang::en) doc.credit(Origin::secaction, "the English renderings");
  doc.credit(Origin::secaction, tr(lang, "この報告の構成と説明の文章", "the report's layout and explanatory sentences"));
}

void add_about(Document& doc, Lang lang, const BenchmarkResult& r) {
  const auto& in = *r.assessment.instrument;
  doc.heading(2, tr(lang, "この診断について", "About this assessment"));
  std::vector<std::string> lines;
  for (const auto& note : in.notes) {
    const std::string origin = origin_label(lang, note.origin, note.via);
    lines.push_back(lang == Lang::ja ? fmt::format("{}（{}）", note.text.ja, origin) : fmt::format("{} ({})", note.text.en, origin));
  }
  lines.push_back(tr(lang, "望まれる水準は secaction 独自の規則です（GⅠ はレベル4、GⅡ はレベル3、GⅢ はレベル2。No.13・14・15・21・25 は各1段階上）。",
                     "The desired levels are secaction's own rule (level 4 for GⅠ, 3 for GⅡ, 2 for GⅢ; one level higher for "
                     "No. 13, 14, 15, 21 and 25)."));
  doc.bullets(std::move(lines));
  credit(doc, lang, r);
  std::vector<std::pair<std::string, std::string>> fields;
  fields.emplace_back(tr(lang, "参考にした資料", "Modelled on"), in.source.publisher.in(lang));
  fields.emplace_back(tr(lang, "版", "Edition"), in.source.edition.in(lang));
  if (!in.source.url.empty()) fields.emplace_back("URL", in.source.url);
  doc.fields(std::move(fields));
}

void add_records(Document& doc, Lang lang, const BenchmarkResult& r) {
  const auto& a = r.assessment;
  const std::string deviation = r.peers.deviation ? decimal(*r.peers.deviation) : "";
  doc.records.header = {"instrument", "organization", "assessed_on", "risk_index", "group", "total", "deviation_score",
                        "area", "number", "question", "level", "desired_level", "gap"};
  for (const auto& gap : r.items) {
    doc.records.rows.push_back({a.instrument->id, a.organization.name, a.assessed_on ? to_string(*a.assessed_on) : "",
                                decimal(r.risk.index), r.group().id, format_number(a.total), deviation,
                                gap.part->title.in(lang), gap.item->number, gap.item->question.in(lang),
                                std::to_string(gap.level), std::to_string(gap.desired), std::to_string(gap.level - gap.desired)});
  }
}

} // namespace

report::Document to_document(const BenchmarkResult& result, Lang lang, const std::optional<std::string>& chart_file) {
  Document doc;
  add_header(doc, lang, result);
  add_result(doc, lang, result);
  if (chart_file) add_chart(doc, lang, *chart_file);
  add_risk(doc, lang, result);
  add_peers(doc, lang, result, result.assessment.total);
  add_recommendations(doc, lang, result);
  add_all_items(doc, lang, result);
  add_about(doc, lang, result);
  report::add_credits_section(doc, lang);
  add_records(doc, lang, result);
  return doc;
}

report::RadarChart radar_chart(const BenchmarkResult& result, Lang lang) {
  report::RadarChart chart;
  chart.title = lang == Lang::ja ? fmt::format("{}（{}）", result.assessment.instrument->title.ja,
                                               result.assessment.organization.name.empty() ? "自社" : result.assessment.organization.name)
                                 : fmt::format("{} ({})", result.assessment.instrument->title.en,
                                               result.assessment.organization.name.empty() ? "company" : result.assessment.organization.name);
  chart.minimum = 0;
  chart.maximum = 5;
  chart.rings = {1, 2, 3, 4, 5};
  report::RadarSeries company{tr(lang, "自社", "Company"), {}, "#1f77b4", report::LineStyle::solid, true};
  report::RadarSeries desired{lang == Lang::ja ? fmt::format("望まれる水準（{}）", result.group().name)
                                               : fmt::format("Desired level ({})", result.group().name),
                              {}, "#d62728", report::LineStyle::dashed, false};
  report::RadarSeries peers{tr(lang, "他社の平均", "Peer average"), {}, "#2ca02c", report::LineStyle::dotted, false};
  bool peers_known = !result.peers.area_means.empty();
  for (const auto& area : result.areas) {
    chart.axes.push_back(area.part->title.in(lang));
    company.values.push_back(area.average);
    desired.values.push_back(area.desired_average);
    auto peer = result.peers.area_means.find(area.part->id);
    if (peer == result.peers.area_means.end()) peers_known = false;
    else peers.values.push_back(peer->second);
  }
  chart.series = {company, desired};
  if (peers_known) chart.series.push_back(peers);
  return chart;
}

nlohmann::ordered_json to_json(const BenchmarkResult& r, Lang lang) {
  const auto& a = r.assessment;
  Json out;
  out["schema"] = "secaction.benchmark-result/v1";
  out["instrument"] = a.instrument->id;
  out["lang"] = std::string(lang_code(lang));
  out["organization"] = {{"name", report::json_text_or_null(a.organization.name)},
                         {"industry", report::json_text_or_null(a.organization.industry)}};
  out["assessed_on"] = a.assessed_on ? Json(to_string(*a.assessed_on)) : Json();
  out["assessor"] = report::json_text_or_null(a.assessor);
  Json profile = Json::object();
  for (const auto& answer : r.risk.answers) profile[answer.question->id] = answer.option ? Json(answer.option->id) : Json();
  out["profile"] = std::move(profile);
  out["risk"] = {{"index", report::json_number(r.risk.index, 1)}, {"group", r.group().id}, {"group_name", r.group().name},
                 {"group_title", r.group().title.in(lang)}, {"rule", "secaction"}};
  out["score"] = {{"total", report::json_number(a.total)}, {"min", 27}, {"max", 135}, {"desired_total", report::json_number(r.desired_total())}};
  auto areas = Json::array();
  for (const auto& area : r.areas) {
    areas.push_back({{"id", area.part->id}, {"title", area.part->title.in(lang)}, {"items", area.items},
                     {"score", report::json_number(area.score)}, {"average", report::json_number(area.average)},
                     {"desired_average", report::json_number(area.desired_average)}});
  }
  out["areas"] = std::move(areas);
  auto items = Json::array();
  for (const auto& gap : r.items) {
    items.push_back({{"number", report::json_item_number(gap.item->number)}, {"id", gap.item->id}, {"area", gap.part->id},
                     {"level", gap.level}, {"desired", gap.desired}, {"gap", gap.level - gap.desired}});
  }
  out["items"] = std::move(items);
  auto recommendations = Json::array();
  for (std::size_t index : r.recommendations) recommendations.push_back(report::json_item_number(r.items[index].item->number));
  out["recommendations"] = std::move(recommendations);
  const auto& p = r.peers;
  Json peers;
  peers["basis"] = p.basis == PeerBasis::none ? "none" : p.basis == PeerBasis::reference ? "reference" : "peers";
  if (p.basis != PeerBasis::none) {
    peers["source"] = p.source;
    if (p.basis == PeerBasis::reference) peers["file"] = p.file;
    if (p.basis == PeerBasis::peers) {
      peers["scope"] = p.within_group ? "group" : "all";
      peers["peers_in_group"] = p.in_group;
      peers["peers_all"] = p.all;
      peers["minimum_in_group"] = p.minimum_in_group;
    }
    peers["count"] = p.used > 0 ? Json(p.used) : Json();
    const bool has_stats = p.gap == PeerGap::none || p.gap == PeerGap::no_spread;
    peers["mean"] = has_stats ? report::json_number(p.mean) : Json();
    peers["sd"] = has_stats ? report::json_number(p.sd) : Json();
  }
  peers["deviation_score"] = p.deviation ? report::json_number(*p.deviation, 1) : Json();
  peers["percentile"] = p.percentile ? report::json_number(*p.percentile, 1) : Json();
  const char* reasons[] = {nullptr, "not_requested", "group_not_in_file", "too_few_peers", "no_spread"};
  peers["not_computed_because"] = p.gap == PeerGap::none ? Json() : Json(reasons[static_cast<int>(p.gap)]);
  out["peers"] = std::move(peers);
  return out;
}

} // namespace secaction::benchmark
