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
  row["organization"] = assessment.organization.name;
  row["assessed_on"] = assessment.assessed_on ? to_string(*assessment.assessed_on) : std::string();
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
  std::vector<std::string> groups;
  for (const auto& part : assessment.parts) {
    groups.push_back(fmt::format("{}={}/{}", part.part->id, format_number(part.score), format_number(part.max)));
  }
  row["groups"] = fmt::format("{}", fmt::join(groups, "; "));
  return row;
}

} // namespace secaction::questionnaire
