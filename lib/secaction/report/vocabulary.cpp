#include "secaction/report/vocabulary.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "secaction/core/decimal.hpp"
#include "secaction/core/text.hpp"

namespace secaction::report {

std::string item_label(Lang lang, std::string_view number) {
  return lang == Lang::ja ? fmt::format("No.{}", number) : fmt::format("No. {}", number);
}

std::string points_text(Lang lang, double points) {
  return lang == Lang::ja ? fmt::format("{}点", format_number(points)) : fmt::format("{} pt", format_number(points));
}

std::string score_text(Lang lang, bool summed, double total, double max, double percent) {
  if (summed) {
    return lang == Lang::ja ? fmt::format("{}点 / {}点", format_number(total), format_number(max))
                            : fmt::format("{} / {} points", format_number(total), format_number(max));
  }
  return fmt::format("{}% ({} / {})", format_number(percent), format_number(total), format_number(max));
}

std::string not_answered(Lang lang) { return tr(lang, "未回答", "not answered"); }

std::string answer_label(Lang lang, std::string_view label, bool missing) {
  if (!missing) return std::string(label);
  if (label.empty()) return lang == Lang::ja ? fmt::format("（{}）", not_answered(lang)) : fmt::format("({})", not_answered(lang));
  return lang == Lang::ja ? fmt::format("{}（{}）", label, not_answered(lang)) : fmt::format("{} ({})", label, not_answered(lang));
}

std::string not_given(Lang lang) { return tr(lang, "（未記入）", "(not given)"); }

std::string list_separator(Lang lang) { return tr(lang, "、", ", "); }

nlohmann::ordered_json json_number(double value, int decimals) {
  const double rounded = round_to_decimals(value, decimals);
  if (rounded == std::trunc(rounded) && std::fabs(rounded) < 1e15) return static_cast<long long>(rounded); // -0 becomes 0 here
  return rounded;
}

nlohmann::ordered_json json_item_number(std::string_view number) {
  const bool digits = !number.empty() && number.size() < 10 &&
                      std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits) return std::stol(std::string(number));
  return std::string(number);
}

nlohmann::ordered_json json_text_or_null(const std::string& text) {
  if (text.empty()) return nullptr;
  return text;
}

} // namespace secaction::report
