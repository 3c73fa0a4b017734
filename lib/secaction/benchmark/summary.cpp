#include "secaction/benchmark/summary.hpp"

#include "secaction/questionnaire/summary.hpp"
#include "secaction/report/vocabulary.hpp"

namespace secaction::benchmark {

std::vector<std::string> summary_columns(const questionnaire::Instrument& instrument) {
  auto columns = questionnaire::common_summary_columns();
  for (const auto& part : instrument.parts) columns.push_back("area_" + part.id);
  columns.emplace_back("group");
  columns.emplace_back("group_name");
  columns.emplace_back("risk_index");
  return columns;
}

report::SummaryRow summary_row(const BenchmarkResult& result, const std::string& file, Lang lang) {
  // The common columns are the questionnaire's; areas replace its parts.
  auto row = questionnaire::summary_row(result.assessment, file, questionnaire::PartColumns::one_column, lang);
  row.erase("groups");
  for (const auto& area : result.areas) row["area_" + area.part->id] = report::json_number(area.average, 1);
  row["group"] = result.group().id;
  row["group_name"] = result.group().name;
  row["risk_index"] = report::json_number(result.risk.index, 1);
  return row;
}

} // namespace secaction::benchmark
