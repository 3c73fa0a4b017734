#include <doctest/doctest.h>

#include "secaction/benchmark/summary.hpp"
#include "secaction/questionnaire/summary.hpp"
#include "secaction/report/summary.hpp"
#include "test_support.hpp"

using namespace secaction;
using report::SummaryFormat;

TEST_CASE("summary CSV is RFC 4180, formula-safe, in column order, with an optional BOM") {
  const std::vector<std::string> columns = {"file", "organization", "score", "band"};
  report::SummaryRow row = report::SummaryRow::object();
  row["organization"] = "=HYPERLINK(\"http://x\")";
  row["file"] = "a,b.yaml";
  row["score"] = 42;
  row["band"] = nullptr;
  CHECK(report::summary_header(SummaryFormat::csv, columns, report::ExcelBom::no) == "file,organization,score,band\r\n");
  CHECK(report::summary_header(SummaryFormat::csv, columns, report::ExcelBom::yes) == "\xEF\xBB\xBF" "file,organization,score,band\r\n");
  CHECK(report::summary_line(SummaryFormat::csv, columns, row) == "\"a,b.yaml\",\"'=HYPERLINK(\"\"http://x\"\")\",42,\r\n");
  row["organization"] = "two\nlines";
  CHECK(report::summary_line(SummaryFormat::csv, columns, row) == "\"a,b.yaml\",\"two\nlines\",42,\r\n");
}

TEST_CASE("summary JSON Lines: one compact object per line, no header") {
  report::SummaryRow row = report::SummaryRow::object();
  row["file"] = "a.yaml";
  row["organization"] = "株式会社\n<x>";
  row["score"] = 87.5;
  row["band"] = nullptr;
  CHECK(report::summary_header(SummaryFormat::jsonl, {"file"}, report::ExcelBom::yes).empty());
  CHECK(report::summary_line(SummaryFormat::jsonl, {"file"}, row) ==
        "{\"file\":\"a.yaml\",\"organization\":\"株式会社\\n<x>\",\"score\":87.5,\"band\":null}\n");
}

namespace {
questionnaire::Assessment self_diagnosis() {
  Diagnostics d;
  const auto* sd = test::embedded_library().get("self-diagnosis", d);
  REQUIRE(sd);
  questionnaire::AnswerSet set;
  set.instrument = "self-diagnosis";
  set.organization.name = "Acme";
  for (int i = 1; i <= 25; ++i) set.answers[std::to_string(i)] = {"yes", {}, {}};
  set.answers["5"] = {"no", {}, {}};
  return questionnaire::assess(*sd, set, Date{2026, 11, 20});
}
} // namespace

TEST_CASE("a self-diagnosis summary row has the common columns and one column per part") {
  const auto assessment = self_diagnosis();
  const auto columns = questionnaire::summary_columns(questionnaire::PartColumns::one_per_part, assessment.instrument);
  CHECK(columns == std::vector<std::string>{"file", "organization", "assessed_on", "instrument", "score", "max", "percent", "band",
                                            "band_label", "part_part1", "part_part2", "part_part3"});
  const auto row = questionnaire::summary_row(assessment, "in/a.yaml", questionnaire::PartColumns::one_per_part, Lang::en);
  CHECK(row["file"] == "in/a.yaml");
  CHECK(row["organization"] == "Acme");
  CHECK(row["assessed_on"] == "2026-11-20");
  CHECK(row["instrument"] == "self-diagnosis");
  CHECK(row["score"] == 96);
  CHECK(row["max"] == 100);
  CHECK(row["percent"] == 96);
  CHECK(row["band"] == "mostly");
  CHECK(row["band_label"] == "Some measures are still insufficient");
  CHECK(row["part_part1"].get<double>() + row["part_part2"].get<double>() + row["part_part3"].get<double>() == 96);
  for (const auto& column : columns) CHECK(row.contains(column));
}

TEST_CASE("a checklist summary row puts every group into one column: an object in JSON Lines, id=score/max in CSV") {
  const auto assessment = self_diagnosis();
  const auto row = questionnaire::summary_row(assessment, "a.yaml", questionnaire::PartColumns::one_column, Lang::ja);
  const auto columns = questionnaire::summary_columns(questionnaire::PartColumns::one_column, nullptr);
  CHECK(columns.back() == "groups");
  REQUIRE(row["groups"].is_object());
  CHECK(row["groups"]["part1"]["max"] == 20);
  CHECK(row["groups"]["part2"].contains("score"));
  CHECK_FALSE(row.contains("part_part1"));
  const std::string jsonl = report::summary_line(report::SummaryFormat::jsonl, columns, row);
  CHECK(jsonl.find("\"groups\":{\"part1\":{\"score\":") != std::string::npos);
  const std::string csv = report::summary_line(report::SummaryFormat::csv, columns, row);
  CHECK(csv.find(",part1=") != std::string::npos);
  CHECK(csv.find("/20; part2=") != std::string::npos);
}

TEST_CASE("an organisation or date not given is null in JSON Lines and an empty cell in CSV") {
  auto assessment = self_diagnosis();
  assessment.organization.name.clear();
  assessment.assessed_on.reset();
  const auto row = questionnaire::summary_row(assessment, "a.yaml", questionnaire::PartColumns::one_per_part, Lang::en);
  CHECK(row["organization"].is_null());
  CHECK(row["assessed_on"].is_null());
  const auto columns = questionnaire::summary_columns(questionnaire::PartColumns::one_per_part, assessment.instrument);
  CHECK(report::summary_line(report::SummaryFormat::jsonl, columns, row).find("\"organization\":null,\"assessed_on\":null") !=
        std::string::npos);
  CHECK(report::summary_line(report::SummaryFormat::csv, columns, row).rfind("a.yaml,,,self-diagnosis,", 0) == 0);
}
