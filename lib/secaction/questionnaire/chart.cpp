#include "secaction/questionnaire/chart.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/core/text.hpp"
#include "secaction/report/vocabulary.hpp"

namespace secaction::questionnaire {
namespace {

bool is_sum(const Instrument& instrument) { return instrument.scoring.method == ScoringMethod::sum; }

std::string percent_text(double score, double max) { return format_number(max > 0 ? score * 100.0 / max : 0.0) + "%"; }

// "16点 / 20点（80%）" for summed points, "75%（3 / 4）" for completion rates.
std::string value_text(Lang lang, const Instrument& instrument, double score, double max) {
  if (max <= 0) return lang == Lang::ja ? "—（すべて該当しない）" : "— (nothing applies)";
  const std::string percent = percent_text(score, max);
  if (is_sum(instrument)) {
    return lang == Lang::ja ? fmt::format("{}点 / {}点（{}）", format_number(score), format_number(max), percent)
                            : fmt::format("{} / {} points ({})", format_number(score), format_number(max), percent);
  }
  return lang == Lang::ja ? fmt::format("{}（{} / {}）", percent, format_number(score), format_number(max))
                          : fmt::format("{} ({} / {})", percent, format_number(score), format_number(max));
}

// The part's title with the numbers of its items: 基本的対策（No.1〜5）.
std::string part_label(Lang lang, const PartResult& part) {
  const std::string title = part.part->title.in(lang);
  if (part.items.empty()) return title;
  const std::string& first = part.items.front().item->number;
  const std::string& last = part.items.back().item->number;
  if (lang == Lang::ja) return first == last ? fmt::format("{}（No.{}）", title, first) : fmt::format("{}（No.{}〜{}）", title, first, last);
  // A no-break space keeps "(No. 1–5)" together when the label wraps.
  return first == last ? fmt::format("{} (No.\u00a0{})", title, first) : fmt::format("{} (No.\u00a0{}–{})", title, first, last);
}

std::string threshold_text(Lang lang, const Instrument& instrument, double threshold) {
  if (instrument.scoring.band_basis == BandBasis::percent) return format_number(threshold) + "%";
  return lang == Lang::ja ? format_number(threshold) + "点" : format_number(threshold);
}

} // namespace

bool has_parts_chart(const Instrument& instrument) { return instrument.parts.size() > 1; }

report::BarChart parts_chart(const Assessment& a, Lang lang) {
  const Instrument& in = *a.instrument;
  report::BarChart chart;
  const std::string& organization = a.organization.name;
  chart.title = lang == Lang::ja ? fmt::format("{}（{}）", in.title.ja, organization.empty() ? "自社" : organization)
                                 : fmt::format("{} ({})", in.title.en, organization.empty() ? "company" : organization);
  for (const auto& part : a.parts) {
    chart.bars.push_back({part_label(lang, part), part.score, part.max, value_text(lang, in, part.score, part.max), {}, false});
  }
  report::Bar total{is_sum(in) ? tr(lang, "合計", "Total") : tr(lang, "全体", "Overall"), a.total, a.max,
                    value_text(lang, in, a.total, a.max), {}, true};
  // A band's lower bound inside the scale marks where that band begins.
  std::vector<std::string> band_starts;
  std::vector<const Band*> bands;
  for (const auto& band : in.bands) bands.push_back(&band);
  std::stable_sort(bands.begin(), bands.end(), [](const Band* x, const Band* y) { return x->min < y->min; });
  for (const auto* band_pointer : bands) {
    const Band& band = *band_pointer;
    const double on_scale = in.scoring.band_basis == BandBasis::percent ? band.min * a.max / 100.0 : band.min;
    if (a.max <= 0 || on_scale <= 0 || on_scale >= a.max) continue;
    const std::string threshold = threshold_text(lang, in, band.min);
    total.marks.push_back({on_scale, threshold});
    band_starts.push_back(lang == Lang::ja ? fmt::format("{}から「{}」", threshold, band.status.ja)
                                           : fmt::format("from {}: “{}”", threshold, band.status.en));
  }
  chart.bars.push_back(std::move(total));
  chart.notes.push_back(tr(lang, "各バーは、得点を満点に対する割合で示しています。",
                           "Each bar shows the score as a share of its own maximum."));
  if (!band_starts.empty()) {
    const std::string listed = fmt::format("{}", fmt::join(band_starts, report::list_separator(lang)));
    chart.notes.push_back(lang == Lang::ja ? fmt::format("破線は評価の目安の境目です：{}。", listed)
                                           : fmt::format("The dashed lines mark where the score bands begin: {}.", listed));
  }
  return chart;
}

} // namespace secaction::questionnaire
