#include "secaction/questionnaire/summary.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/core/text.hpp"
#include "secaction/report/vocabulary.hpp"

namespace secaction::questionnaire {

std::vector<std::string> common_summary_columns() {
  return {"file", "organization", "assessed_on", "instrument", "score", "max", "percent", "band", "band_label"};
}

std::vector<std::string> summary_columns(PartColumns layout, const Instrument* instrument) {
  auto columns = common_summary_columns();
  if (layout == PartColumns::one_column || instrument == nullptr) {
    columns.emplace_back("groups");
    return columns;
  }
  for (const auto& part : instrument->parts) columns.push_back("part_" + part.id);
  return columns;
}

report::SummaryRow summary_row(const Assessment& assessment, const std::string& file, PartColumns layout, Lang lang) {
  report::SummaryRow row = report::SummaryRow::object();
  row["file"] = file;
  // Not given: null in JSON Lines (an empty cell in CSV), as the man pages promise.
  row["organization"] = assessment.organization.name.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(assessment.organization.name);
  row["assessed_on"] = assessment.assessed_on ? nlohmann::ordered_json(to_string(*assessment.assessed_on)) : nlohmann::ordered_json();
  row["instrument"] = assessment.instrument->key(); // id@edition for an instrument with editions
  row["score"] = report::json_number(assessment.total, 1);
  row["max"] = report::json_number(assessment.max, 1);
  row["percent"] = report::json_number(assessment.percent(), 1);
  row["band"] = assessment.band != nullptr ? nlohmann::ordered_json(assessment.band->id) : nullptr;
  row["band_label"] = assessment.band != nullptr ? nlohmann::ordered_json(assessment.band->status.in(lang)) : nullptr;
  if (layout == PartColumns::one_per_part) {
    for (const auto& part : assessment.parts) row["part_" + part.part->id] = report::json_number(part.score, 1);
    return row;
  }
  // An object per group in JSON Lines; CSV writes it as "id=score/max; …" (report/summary).
  auto groups = nlohmann::ordered_json::object();
  for (const auto& part : assessment.parts) {
    groups[part.part->id] = {{"score", report::json_number(part.score, 1)}, {"max", report::json_number(part.max, 1)}};
  }
  row["groups"] = std::move(groups);
  return row;
}

} // namespace secaction::questionnaire
