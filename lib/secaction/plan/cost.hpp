#pragma once
// The cost-effectiveness view (費用対効果) of a plan: which actions reduce the most risk per yen.
// Pure: values in, values out.
//
// secaction's own method (neither IPA nor the seed gives a formula):
//   risk an action reduces (円) = Σ over the register's assets it protects that have an estimated
//     loss (想定被害額) of  estimated loss × the asset's likelihood (被害発生可能性) ÷ the highest
//     likelihood of the scale (3);
//   risk reduced per yen = that sum ÷ the action's estimated cost (円).
// Actions are ranked by risk reduced per yen, highest first; ties keep the plan's priority order.
// Actions without a cost, and actions with a cost but no asset with an estimated loss, are listed
// apart and not ranked.
#include <optional>
#include <string>
#include <vector>

#include "secaction/core/diagnostic.hpp"
#include "secaction/plan/plan.hpp"

namespace secaction::plan {

/// One entry of a --costs file.
struct CostEstimate {
  std::string instrument; // instrument id
  std::string item;       // item number
  long long cost_yen = 0; // > 0
  std::vector<std::string> assets; // names (情報資産名称) of the register's assets the action protects
  SourceLocation at;               // the entry's item:, for messages
  std::vector<SourceLocation> asset_at; // each asset name's place
};

/// An asset of the register as the method needs it.
struct RegisterAsset {
  std::string name;
  std::optional<long long> estimated_loss; // 想定被害額 (円)
  int likelihood = 0;                      // 被害発生可能性 from the risk analysis
};

struct ProtectedAsset {
  const RegisterAsset* asset = nullptr;
  double risk_yen = 0; // estimated loss × likelihood ÷ the highest likelihood; 0 without a loss
};

struct CostedAction {
  const Action* action = nullptr;
  std::size_t plan_rank = 0; // 1-based rank in the plan
  std::optional<long long> cost_yen;
  std::vector<ProtectedAsset> assets; // in the order the costs file names them
  std::optional<double> risk_reduced_yen; // nullopt: no protected asset has an estimated loss
  std::optional<double> per_yen;          // risk reduced ÷ cost
  /// The seed's principle for this action: the risk it reduces exceeds its cost.
  [[nodiscard]] bool worth_it() const { return risk_reduced_yen && cost_yen && *risk_reduced_yen > static_cast<double>(*cost_yen); }
};

struct CostView {
  bool register_given = false;
  int likelihood_max = 3;
  std::vector<CostedAction> ranked;      // by risk reduced per yen, highest first
  std::vector<CostedAction> no_estimate; // a cost but no asset with an estimated loss, in plan order
  std::vector<CostedAction> no_cost;     // no cost given, in plan order
  std::vector<std::string> assets_without_loss; // protected assets the register gives no 想定被害額, in first-named order
};

/// The view of `plan` with `costs` and, when a register was given, its assets (`assets` is then
/// non-null; the view points into it). An entry must name an item of an instrument of the plan, at most one entry per
/// action, and (with a register) assets it has. Without a register, the assets named are not
/// weighed and every costed action is listed apart.
/// An entry on an item that is no action (answered without a gap) is a warning and is ignored.
CostView cost_view(const Plan& plan, const std::vector<CostEstimate>& costs, const std::vector<RegisterAsset>* assets,
                   int likelihood_max, Diagnostics& diagnostics);

} // namespace secaction::plan
