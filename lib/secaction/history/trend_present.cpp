// secaction trend: a Trend -> report::Document (Markdown, CSV), JSON and a line chart.
#include "secaction/history/present.hpp"

#include <array>
#include <cmath>
#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/core/text.hpp"
#include "secaction/history/snapshot_present.hpp"
#include "secaction/questionnaire/credits.hpp"
#include "secaction/report/credits.hpp"
#include "secaction/report/vocabulary.hpp"

namespace secaction::history {
namespace {

using Json = nlohmann::ordered_json;
using questionnaire::Instrument;
using report::Align;
using report::Document;
using report::Table;

std::string organizations_text(Lang lang, const Trend& trend) {
  std::vector<std::string> names;
  for (const auto& name : trend.organizations) names.push_back(name.empty() ? report::not_given(lang) : name);
  return fmt::format("{}", fmt::join(names, report::list_separator(lang)));
}

} // namespace

report::Document to_document(const Trend& trend, Lang lang, const std::string& chart_file) {
  const Instrument& in = *trend.instrument;
  const bool sum = is_sum(in);
  Document doc;
  doc.title = lang == Lang::ja ? fmt::format("{} 推移", in.title.ja) : fmt::format("{}: trend", in.title.en);
  doc.fields({{tr(lang, "組織", "Organisation"), organizations_text(lang, trend)},
              {tr(lang, "期間", "Period"), fmt::format("{} – {}", to_string(*trend.points.front()->assessed_on),
                                                        to_string(*trend.points.back()->assessed_on))},
              {tr(lang, "結果の数", "Results"), std::to_string(trend.points.size())}});
  if (trend.organizations.size() > 1) {
    doc.paragraph(tr(lang, "注意：結果によって組織名が異なります。同じ組織の結果かどうか確認してください。",
                     "Note: the results do not all name the same organisation. Check that they belong to one organisation."));
  }

  doc.heading(2, tr(lang, "日付ごとの結果", "Results by date"));
  Table table;
  table.header = {tr(lang, "評価日", "Assessed on"), tr(lang, "ファイル", "File"),
                  sum ? tr(lang, "合計点", "Total score") : tr(lang, "達成率", "Completion"), tr(lang, "前回比", "Change"),
                  tr(lang, "現在の状況", "Current state")};
  table.align = {Align::left, Align::left, Align::right, Align::right, Align::left};
  for (const auto& part : in.parts) {
    table.header.push_back(part.title.in(lang));
    table.align.push_back(Align::right);
  }
  const Snapshot* previous = nullptr;
  for (const auto* point : trend.points) {
    std::vector<std::string> row = {to_string(*point->assessed_on), point->source, score_text(lang, *point),
                                    previous == nullptr ? std::string("—")
                                    : sum               ? signed_number(point->total - previous->total)
                                                        : percent_points(lang, point->percent - previous->percent),
                                    band_text(lang, point->band)};
    for (const auto& part : point->parts) row.push_back(part_text(part));
    table.rows.push_back(std::move(row));
    previous = point;
  }
  doc.table(std::move(table));

  if (chart_file.empty()) {
    doc.paragraph(tr(lang, "--output で Markdown ファイルに書き出すと、推移の折れ線グラフ（SVG）が隣に作られ、ここからリンクされます。",
                     "Write the report with --output to a Markdown file to get a line chart (SVG) beside it, linked from here."));
  } else {
    doc.heading(2, tr(lang, "推移のグラフ", "Chart"));
    doc.image(tr(lang, "合計と区分別の得点率（%）の推移", "Total and each section as a percentage of its maximum, over time"), chart_file);
    doc.paragraph(tr(lang, "グラフは、合計と各区分を満点に対する割合（%）で描いています。区分ごとに満点が違うため、割合にそろえています（secaction 独自の表示）。",
                   "The chart shows the total and each section as a percentage of its maximum, because the sections have "
                   "different maximums (secaction's own presentation)."));
  }

  // Whose words: the section titles and band texts are the instrument's; the chart's scaling and the layout secaction's.
  for (const auto* point : trend.points) {
    if (point->band != nullptr) questionnaire::credit_band(doc, lang, in, *point->band);
  }
  if (!chart_file.empty()) doc.credit(Origin::secaction, tr(lang, "グラフの割合表示", "the chart's percentages"));
  if (lang == Lang::en) doc.credit(Origin::secaction, "the English renderings of the official texts");
  doc.credit(Origin::secaction, tr(lang, "この報告の構成と説明の文章", "the report's layout and explanatory sentences"));
  report::add_credits_section(doc, lang);

  Table& records = doc.records;
  records.header = {"instrument", "assessed_on", "source", "organization", "total", "max", "percent", "band"};
  // part_<id>, as a batch's summary names its part columns.
  for (const auto& part : in.parts) records.header.push_back(fmt::format("part_{}", part.id));
  for (const auto* point : trend.points) {
    std::vector<std::string> row = {in.id,
                                    to_string(*point->assessed_on),
                                    point->source,
                                    point->organization.name,
                                    format_number(point->total),
                                    format_number(point->max),
                                    format_number(point->percent),
                                    point->band != nullptr ? point->band->id : ""};
    for (const auto& part : point->parts) row.push_back(format_number(part.score));
    records.rows.push_back(std::move(row));
  }
  return doc;
}

nlohmann::ordered_json to_json(const Trend& trend, Lang lang) {
  const Instrument& in = *trend.instrument;
  Json out;
  out["schema"] = "secaction.trend/v1";
  out["instrument"] = in.id;
  out["instrument_title"] = in.title.in(lang);
  out["lang"] = std::string(lang_code(lang));
  out["method"] = std::string(questionnaire::method_id(in.scoring.method));
  out["organizations"] = trend.organizations;
  auto parts = Json::array();
  for (const auto& part : in.parts) parts.push_back({{"id", part.id}, {"title", part.title.in(lang)}});
  out["parts"] = std::move(parts);
  auto points = Json::array();
  for (const auto* point : trend.points) {
    Json entry = snapshot_summary_json(*point, lang);
    auto scores = Json::array();
    for (const auto& part : point->parts) {
      scores.push_back({{"id", part.part->id},
                        {"score", report::json_number(part.score)},
                        {"max", report::json_number(part.max)},
                        {"percent", report::json_number(part.percent(), 1)}});
    }
    entry["parts"] = std::move(scores);
    points.push_back(std::move(entry));
  }
  out["results"] = std::move(points);
  return out;
}

report::LineChart line_chart(const Trend& trend, Lang lang) {
  static constexpr std::array<const char*, 8> k_colors = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
                                                          "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"};
  const Instrument& in = *trend.instrument;
  report::LineChart chart;
  chart.title = lang == Lang::ja ? fmt::format("{} の推移", in.title.ja) : fmt::format("{}: trend", in.title.en);
  chart.y_label = "%";
  chart.maximum = 100;
  for (const auto* point : trend.points) chart.x_labels.push_back(to_string(*point->assessed_on));

