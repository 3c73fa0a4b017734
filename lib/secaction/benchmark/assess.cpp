#include "secaction/benchmark/assess.hpp"

#include <algorithm>

#include "secaction/benchmark/stats.hpp"

namespace secaction::benchmark {

double BenchmarkResult::desired_total() const {
  double sum = 0;
  for (const auto& item : items) sum += item.desired;
  return sum;
}

BenchmarkResult assess_benchmark(const questionnaire::Instrument& instrument, const questionnaire::AnswerSet& answers,
                                 const Rules& rules, const Profile& profile, std::optional<Date> as_of) {
  BenchmarkResult result;
  result.assessment = questionnaire::assess(instrument, answers, as_of);
  result.rules = &rules;
  result.risk = assess_risk(rules, profile);

  for (const auto& part : result.assessment.parts) {
    AreaResult area;
    area.part = part.part;
    area.items = part.items.size();
    area.score = part.score;
    double desired_sum = 0;
    for (const auto& item : part.items) {
      ItemGap gap;
      gap.item = item.item;
      gap.part = part.part;
      gap.level = static_cast<int>(item.points);
      // The loader checks that every item has a desired level per group; 1 keeps a gap from
      // being invented if content were ever incomplete.
      if (auto desired = rules.desired_levels.find(item.item->number);
          desired != rules.desired_levels.end() && result.risk.group < desired->second.size()) {
        gap.desired = desired->second[result.risk.group];
      }
      desired_sum += gap.desired;
      result.items.push_back(gap);
    }
    if (area.items > 0) {
      area.average = area.score / static_cast<double>(area.items);
      area.desired_average = desired_sum / static_cast<double>(area.items);
    }
    result.areas.push_back(area);
  }

  for (std::size_t i = 0; i < result.items.size(); ++i) {
    if (result.items[i].gap() > 0) result.recommendations.push_back(i);
  }
  // Worst gap first; equal gaps keep content order.
  std::stable_sort(result.recommendations.begin(), result.recommendations.end(),
                   [&](std::size_t a, std::size_t b) { return result.items[a].gap() > result.items[b].gap(); });
  return result;
}

std::map<std::string, double> area_averages(const BenchmarkResult& result) {
  std::map<std::string, double> averages;
  for (const auto& area : result.areas) averages[area.part->id] = area.average;
  return averages;
}

PeerComparison compare_with_reference(const ReferenceStats& reference, const Rules& rules, std::size_t group, double total) {
  PeerComparison comparison;
  comparison.basis = PeerBasis::reference;
  comparison.source = reference.source;
  comparison.file = reference.file;
  const auto found = reference.groups.find(rules.groups.at(group).id);
  if (found == reference.groups.end()) {
    comparison.gap = PeerGap::group_not_in_file;
    return comparison;
  }
  const ReferenceGroup& stats = found->second;
  comparison.mean = stats.mean;
  comparison.sd = stats.sd;
  comparison.used = stats.count ? static_cast<std::size_t>(*stats.count) : 0;
  comparison.area_means = stats.area_means;
  comparison.deviation = deviation_score(total, stats.mean, stats.sd);
  if (!comparison.deviation) {
    comparison.gap = PeerGap::no_spread; // the schema forbids sd ≤ 0; kept for safety
    return comparison;
  }
  comparison.deviation = round1(*comparison.deviation);
  comparison.percentile = round1(normal_percentile(total, stats.mean, stats.sd));
  comparison.gap = PeerGap::none;
  return comparison;
}

PeerComparison compare_with_peers(const std::vector<PeerRecord>& peers, const Rules& rules, std::size_t group, double total,
                                  std::string source) {
  PeerComparison comparison;
  comparison.basis = PeerBasis::peers;
  comparison.source = std::move(source);
  comparison.minimum_in_group = static_cast<std::size_t>(rules.peer_minimum_in_group);
  comparison.all = peers.size();
  const std::string& group_id = rules.groups.at(group).id;
  std::vector<const PeerRecord*> same;
  for (const auto& peer : peers) {
    if (peer.group_id == group_id) same.push_back(&peer);
  }
  comparison.in_group = same.size();
  comparison.within_group = same.size() >= comparison.minimum_in_group;
  std::vector<const PeerRecord*> chosen;
  if (comparison.within_group) {
    chosen = same;
  } else {
    for (const auto& peer : peers) chosen.push_back(&peer);
  }
  comparison.used = chosen.size();
  if (chosen.size() < 2) {
    comparison.gap = PeerGap::too_few_peers;
    return comparison;
  }
  std::vector<double> totals;
  std::map<std::string, double> area_sums;
  for (const auto* peer : chosen) {
    totals.push_back(peer->total);
    for (const auto& [area, average] : peer->area_averages) area_sums[area] += average;
  }
  for (const auto& [area, sum] : area_sums) comparison.area_means[area] = sum / static_cast<double>(chosen.size());
  const auto stats = population_mean_sd(totals);
  comparison.mean = stats->mean;
  comparison.sd = stats->sd;
  const auto deviation = deviation_score(total, stats->mean, stats->sd);
  if (!deviation) {
    comparison.gap = PeerGap::no_spread;
    return comparison;
  }
  comparison.deviation = round1(*deviation);
  comparison.percentile = round1(percentile_rank(totals, total));
  comparison.gap = PeerGap::none;
  return comparison;
}

} // namespace secaction::benchmark
