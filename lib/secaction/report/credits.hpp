#pragma once
// The footer every report ends with: whose words it shows (official, official-secondary with the
// secondary source named, secaction's), built from the credits its presenter gave as it added texts.
#include "secaction/core/lang.hpp"
#include "secaction/report/document.hpp"

namespace secaction::report {

/// Appends 「文言の出典」 / "Whose words these are": one line per source, official texts first, then
/// official texts quoted through a secondary source, then secaction's own, each naming what the
/// report shows of it. Adds nothing when nothing was credited.
void add_credits_section(Document& doc, Lang lang);

} // namespace secaction::report
