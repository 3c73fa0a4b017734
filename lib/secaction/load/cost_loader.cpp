#include "secaction/load/cost_loader.hpp"

#include <fmt/format.h>

#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/yaml_reader.hpp"
#include "secaction/load/yen_amount.hpp"

namespace secaction::load {

std::optional<std::vector<plan::CostEstimate>> load_cost_estimates(std::string_view text, const std::string& file,
                                                                   Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  auto tree = read_yaml(text, file, diagnostics);
  if (!tree) return std::nullopt;
  if (!tree->root().is_object()) {
    diagnostics.error(tree->at(""), "expected cost estimates (a mapping with costs:, a list of item:, cost: and assets:)");
    return std::nullopt;
  }
  if (!shipped_schema("plan-costs.schema.json").validate(*tree, diagnostics)) return std::nullopt;
  constexpr long long k_max_cost = 1'000'000'000'000'000; // 1000兆円
  std::vector<plan::CostEstimate> costs;
  const auto& entries = tree->root().at("costs");
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::string pointer = child_pointer("/costs", i);
    const auto& entry = entries.at(i);
    plan::CostEstimate cost;
    cost.at = tree->at(pointer + "/item");
    const auto item = entry.at("item").get<std::string>();
    const auto slash = item.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == item.size()) {
      diagnostics.error(cost.at, fmt::format("item '{}' is not INSTRUMENT/NUMBER; write it as the plan names it, e.g. self-diagnosis/3",
                                             item));
      continue;
    }
    cost.instrument = item.substr(0, slash);
    cost.item = item.substr(slash + 1);
    const auto& written = entry.at("cost");
    std::optional<long long> amount;
    if (written.is_number_integer()) {
      if (written.is_number_unsigned() || written.get<long long>() >= 0) amount = written.get<long long>();
    } else if (written.is_string()) {
      amount = yen_amount(written.get<std::string>());
    }
    if (!amount || *amount < 1 || *amount > k_max_cost) {
      diagnostics.error(tree->at(pointer + "/cost"),
                        fmt::format("cost {} is not an amount of yen; write a whole number from 1 to {}, e.g. 50000 or 50,000円",
                                    written.dump(), k_max_cost));
      continue;
    }
    cost.cost_yen = *amount;
    if (const auto assets = entry.find("assets"); assets != entry.end()) {
      for (std::size_t a = 0; a < assets->size(); ++a) {
        cost.assets.push_back(assets->at(a).get<std::string>());
        cost.asset_at.push_back(tree->at(child_pointer(pointer + "/assets", a)));
      }
    }
    costs.push_back(std::move(cost));
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return costs;
}

} // namespace secaction::load
