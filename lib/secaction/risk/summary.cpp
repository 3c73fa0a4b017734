#include "secaction/risk/summary.hpp"

#include <algorithm>

namespace secaction::risk {

std::vector<std::string> summary_columns(const Edition& edition) {
  std::vector<std::string> columns = {"file",    "organization", "assessed_on", "instrument", "score", "max",
                                      "percent", "band",         "band_label",  "assets"};
  for (const auto& band : edition.bands) columns.push_back("band_" + band.id);
  columns.emplace_back("highest_risk");
  columns.emplace_back("untreated_high");
  return columns;
}

report::SummaryRow summary_row(const RiskAssessment& assessment, const std::string& file, Lang lang) {
  report::SummaryRow row = report::SummaryRow::object();
  const Register& reg = *assessment.register_;
  row["file"] = file;
  // Not given: null in JSON Lines (an empty cell in CSV), as the man pages promise.
  row["organization"] = reg.organization.name.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(reg.organization.name);
  row["assessed_on"] = reg.assessed_on ? nlohmann::ordered_json(to_string(*reg.assessed_on)) : nlohmann::ordered_json();
  row["instrument"] = "risk-" + assessment.edition->id;
  row["score"] = nullptr;
  row["max"] = nullptr;
  row["percent"] = nullptr;
  // Prioritised puts the highest band first.
  const Band* top = assessment.prioritised.empty() ? nullptr : assessment.prioritised.front().band;
  row["band"] = top != nullptr ? nlohmann::ordered_json(top->id) : nullptr;
  row["band_label"] = top != nullptr ? nlohmann::ordered_json(top->label.in(lang)) : nullptr;
  row["assets"] = assessment.prioritised.size();
  for (const auto& count : assessment.band_counts) row["band_" + count.band->id] = count.count;
  int highest = 0;
  for (const auto& asset : assessment.prioritised) highest = std::max(highest, asset.risk);
  row["highest_risk"] = highest;
  row["untreated_high"] = assessment.untreated_high_count();
  return row;
}

} // namespace secaction::risk
