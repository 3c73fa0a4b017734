#pragma once
// The provenance of a merge (who answered what per item) as a neutral report::Document.
#include <string>

#include "secaction/core/lang.hpp"
#include "secaction/merge/merge.hpp"
#include "secaction/report/document.hpp"

namespace secaction::merge {

report::Document provenance_document(const questionnaire::Instrument& instrument, const MergeResult& result, Lang lang);

/// The comment line the merged answer file starts with.
std::string merge_comment(const MergeResult& result, Lang lang);

} // namespace secaction::merge
