#include "secaction/history/present.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "secaction/core/text.hpp"

namespace secaction::history {
namespace {

using Json = nlohmann::ordered_json;
using questionnaire::Instrument;
using report::Align;
using report::Document;
using report::Table;

std::string s(std::string_view text) { return std::string(text); }

bool is_sum(const Instrument& instrument) { return instrument.scoring.method == questionnaire::ScoringMethod::sum; }

// "+4", "-2.5", "±0": a change reads better signed.
std::string signed_number(double value) {
  const std::string text = format_number(value);
  if (text == "0") return "±0";
  return value > 0 ? fmt::format("+{}", text) : text;
}

std::string points_text(Lang lang, double points) {
  return lang == Lang::ja ? fmt::format("{}点", format_number(points)) : fmt::format("{} pt", format_number(points));
}

std::string answer_label(Lang lang, const ItemState& state) {
  std::string label = state.option != nullptr ? state.option->label.in(lang) : s("—");
  if (state.missing) label += tr(lang, "（未回答）", " (not answered)");
  return label;
}

std::string answer_with_points(Lang lang, const ItemState& state) {
  if (!state.counted) return fmt::format("{}{}", answer_label(lang, state), tr(lang, "（対象外）", " (not counted)"));
  return lang == Lang::ja ? fmt::format("{}（{}）", answer_label(lang, state), points_text(lang, state.points))
                          : fmt::format("{} ({})", answer_label(lang, state), points_text(lang, state.points));
}

std::string score_text(Lang lang, const Snapshot& snapshot) {
  if (snapshot.is_sum()) {
    return lang == Lang::ja ? fmt::format("{}点 / {}点", format_number(snapshot.total), format_number(snapshot.max))
                            : fmt::format("{} / {} points", format_number(snapshot.total), format_number(snapshot.max));
  }
  return fmt::format("{}% ({} / {})", format_number(snapshot.percent), format_number(snapshot.total), format_number(snapshot.max));
}

std::string part_text(const PartScore& part) {
  return part.max > 0 ? fmt::format("{} / {}", format_number(part.score), format_number(part.max)) : s("—");
}

std::string band_text(Lang lang, const questionnaire::Band* band) {
  return band != nullptr ? band->status.in(lang) : tr(lang, "—", "—");
}

std::string dated_source(Lang lang, const Snapshot& snapshot) {
  const std::string date = snapshot.assessed_on ? to_string(*snapshot.assessed_on) : tr(lang, "日付なし", "no date");
  return lang == Lang::ja ? fmt::format("{}（{}）", snapshot.source, date) : fmt::format("{} ({})", snapshot.source, date);
}

Json number_json(const std::string& number) {
  if (!number.empty() && number.size() < 10 &&
      std::all_of(number.begin(), number.end(), [](unsigned char c) { return std::isdigit(c) != 0; })) {
    return std::stol(number);
  }
  return number;
}

Json points_json(double value) {
  const double rounded = std::round(value * 1000.0) / 1000.0;
  if (rounded == static_cast<double>(static_cast<long long>(rounded))) return static_cast<long long>(rounded);
  return rounded;
}

Json percent_json(double value) { return points_json(std::round(value * 10.0) / 10.0); }

Json band_json(const questionnaire::Band* band, Lang lang) {
  if (band == nullptr) return nullptr;
  return Json{{"id", band->id}, {"status", band->status.in(lang)}};
}

Json organization_json(const Organization& organization) {
  return Json{{"name", organization.name.empty() ? Json() : Json(organization.name)},
              {"industry", organization.industry.empty() ? Json() : Json(organization.industry)},
              {"employees", organization.employees ? Json(*organization.employees) : Json()}};
}

Json snapshot_summary_json(const Snapshot& snapshot, Lang lang) {
  return Json{{"source", snapshot.source},
              {"organization", organization_json(snapshot.organization)},
              {"assessed_on", snapshot.assessed_on ? Json(to_string(*snapshot.assessed_on)) : Json()},
              {"total", points_json(snapshot.total)},
              {"max", points_json(snapshot.max)},
              {"percent", percent_json(snapshot.percent)},
              {"band", band_json(snapshot.band, lang)}};
}

std::string_view movement_id(Movement movement) {
  switch (movement) {
  case Movement::improved: return "improved";
  case Movement::regressed: return "regressed";
  case Movement::changed: return "changed";
  case Movement::unchanged: break;
  }
  return "unchanged";
}

// ---- compare ----

// Points of an answer left out of the maximum mean nothing, so neither does their difference.
std::string item_delta_text(const ItemChange& change) {
  return change.before->counted && change.after->counted ? signed_number(change.delta) : s("—");
}

std::string percent_points(Lang lang, double delta) {
  return lang == Lang::ja ? fmt::format("{}ポイント", signed_number(delta)) : fmt::format("{} points", signed_number(delta));
}

void add_compare_header(Document& doc, Lang lang, const Comparison& c) {
  const Instrument& in = *c.after->instrument;
  doc.title = lang == Lang::ja ? fmt::format("{} 前回との比較", in.title.ja) : fmt::format("{}: comparison", in.title.en);
  std::vector<std::pair<std::string, std::string>> fields;
  const std::string before_org = describe_organization(lang, c.before->organization);
  const std::string after_org = describe_organization(lang, c.after->organization);
  fields.emplace_back(tr(lang, "組織", "Organisation"), before_org == after_org ? after_org : fmt::format("{} → {}", before_org, after_org));
  fields.emplace_back(tr(lang, "前回", "Before"), dated_source(lang, *c.before));
  fields.emplace_back(tr(lang, "今回", "After"), dated_source(lang, *c.after));
  doc.fields(std::move(fields));
}

std::string regression_summary(Lang lang, const Comparison& c) {
  if (!c.has_regression()) return tr(lang, "悪化した点はありません。", "Nothing got worse.");
  std::vector<std::string> parts;
  if (c.total_regressed()) {
    parts.push_back(c.before->is_sum() ? tr(lang, "合計点が下がりました", "the total score went down")
                                       : tr(lang, "達成率が下がりました", "the completion rate went down"));
  }
  if (!c.regressed.empty()) {
    std::string numbers;
    for (std::size_t index : c.regressed) {
      numbers += numbers.empty() ? "" : ", ";
      numbers += c.items[index].after->item->number;
    }
    parts.push_back(lang == Lang::ja ? fmt::format("{}項目の点数が下がりました（No. {}）", c.regressed.size(), numbers)
                                     : fmt::format("{} {} scored lower (No. {})", c.regressed.size(), c.regressed.size() == 1 ? "item" : "items", numbers));
  }
  return lang == Lang::ja ? fmt::format("悪化あり：{}。", fmt::join(parts, "。")) : fmt::format("Regression: {}.", fmt::join(parts, "; "));
}

void add_compare_result(Document& doc, Lang lang, const Comparison& c) {
  const bool sum = c.before->is_sum();
  doc.heading(2, tr(lang, "結果の変化", "What changed"));
  Table table;
  table.header = {tr(lang, "項目", "Measure"), tr(lang, "前回", "Before"), tr(lang, "今回", "After"),
                  tr(lang, "増減", "Change")};
  table.align = {Align::left, Align::right, Align::right, Align::right};
  table.rows.push_back({sum ? tr(lang, "合計点", "Total score") : tr(lang, "達成率", "Completion"), score_text(lang, *c.before),
                        score_text(lang, *c.after),
                        sum ? signed_number(c.total_delta) : percent_points(lang, c.percent_delta)});
  if (c.before->band != nullptr || c.after->band != nullptr) {
    table.rows.push_back({tr(lang, "現在の状況", "Current state"), band_text(lang, c.before->band), band_text(lang, c.after->band),
                          c.band_changed ? tr(lang, "変化あり", "changed") : tr(lang, "変化なし", "same")});
  }
  for (const auto& part : c.parts) {
    table.rows.push_back({part.after->part->title.in(lang), part_text(*part.before), part_text(*part.after), signed_number(part.delta)});
  }
  doc.table(std::move(table));

  std::vector<std::pair<std::string, std::string>> fields;
  const std::size_t unchanged = c.items.size() - c.improved.size() - c.regressed.size() - c.changed.size();
  fields.emplace_back(tr(lang, "改善した項目", "Items improved"), std::to_string(c.improved.size()));
  fields.emplace_back(tr(lang, "悪化した項目", "Items that got worse"), std::to_string(c.regressed.size()));
  fields.emplace_back(tr(lang, "回答だけ変わった項目", "Answers changed, same score"), std::to_string(c.changed.size()));
  fields.emplace_back(tr(lang, "変化のない項目", "Items unchanged"), std::to_string(unchanged));
  doc.fields(std::move(fields));

  if (c.band_changed && c.before->band != nullptr && c.after->band != nullptr) {
    doc.paragraph(lang == Lang::ja ? fmt::format("点数帯が「{}」から「{}」に変わりました。", c.before->band->status.ja, c.after->band->status.ja)
                                   : fmt::format("The band changed from “{}” to “{}”.", c.before->band->status.en, c.after->band->status.en));
    if (!c.after->band->next.empty()) {
      doc.paragraph(fmt::format("{}{}", tr(lang, "次の対策：", "Next step: "), c.after->band->next.in(lang)));
    }
  }
  doc.paragraph(regression_summary(lang, c));
}

void add_item_table(Document& doc, Lang lang, const Comparison& c, const std::vector<std::size_t>& indices, std::string heading,
                    std::string_view none) {
  doc.heading(2, std::move(heading));
  if (indices.empty()) {
    doc.paragraph(s(none));
    return;
  }
  Table table;
  table.header = {"No.", tr(lang, "設問", "Question"), tr(lang, "前回", "Before"), tr(lang, "今回", "After"),
                  tr(lang, "増減", "Change")};
  table.align = {Align::left, Align::left, Align::left, Align::left, Align::right};
  for (std::size_t index : indices) {
    const ItemChange& change = c.items[index];
    table.rows.push_back({change.after->item->number, change.after->item->question.in(lang), answer_with_points(lang, *change.before),
                          answer_with_points(lang, *change.after), item_delta_text(change)});
  }
  doc.table(std::move(table));
}

void add_compare_rule(Document& doc, Lang lang) {
  doc.heading(2, tr(lang, "比較の規則（secaction 独自）", "How the comparison works (secaction's own rule)"));
  doc.paragraph(tr(lang,
                   "IPA は結果の比較方法を定めていないため、次の規則は secaction 独自のものです。項目の改善・悪化は、前回と今回の両方で満点に数える回答"
                   "について、点数が上がったか下がったかで判定します。点数が同じままの回答の変更や、満点に数えない回答（チェックリストの「該当しない」など）"
                   "への変更は、改善にも悪化にも数えません。合計の悪化とは、合計点（チェックリストでは達成率）が下がったことをいいます。"
                   "--fail-on-regression を付けると、悪化した項目があるか合計が下がったときに終了コード 1 を返します。",
                   "IPA gives no rule for comparing results, so this rule is secaction's own. An item improved or got worse when its "
                   "points went up or down, provided both answers count toward the maximum. An answer that changed without changing "
                   "the points, or that moved to or from an answer left out of the maximum (such as a checklist's “not applicable”), "
                   "counts as neither. The total got worse when the total score (for a checklist, the completion rate) went down. "
                   "With --fail-on-regression the exit status is 1 when any item or the total got worse."));
}

void add_compare_records(Document& doc, Lang lang, const Comparison& c) {
  Table& records = doc.records;
  records.header = {"instrument", "number", "part", "question", "before_answer", "after_answer", "before_points", "after_points",
                    "delta", "change"};
  for (const auto& change : c.items) {
    records.rows.push_back({c.after->instrument->id, change.after->item->number, change.after->part->title.in(lang),
                            change.after->item->question.in(lang), change.before->missing ? "" : change.before->option->id,
                            change.after->missing ? "" : change.after->option->id, format_number(change.before->points),
                            format_number(change.after->points), format_number(change.delta), s(movement_id(change.movement))});
  }
}

// ---- trend ----

std::string organizations_text(Lang lang, const Trend& trend) {
  std::vector<std::string> names;
  for (const auto& name : trend.organizations) names.push_back(name.empty() ? tr(lang, "（未記入）", "(not given)") : name);
  return fmt::format("{}", fmt::join(names, tr(lang, "、", ", ")));
}

} // namespace

report::Document to_document(const Comparison& comparison, Lang lang) {
  Document doc;
  add_compare_header(doc, lang, comparison);
  add_compare_result(doc, lang, comparison);
  add_item_table(doc, lang, comparison, comparison.regressed,
                 lang == Lang::ja ? fmt::format("悪化した項目（{}件）", comparison.regressed.size())
                                  : fmt::format("Items that got worse ({})", comparison.regressed.size()),
                 tr(lang, "ありません。", "None."));
  add_item_table(doc, lang, comparison, comparison.improved,
                 lang == Lang::ja ? fmt::format("改善した項目（{}件）", comparison.improved.size())
                                  : fmt::format("Items that improved ({})", comparison.improved.size()),
                 tr(lang, "ありません。", "None."));
  add_item_table(doc, lang, comparison, comparison.changed,
                 lang == Lang::ja ? fmt::format("回答だけ変わった項目（{}件）", comparison.changed.size())
                                  : fmt::format("Answers changed without a score change ({})", comparison.changed.size()),
                 tr(lang, "ありません。", "None."));
  add_compare_rule(doc, lang);
  add_compare_records(doc, lang, comparison);
  return doc;
}

nlohmann::ordered_json to_json(const Comparison& c, Lang lang) {
  const Instrument& in = *c.after->instrument;
  Json out;
  out["schema"] = "secaction.compare/v1";
  out["instrument"] = in.id;
  out["instrument_title"] = in.title.in(lang);
  out["lang"] = std::string(lang_code(lang));
  out["method"] = is_sum(in) ? "sum" : "completion";
  out["before"] = snapshot_summary_json(*c.before, lang);
  out["after"] = snapshot_summary_json(*c.after, lang);
  out["change"] = {{"total", points_json(c.total_delta)},
                   {"percent", percent_json(c.percent_delta)},
                   {"band_changed", c.band_changed},
                   {"total_regressed", c.total_regressed()},
                   {"regression", c.has_regression()}};
  auto parts = Json::array();
  for (const auto& part : c.parts) {
    parts.push_back({{"id", part.after->part->id},
                     {"title", part.after->part->title.in(lang)},
                     {"before", points_json(part.before->score)},
                     {"after", points_json(part.after->score)},
                     {"max", points_json(part.after->max)},
                     {"delta", points_json(part.delta)}});
  }
  out["parts"] = std::move(parts);
  auto items = Json::array();
  for (const auto& change : c.items) {
    items.push_back({{"number", number_json(change.after->item->number)},
                     {"id", change.after->item->id},
                     {"part", change.after->part->id},
                     {"before", {{"answer", change.before->missing ? Json() : Json(change.before->option->id)},
                                 {"points", points_json(change.before->points)},
                                 {"counted", change.before->counted}}},
                     {"after", {{"answer", change.after->missing ? Json() : Json(change.after->option->id)},
                                {"points", points_json(change.after->points)},
                                {"counted", change.after->counted}}},
                     {"delta", points_json(change.delta)},
                     {"change", s(movement_id(change.movement))}});
  }
  out["items"] = std::move(items);
  auto numbers = [&](const std::vector<std::size_t>& indices) {
    auto list = Json::array();
    for (std::size_t index : indices) list.push_back(number_json(c.items[index].after->item->number));
    return list;
  };
  out["improved"] = numbers(c.improved);
  out["regressed"] = numbers(c.regressed);
  out["changed"] = numbers(c.changed);
  return out;
}

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
                                    previous == nullptr ? s("—")
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

  Table& records = doc.records;
  records.header = {"instrument", "assessed_on", "source", "organization", "total", "max", "percent", "band"};
  for (const auto& part : in.parts) records.header.push_back(fmt::format("part:{}", part.id));
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
  out["method"] = is_sum(in) ? "sum" : "completion";
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
                        {"score", points_json(part.score)},
                        {"max", points_json(part.max)},
                        {"percent", percent_json(part.percent())}});
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
  chart.minimum = 0;
  chart.maximum = 100;
  chart.gridlines = {0, 25, 50, 75, 100};
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
  return chart;
}

} // namespace secaction::history
