#pragma once
// secaction's benchmark rules (content/benchmark/profile.yaml) and a company's profile answers.
// Plain values: loaded by content/, used by the benchmark engine.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "secaction/core/lang.hpp"

namespace secaction::benchmark {

struct ProfileOption {
  std::string id;
  LocalText label;
  double points = 0;
};

struct ProfileQuestion {
  std::string id;
  LocalText title;
  double weight = 1;
  std::vector<ProfileOption> options;

  [[nodiscard]] const ProfileOption* find_option(const std::string& option_id) const;
  [[nodiscard]] double highest_points() const;
};

struct RiskGroup {
  std::string id;   // G1
  std::string name; // GⅠ
  LocalText title;  // 高水準のセキュリティレベルが要求される層
  double min_index = 0;
};

struct Rules {
  LocalText note;
  std::vector<ProfileQuestion> questions;
  std::vector<RiskGroup> groups; // highest first
  /// Item number -> desired level per group (same order as `groups`).
  std::map<std::string, std::vector<int>> desired_levels;
  int peer_minimum_in_group = 5;

  [[nodiscard]] const ProfileQuestion* find_question(const std::string& id) const;
  [[nodiscard]] std::size_t group_index(const std::string& group_id) const; // groups.size() when unknown
};

/// The profile section of an answer file: question id -> option id, every question answered.
using Profile = std::map<std::string, std::string>;

/// Mean and SD of the total score for one group, from a file the user supplies (--reference).
struct ReferenceGroup {
  double mean = 0;
  double sd = 0;
  std::optional<long long> count;
  std::map<std::string, double> area_means; // area (part) id -> mean level, optional
};

struct ReferenceStats {
  std::string source; // where the numbers come from, as the user wrote it
  std::string file;   // the file they were read from
  std::map<std::string, ReferenceGroup> groups; // by group id
};

} // namespace secaction::benchmark
