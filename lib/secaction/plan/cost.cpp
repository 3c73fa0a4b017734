#include "secaction/plan/cost.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace secaction::plan {
namespace {

using Key = std::pair<std::string, std::string>; // instrument id, item number

bool has_item(const questionnaire::Instrument& instrument, const std::string& number) {
  for (const auto& part : instrument.parts) {
    for (const auto& item : part.items) {
      if (item.number == number) return true;
    }
  }
  return false;
}

const questionnaire::Instrument* find_instrument(const std::vector<const questionnaire::Instrument*>& list, const std::string& id) {
  for (const auto* instrument : list) {
    if (instrument->id == id) return instrument;
  }
  return nullptr;
}

// Where each answered item of the plan's actions belongs: the index of its action.
std::map<Key, std::size_t> action_of_items(const Plan& plan) {
  std::map<Key, std::size_t> index;
  for (std::size_t a = 0; a < plan.actions.size(); ++a) {
    const auto& action = plan.actions[a];
    index.emplace(Key{action.primary.instrument->id, action.primary.item->number}, a);
    for (const auto& related : action.related) index.emplace(Key{related.instrument->id, related.item->number}, a);
  }
  return index;
}

// The index of the action the entry costs, or nullopt when the entry is reported and ignored.
std::optional<std::size_t> locate(const Plan& plan, const std::map<Key, std::size_t>& actions, const CostEstimate& cost,
                                  Diagnostics& diagnostics) {
  const auto* instrument = find_instrument(plan.instruments, cost.instrument);
  if (instrument == nullptr) {
    if (find_instrument(plan.skipped, cost.instrument) != nullptr) {
      diagnostics.error(cost.at, fmt::format("{} only classifies the organisation; its answers are no actions, so they take no cost",
                                             cost.instrument));
      return std::nullopt;
    }
    std::vector<std::string> ids;
    for (const auto* given : plan.instruments) ids.push_back(given->id);
    diagnostics.error(cost.at, fmt::format("'{}' is not an instrument of this plan; valid instruments: {}", cost.instrument,
                                           ids.empty() ? std::string("(none)") : fmt::format("{}", fmt::join(ids, ", "))));
    return std::nullopt;
  }
  if (!has_item(*instrument, cost.item)) {
    diagnostics.error(cost.at, fmt::format("{} has no item {}; write INSTRUMENT/NUMBER as the plan shows it, e.g. {}/1",
                                           cost.instrument, cost.item, cost.instrument));
    return std::nullopt;
  }
  const auto found = actions.find({cost.instrument, cost.item});
  if (found == actions.end()) {
    diagnostics.warning(cost.at, fmt::format("{}/{} is no action in this plan (answered without a gap, or not answered); its cost "
                                             "is ignored",
                                             cost.instrument, cost.item));
    return std::nullopt;
  }
  return found->second;
}

} // namespace

CostView cost_view(const Plan& plan, const std::vector<CostEstimate>& costs, const std::vector<RegisterAsset>* assets,
                   int likelihood_max, Diagnostics& diagnostics) {
  CostView view;
  view.register_given = assets != nullptr;
  view.likelihood_max = likelihood_max;
  std::vector<CostedAction> all(plan.actions.size());
  for (std::size_t a = 0; a < plan.actions.size(); ++a) {
    all[a].action = &plan.actions[a];
    all[a].plan_rank = a + 1;
  }
  const auto actions = action_of_items(plan);
  std::map<std::size_t, const CostEstimate*> costed;
  for (const auto& cost : costs) {
    const auto index = locate(plan, actions, cost, diagnostics);
    if (!index) continue;
    if (const auto [earlier, inserted] = costed.emplace(*index, &cost); !inserted) {
      diagnostics.error(cost.at, fmt::format("{}/{} is the same action as {}/{} (line {}); give one cost per action",
                                             cost.instrument, cost.item, earlier->second->instrument, earlier->second->item,
                                             earlier->second->at.line));
      continue;
    }
    CostedAction& entry = all[*index];
    entry.cost_yen = cost.cost_yen;
    for (std::size_t n = 0; n < cost.assets.size(); ++n) {
      const auto& name = cost.assets[n];
      const SourceLocation& where = n < cost.asset_at.size() ? cost.asset_at[n] : cost.at;
      if (assets == nullptr) break; // without a register the assets cannot be weighed: listed apart, "no --register"
      bool found = false;
      for (const auto& asset : *assets) {
        if (asset.name != name) continue;
        found = true;
        const bool named_before = std::any_of(entry.assets.begin(), entry.assets.end(), [&](const ProtectedAsset& p) { return p.asset == &asset; });
        if (named_before) continue;
        ProtectedAsset target{&asset, 0};
        if (asset.estimated_loss) {
          target.risk_yen = static_cast<double>(*asset.estimated_loss) * asset.likelihood / likelihood_max;
          entry.risk_reduced_yen = entry.risk_reduced_yen.value_or(0) + target.risk_yen;
        } else if (std::find(view.assets_without_loss.begin(), view.assets_without_loss.end(), asset.name) ==
                   view.assets_without_loss.end()) {
          view.assets_without_loss.push_back(asset.name);
        }
        entry.assets.push_back(target);
      }
      if (!found) diagnostics.error(where, fmt::format("'{}' is not an asset (情報資産名称) of the register", name));
    }
    if (entry.risk_reduced_yen) entry.per_yen = *entry.risk_reduced_yen / static_cast<double>(cost.cost_yen);
  }
  for (auto& entry : all) {
    if (!entry.cost_yen) {
      view.no_cost.push_back(std::move(entry));
    } else if (!entry.per_yen) {
      view.no_estimate.push_back(std::move(entry));
    } else {
      view.ranked.push_back(std::move(entry));
    }
  }
  std::stable_sort(view.ranked.begin(), view.ranked.end(), [](const CostedAction& a, const CostedAction& b) { return *a.per_yen > *b.per_yen; });
  return view;
}

} // namespace secaction::plan
