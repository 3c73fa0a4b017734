#pragma once
// Register + rules + catalogue -> the risk of every asset, the prioritised register, and the
// summaries the report prints. Pure: values in, values out.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "secaction/risk/model.hpp"

namespace secaction::risk {

enum class LevelSource { register_value, derived }; // given in the register, or from content

struct AssetRisk {
  const Asset* asset = nullptr;
  std::size_t register_index = 0; // 0-based position in the register
  const Medium* medium = nullptr;
  int importance = 0;
  bool importance_forced = false; // personal information or survival lifted it
  int threat = 0;
  LevelSource threat_source = LevelSource::derived;
  int vulnerability = 0;
  LevelSource vulnerability_source = LevelSource::derived;
  int likelihood = 0;
  int risk = 0;
  /// What the bands are matched against: the risk value, or for 第3版 the value on the 3.1 scale
  /// ((importance + 1) × likelihood), so that order and bands agree.
  int band_basis = 0;
  const Band* band = nullptr;
  /// The medium's countermeasures not (known to be) in place, in catalogue order.
  std::vector<const Countermeasure*> missing_countermeasures;
  /// High risk: the option secaction recommends (see recommend_treatment).
  std::optional<TreatmentOption> recommended;
  /// High risk with no treatment decided in the register.
  bool untreated_high = false;
};

struct MediumSummary {
  const Medium* medium = nullptr;
  std::size_t assets = 0;
  std::size_t in_place = 0;
  std::size_t unanswered = 0;
  int vulnerability = 3; // derived from the countermeasures
  int highest_risk = 0;
};

struct ThreatSummary {
  const Medium* medium = nullptr;
  const Threat* threat = nullptr;
  std::size_t assets = 0;
  int highest_risk = 0;
};

struct BandCount {
  const Band* band = nullptr;
  std::size_t count = 0;
};

struct RiskAssessment {
  const Edition* edition = nullptr;
  const Catalogue* catalogue = nullptr;
  const Register* register_ = nullptr;
  /// By band basis (the risk value in 第3.1版; desc), then importance (desc), then register order.
  std::vector<AssetRisk> prioritised;
  std::vector<BandCount> band_counts; // in the edition's band order
  std::vector<MediumSummary> media;   // media with at least one asset, in catalogue order
  std::vector<ThreatSummary> top_threats;
  [[nodiscard]] std::size_t untreated_high_count() const;
};

/// Every asset's medium must be a catalogue id and its levels inside the edition's scales
/// (content/register_loader checks both and reports what is wrong).
RiskAssessment assess(const Register& register_, const Edition& edition, const Catalogue& catalogue,
                      std::size_t top_threat_count = 5);

/// 低減 / reduce, …
LocalText treatment_label(TreatmentOption option);

} // namespace secaction::risk
