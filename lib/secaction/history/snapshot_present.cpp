#include "secaction/history/snapshot_present.hpp"

#include <fmt/format.h>

#include "secaction/core/text.hpp"
#include "secaction/report/vocabulary.hpp"

namespace secaction::history {
namespace {

using Json = nlohmann::ordered_json;

Json band_json(const questionnaire::Band* band, Lang lang) {
  if (band == nullptr) return nullptr;
  return Json{{"id", band->id}, {"status", band->status.in(lang)}};
}

Json organization_json(const Organization& organization) {
  return Json{{"name", report::json_text_or_null(organization.name)},
              {"industry", report::json_text_or_null(organization.industry)},
              {"employees", organization.employees ? Json(*organization.employees) : Json()}};
}

} // namespace

bool is_sum(const questionnaire::Instrument& instrument) { return instrument.scoring.method == questionnaire::ScoringMethod::sum; }

std::string signed_number(double value) {
  const std::string text = format_number(value);
  if (text == "0") return "±0";
  return value > 0 ? fmt::format("+{}", text) : text;
}

std::string percent_points(Lang lang, double delta) {
  return lang == Lang::ja ? fmt::format("{}ポイント", signed_number(delta)) : fmt::format("{} points", signed_number(delta));
}

std::string score_text(Lang lang, const Snapshot& snapshot) {
  return report::score_text(lang, snapshot.is_sum(), snapshot.total, snapshot.max, snapshot.percent);
}

std::string part_text(const PartScore& part) {
  return part.max > 0 ? fmt::format("{} / {}", format_number(part.score), format_number(part.max)) : std::string("—");
}

std::string band_text(Lang lang, const questionnaire::Band* band) { return band != nullptr ? band->status.in(lang) : std::string("—"); }

Json snapshot_summary_json(const Snapshot& snapshot, Lang lang) {
  return Json{{"source", snapshot.source},
              {"organization", organization_json(snapshot.organization)},
              {"assessed_on", snapshot.assessed_on ? Json(to_string(*snapshot.assessed_on)) : Json()},
              {"total", report::json_number(snapshot.total)},
              {"max", report::json_number(snapshot.max)},
              {"percent", report::json_number(snapshot.percent, 1)},
              {"band", band_json(snapshot.band, lang)}};
}

} // namespace secaction::history