  report::LineSeries total;
  total.name = is_sum(in) ? tr(lang, "合計点（%）", "Total score (%)") : tr(lang, "達成率（%）", "Completion (%)");
  total.color = "#222222";
  for (const auto* point : trend.points) total.values.emplace_back(point->percent);
  chart.series.push_back(std::move(total));
  for (std::size_t p = 0; p < in.parts.size(); ++p) {
    report::LineSeries series;
    series.name = in.parts[p].title.in(lang);
    series.color = k_colors[p % k_colors.size()];
    series.style = report::LineStyle::dashed;
    for (const auto* point : trend.points) {
      std::optional<double> value;
      for (const auto& part : point->parts) {
        if (part.part == &in.parts[p] && part.max > 0) value = part.percent();
      }
      series.values.push_back(value);
    }
    chart.series.push_back(std::move(series));
  }
  // The axis starts at 0, or lower when a value is negative (the self-diagnosis' わからない scores
  // -1, so a total can be -25 %): down to the next multiple of 25 below the lowest value.
  double lowest = 0;
  for (const auto& series : chart.series) {
    for (const auto& value : series.values) {
      if (value) lowest = std::min(lowest, *value);
    }
  }
  chart.minimum = std::floor(lowest / 25.0) * 25.0;
  for (double line = chart.minimum; line <= chart.maximum; line += 25) chart.gridlines.push_back(line);
  return chart;
}

} // namespace secaction::history
