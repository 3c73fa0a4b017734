#pragma once
// The words and numbers every presenter shares (diagnose, checklist, security-action, benchmark,
// risk, compare, trend, merge, plan), so that each thing is said one way in every report. No engine
// types: callers pass texts and numbers.
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "secaction/core/lang.hpp"

namespace secaction::report {

/// An item by its official number: "No.3" / "No. 3".
std::string item_label(Lang lang, std::string_view number);

/// Points of an answer: "2点" / "2 pt" (at most one decimal, as format_number writes them).
std::string points_text(Lang lang, double points);

/// A questionnaire's result: "56点 / 100点" / "56 / 100 points" for summed points, "87.5% (35 / 40)"
/// for a completion rate.
std::string score_text(Lang lang, bool summed, double total, double max, double percent);

/// The one wording for an item left blank: "未回答" / "not answered".
std::string not_answered(Lang lang);

/// An answer as a report shows it: its label, followed by "（未回答）" / " (not answered)" when
/// the item was left blank and scored as that answer; with no label, "（未回答）" / "(not answered)".
std::string answer_label(Lang lang, std::string_view label, bool missing);

/// A field the input left empty: "（未記入）" / "(not given)".
std::string not_given(Lang lang);

/// Between the entries of a list in running text: "、" / ", ".
std::string list_separator(Lang lang);

/// The one rule for numbers in JSON output: rounded half away from zero to `decimals` places (2 for
/// points, scores and averages; 1 for percentages and other figures the reports print with one
/// decimal), and written as an integer when the rounded value is whole (87, not 87.0; never -0).
nlohmann::ordered_json json_number(double value, int decimals = 2);

/// An item number in JSON: an integer when it is one ("7" -> 7), else the text ("1-1").
nlohmann::ordered_json json_item_number(std::string_view number);

/// A text in JSON, or null when it is empty.
nlohmann::ordered_json json_text_or_null(const std::string& text);

} // namespace secaction::report
