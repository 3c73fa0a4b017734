#pragma once
// Loads IPA's 情報セキュリティ10大脅威 of one year (content/threats/top10-<year>.yaml), checked
// against schemas/top-threats.schema.json and the rules below.
#include <optional>
#include <string>
#include <string_view>

#include "secaction/core/diagnostic.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/risk/top_threats.hpp"

namespace secaction::load {

/// Beyond the schema: list ids are unique; ranks are unique within a list; an
/// official-secondary file names its secondary source (`via`).
std::optional<risk::TopThreatLists> load_top_threats(std::string_view text, const std::string& file, Diagnostics& diagnostics,
                                                     SchemaCheck check = SchemaCheck::run);

} // namespace secaction::load
