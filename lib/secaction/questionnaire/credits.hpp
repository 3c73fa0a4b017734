#pragma once
// Credits (the footer's 「文言の出典」, report/credits.hpp) for the texts of an instrument a report
// shows: its questions (official or secaction's, item by item) and its band texts. Every report that
// prints questions or bands (diagnose, checklist, compare, trend, plan) credits them the same way.
#include <string>
#include <vector>

#include "secaction/core/lang.hpp"
#include "secaction/questionnaire/model.hpp"
#include "secaction/report/document.hpp"

namespace secaction::questionnaire {

/// The source as reports name it: 「文書／版」, "document / edition".
std::string source_line(Lang lang, const Instrument& instrument);

/// Credits the questions of `items` (all of the instrument's when empty): the official ones to the
/// instrument's source, secaction's own as secaction's, naming the numbers when the two are mixed.
void credit_questions(report::Document& doc, Lang lang, const Instrument& instrument, const std::vector<const Item*>& items = {});

/// Credits a band's 「現在の状況」「次の対策」 texts to their origin.
void credit_band(report::Document& doc, Lang lang, const Instrument& instrument, const Band& band);

} // namespace secaction::questionnaire
