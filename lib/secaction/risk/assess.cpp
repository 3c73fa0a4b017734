#include "secaction/risk/assess.hpp"

#include <algorithm>
#include <stdexcept>

#include "secaction/risk/rules.hpp"

namespace secaction::risk {
namespace {

struct CountermeasureState {
  std::size_t in_place = 0;
  std::size_t unanswered = 0;
  std::vector<const Countermeasure*> missing;
};

CountermeasureState countermeasure_state(const Medium& medium, const CountermeasureAnswers& answers) {
  CountermeasureState state;
  const auto answered = answers.find(medium.id);
  for (const auto& measure : medium.countermeasures) {
    bool known = false;
    bool in_place = false;
    if (answered != answers.end()) {
      if (auto found = answered->second.find(measure.id); found != answered->second.end()) {
        known = true;
        in_place = found->second;
      }
    }
    if (!known) ++state.unanswered;
    if (in_place) {
      ++state.in_place;
    } else {
      state.missing.push_back(&measure); // unanswered counts as not in place
    }
  }
  return state;
}

int catalogue_threat(const Medium& medium) {
  int highest = 1;
  for (const auto& threat : medium.threats) highest = std::max(highest, threat.likelihood);
  return highest;
}

} // namespace

std::size_t RiskAssessment::untreated_high_count() const {
  return static_cast<std::size_t>(
      std::count_if(prioritised.begin(), prioritised.end(), [](const AssetRisk& r) { return r.untreated_high; }));
}

LocalText treatment_label(TreatmentOption option) {
  switch (option) {
  case TreatmentOption::reduce: return {"低減", "reduce"};
  case TreatmentOption::avoid: return {"回避", "avoid"};
  case TreatmentOption::transfer: return {"移転", "transfer"};
  case TreatmentOption::retain: return {"保有", "retain"};
  }
  return {};
}

RiskAssessment assess(const Register& register_, const Edition& edition, const Catalogue& catalogue,
                      std::size_t top_threat_count) {
  RiskAssessment result;
  result.edition = &edition;
  result.catalogue = &catalogue;
  result.register_ = &register_;

  std::map<std::string, CountermeasureState> states;
  for (const auto& medium : catalogue.media) states.emplace(medium.id, countermeasure_state(medium, register_.countermeasures));

  for (std::size_t index = 0; index < register_.assets.size(); ++index) {
    const Asset& asset = register_.assets[index];
    const Medium* medium = catalogue.find_medium(asset.medium);
    if (medium == nullptr) throw std::invalid_argument("asset '" + asset.name + "': unknown medium " + asset.medium);
    const CountermeasureState& state = states.at(medium->id);

    AssetRisk r;
    r.asset = &asset;
    r.register_index = index;
    r.medium = medium;
    const bool forced = asset.personal_information.any() || asset.business_critical;
    const int unforced = importance(edition, asset.confidentiality, asset.integrity, asset.availability, false);
    r.importance = importance(edition, asset.confidentiality, asset.integrity, asset.availability, forced);
    r.importance_forced = forced && r.importance != unforced;
    r.threat = asset.threat.value_or(catalogue_threat(*medium));
    r.threat_source = asset.threat ? LevelSource::register_value : LevelSource::derived;
    r.vulnerability = asset.vulnerability.value_or(
        vulnerability_from_countermeasures(state.in_place, medium->countermeasures.size()));
    r.vulnerability_source = asset.vulnerability ? LevelSource::register_value : LevelSource::derived;
    const auto found = likelihood(edition, r.threat, r.vulnerability);
    if (!found) throw std::invalid_argument("likelihood table of edition " + edition.id + " has no cell for these levels");
    r.likelihood = *found;
    r.risk = risk_value(r.importance, r.likelihood);
    r.band_basis = band_basis(edition, r.importance, r.likelihood);
    r.band = band_for(edition, r.importance, r.likelihood);
    r.missing_countermeasures = state.missing;
    if (r.band != nullptr && r.band->id == "high") {
      r.recommended = recommend_treatment(state.missing.size(), medium->avoidable);
      r.untreated_high = !asset.treatment.has_value();
    }
    result.prioritised.push_back(std::move(r));
  }
  std::stable_sort(result.prioritised.begin(), result.prioritised.end(), [](const AssetRisk& a, const AssetRisk& b) {
    if (a.band_basis != b.band_basis) return a.band_basis > b.band_basis;
    return a.importance > b.importance; // stable: register order breaks the remaining ties
  });

  for (const auto& band : edition.bands) {
    BandCount count{&band, 0};
    for (const auto& r : result.prioritised) {
      if (r.band == &band) ++count.count;
    }
    result.band_counts.push_back(count);
  }

  for (const auto& medium : catalogue.media) {
    MediumSummary summary;
    summary.medium = &medium;
    const CountermeasureState& state = states.at(medium.id);
    summary.in_place = state.in_place;
    summary.unanswered = state.unanswered;
    summary.vulnerability = vulnerability_from_countermeasures(state.in_place, medium.countermeasures.size());
    for (const auto& r : result.prioritised) {
      if (r.medium != &medium) continue;
      ++summary.assets;
      summary.highest_risk = std::max(summary.highest_risk, r.risk);
    }
    if (summary.assets > 0) result.media.push_back(summary);
  }

  // Top threats: those of media that hold the riskiest assets, then the likeliest, then those
  // exposing the most assets; catalogue order breaks ties.
  std::vector<ThreatSummary> threats;
  for (const auto& summary : result.media) {
    for (const auto& threat : summary.medium->threats) {
      threats.push_back({summary.medium, &threat, summary.assets, summary.highest_risk});
    }
  }
  std::stable_sort(threats.begin(), threats.end(), [](const ThreatSummary& a, const ThreatSummary& b) {
    if (a.highest_risk != b.highest_risk) return a.highest_risk > b.highest_risk;
    if (a.threat->likelihood != b.threat->likelihood) return a.threat->likelihood > b.threat->likelihood;
    return a.assets > b.assets;
  });
  // At most two per medium, so one badly protected medium does not hide every other threat.
  std::map<const Medium*, std::size_t> per_medium;
  for (const auto& threat : threats) {
    if (result.top_threats.size() >= top_threat_count) break;
    if (++per_medium[threat.medium] > 2) continue;
    result.top_threats.push_back(threat);
  }
  return result;
}

} // namespace secaction::risk
