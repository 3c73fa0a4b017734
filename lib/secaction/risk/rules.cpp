#include "secaction/risk/rules.hpp"

#include <algorithm>

namespace secaction::risk {

int importance(const Edition& edition, int confidentiality, int integrity, int availability, bool forced) {
  if (forced) return edition.forced_importance;
  return std::max({confidentiality, integrity, availability});
}

std::optional<int> likelihood(const Edition& edition, int threat, int vulnerability) {
  for (const auto& cell : edition.likelihood_table) {
    if (cell.threat == threat && cell.vulnerability == vulnerability) return cell.likelihood;
  }
  return std::nullopt;
}

int risk_value(int importance, int likelihood) { return importance * likelihood; }

int band_basis(const Edition& edition, int importance, int likelihood) {
  return (importance + edition.band_importance_offset) * likelihood;
}

const Band* band_for(const Edition& edition, int importance, int likelihood) {
  const int basis = band_basis(edition, importance, likelihood);
  for (const auto& band : edition.bands) {
    if (basis >= band.min && basis <= band.max) return &band;
  }
  return nullptr;
}

int vulnerability_from_countermeasures(std::size_t in_place, std::size_t total) {
  if (total > 0 && in_place >= total) return 1;
  if (in_place > 0) return 2;
  return 3;
}

TreatmentOption recommend_treatment(std::size_t missing_countermeasures, bool medium_avoidable) {
  if (missing_countermeasures > 0) return TreatmentOption::reduce;
  if (medium_avoidable) return TreatmentOption::avoid;
  return TreatmentOption::transfer;
}

} // namespace secaction::risk
