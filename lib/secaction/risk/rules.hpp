#pragma once
// The official rules of the risk analysis sheet, applied to values: importance, likelihood,
// risk value and band; plus the two rules secaction adds (vulnerability from countermeasures,
// and the recommended treatment), which are marked as ours wherever they are reported.
#include <cstddef>
#include <optional>

#include "secaction/risk/model.hpp"

namespace secaction::risk {

/// 重要度 = max(C, I, A); the edition's forced value (3, or 2 in 第3版) whenever the asset holds
/// personal information or could decide the company's survival.
int importance(const Edition& edition, int confidentiality, int integrity, int availability, bool forced);

/// 被害発生可能性 from the edition's conversion table; std::nullopt outside the table.
std::optional<int> likelihood(const Edition& edition, int threat, int vulnerability);

/// リスク値 = 重要度 × 被害発生可能性.
int risk_value(int importance, int likelihood);

/// What bands are matched against: (importance + the edition's offset) × likelihood; the risk
/// value itself in 第3.1版.
int band_basis(const Edition& edition, int importance, int likelihood);

/// The band of a risk (nullptr when no band covers it).
const Band* band_for(const Edition& edition, int importance, int likelihood);

/// secaction's rule: all countermeasures in place -> 1, some -> 2, none -> 3.
int vulnerability_from_countermeasures(std::size_t in_place, std::size_t total);

/// secaction's treatment rule for a High risk: 低減 when the medium still has countermeasures to
/// put in place; otherwise 回避 when the medium can simply be given up for this asset (portable
/// media, mobile devices); otherwise 移転 (insurance, outsourcing, a managed service). 保有 is
/// never recommended for a High risk: the guideline keeps it for risks one can live with.
TreatmentOption recommend_treatment(std::size_t missing_countermeasures, bool medium_avoidable);

} // namespace secaction::risk
