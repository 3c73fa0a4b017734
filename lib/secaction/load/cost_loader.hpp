#pragma once
// Reads the cost estimates of `secaction plan --costs FILE` (schemas/plan-costs.schema.json).
// Every problem is reported with file:line:col; nothing is returned when there was any.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "secaction/core/diagnostic.hpp"
#include "secaction/plan/cost.hpp"

namespace secaction::load {

/// Beyond the schema: item is INSTRUMENT/NUMBER; cost is a whole number of yen above 0.
std::optional<std::vector<plan::CostEstimate>> load_cost_estimates(std::string_view text, const std::string& file,
                                                                   Diagnostics& diagnostics);

} // namespace secaction::load
