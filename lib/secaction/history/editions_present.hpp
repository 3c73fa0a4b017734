#pragma once
// The part of a comparison across two editions (compare_present.cpp calls these when
// Comparison::editions is set): which items are new, removed, renumbered or reworded.
#include <nlohmann/json.hpp>

#include "secaction/core/lang.hpp"
#include "secaction/history/compare.hpp"
#include "secaction/report/document.hpp"

namespace secaction::history {

void add_edition_sections(report::Document& doc, Lang lang, const Comparison& comparison);
/// The "editions" member of the compare JSON.
nlohmann::ordered_json editions_json(const Comparison& comparison);

} // namespace secaction::history
