#pragma once
// The source's guidance printed before an instrument's items (3原則, 重要7項目の前文, 経営者が決定す
// べき事項, 経営者への3つの問い, …): which blocks, and how each says whose words it is. The report,
// the answer-file template and the interactive session all show them the same way.
#include <string>
#include <vector>

#include "secaction/core/lang.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::questionnaire {

/// The preamble, then the context blocks, in content order; empty blocks are left out.
std::vector<const Preamble*> guidance_blocks(const Instrument& instrument);

/// Where a block stands in the source and whose words it is: 「出典：第3.1版 第1部 経営者編 3.(1)（公式）」,
/// "Source: Edition 3.1, Part 1, 3.(1) (official; the English is secaction's rendering)".
std::string guidance_provenance(Lang lang, const Preamble& block);

/// One entry on one line: 「原則1「情報セキュリティ対策は…」：経営者は、…」, "Principle 1: … — …".
std::string guidance_entry(Lang lang, const PreambleEntry& entry);

} // namespace secaction::questionnaire
