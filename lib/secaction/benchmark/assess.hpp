#pragma once
// The benchmark engine: levels and total (through the questionnaire engine), the risk group,
// per-area averages, the gap to the desired level and the peer comparison. Values in, values out.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "secaction/benchmark/model.hpp"
#include "secaction/benchmark/risk.hpp"
#include "secaction/questionnaire/assess.hpp"

namespace secaction::benchmark {

struct ItemGap {
  const questionnaire::Item* item = nullptr;
  const questionnaire::Part* part = nullptr;
  int level = 1;   // the answer, 1-5
  int desired = 1; // the desired level for the company's group
  [[nodiscard]] int gap() const { return desired - level; } // > 0: below the desired level
};

struct AreaResult {
  const questionnaire::Part* part = nullptr;
  std::size_t items = 0;
  double score = 0;
  double average = 0;         // mean level of the area's items
  double desired_average = 0; // mean desired level of the area's items
};

/// Where the peer figures come from.
enum class PeerBasis { none, reference, peers };

/// Why a comparison could not give a 偏差値 (the report says it in words).
enum class PeerGap {
  none,               // a 偏差値 was computed
  not_requested,      // neither --reference nor --peers
  group_not_in_file,  // --reference has no line for the company's group
  too_few_peers,      // --peers holds fewer than 2 usable answer files
  no_spread,          // every peer has the same total (SD 0)
};

struct PeerRecord {
  std::string group_id;
  double total = 0;
  std::map<std::string, double> area_averages; // by part id
};

struct PeerComparison {
  PeerBasis basis = PeerBasis::none;
  PeerGap gap = PeerGap::not_requested;
  std::string source;           // the reference's `source`, or the peers directory
  std::string file;             // the reference file
  bool within_group = true;     // false: compared against all peers
  std::size_t used = 0;         // peers (or the reference count) behind mean and SD; 0 when unknown
  std::size_t in_group = 0;     // --peers: peers in the company's group
  std::size_t all = 0;          // --peers: every peer
  std::size_t minimum_in_group = 0;
  double mean = 0;
  double sd = 0;
  std::optional<double> deviation;  // 偏差値, one decimal
  std::optional<double> percentile; // one decimal
  std::map<std::string, double> area_means; // by part id, when known
};

struct BenchmarkResult {
  questionnaire::Assessment assessment;
  const Rules* rules = nullptr;
  RiskResult risk;
  std::vector<AreaResult> areas;
  std::vector<ItemGap> items;                // content order
  std::vector<std::size_t> recommendations;  // indices into items below their desired level, worst gap first
  PeerComparison peers;

  [[nodiscard]] const RiskGroup& group() const { return rules->groups.at(risk.group); }
  [[nodiscard]] double desired_total() const;
};

/// Scores a benchmark answer set. The answers and profile are already checked against the
/// instrument and the rules; every item has a level "1".."5".
BenchmarkResult assess_benchmark(const questionnaire::Instrument& instrument, const questionnaire::AnswerSet& answers,
                                 const Rules& rules, const Profile& profile, std::optional<Date> as_of = std::nullopt);

/// Area averages of one result, by part id (what --peers collects from each peer).
std::map<std::string, double> area_averages(const BenchmarkResult& result);

/// Against supplied statistics: the company's group if the file has it; otherwise no 偏差値.
PeerComparison compare_with_reference(const ReferenceStats& reference, const Rules& rules, std::size_t group, double total);

/// Against a set of peers: within the company's group when it has at least
/// rules.peer_minimum_in_group peers, else against all of them.
PeerComparison compare_with_peers(const std::vector<PeerRecord>& peers, const Rules& rules, std::size_t group, double total,
                                  std::string source);

} // namespace secaction::benchmark
