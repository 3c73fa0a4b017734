#include "secaction/load/result_check.hpp"

#include <cmath>

#include <fmt/format.h>

#include "secaction/core/decimal.hpp"
#include "secaction/questionnaire/assess.hpp"

namespace secaction::load {
namespace {

using Json = nlohmann::json;

// `value` rounded as the result writer rounds it (report::json_number: 2 decimals, the percentage 1;
// the rounding itself is core/decimal, shared with the writer).
double written(double value, int decimals) { return round_to_decimals(value, decimals); }

bool agrees(const Json& stated, double derived, int decimals = 2) {
  return stated.is_number() && stated.get<double>() == written(derived, decimals);
}

std::string shown(double derived, int decimals = 2) {
  const double value = written(derived, decimals);
  return value == std::trunc(value) ? fmt::format("{}", static_cast<long long>(value)) : fmt::format("{}", value);
}

constexpr const char* k_remake = "was the result edited? make it again with `secaction diagnose|checklist --format json`";

} // namespace

bool check_result_against_answers(const JsonTree& tree, history::Snapshot& snapshot, Diagnostics& diagnostics) {
  const questionnaire::Instrument& instrument = *snapshot.instrument;
  questionnaire::AnswerSet answers;
  answers.instrument = instrument.id;
  for (const auto& state : snapshot.items) {
    if (state.missing) {
      answers.missing.push_back(state.item->number);
    } else {
      answers.answers[state.item->number].option_id = state.option->id;
    }
  }
  const questionnaire::Assessment derived = questionnaire::assess(instrument, answers);
  const std::size_t errors_before = diagnostics.error_count();
  const Json& root = tree.root();
  const Json& parts = root.at("parts");
  // The reader has checked that parts and items name the instrument's own, and that every item is there.
  for (std::size_t p = 0; p < parts.size(); ++p) {
    const std::string part_pointer = child_pointer("/parts", p);
    const std::string part_id = parts[p].at("id").get<std::string>();
    for (const auto& part : derived.parts) {
      if (part.part->id != part_id) continue;
      const Json& items = parts[p].at("items");
      for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string pointer = child_pointer(part_pointer + "/items", i);
        const Json& number = items[i].at("number");
        const std::string number_text = number.is_string() ? number.get<std::string>() : number.dump();
        for (const auto& item : part.items) {
          if (item.item->number != number_text) continue;
          const std::string answer = item.missing ? "(none)" : "'" + item.option->id + "'";
          if (!agrees(items[i].at("points"), item.points)) {
            diagnostics.error(tree.at(pointer + "/points"),
                              fmt::format("item {}: points is {}, but its answer {} scores {}; {}", number_text,
                                          items[i].at("points").dump(), answer, shown(item.points), k_remake));
          }
          if (items[i].at("counted") != item.counted) {
            diagnostics.error(tree.at(pointer + "/counted"),
                              fmt::format("item {}: counted is {}, but its answer {} is {}counted; {}", number_text,
                                          items[i].at("counted").dump(), answer, item.counted ? "" : "not ", k_remake));
          }
        }
      }
      if (!agrees(parts[p].at("score"), part.score)) {
        diagnostics.error(tree.at(part_pointer + "/score"),
                          fmt::format("part '{}': score is {}, but its items add up to {}; {}", part_id,
                                      parts[p].at("score").dump(), shown(part.score), k_remake));
      }
      if (!agrees(parts[p].at("max"), part.max)) {
        diagnostics.error(tree.at(part_pointer + "/max"), fmt::format("part '{}': max is {}, but its items allow {}; {}", part_id,
                                                                      parts[p].at("max").dump(), shown(part.max), k_remake));
      }
    }
  }
  const Json& score = root.at("score");
  if (!agrees(score.at("total"), derived.total)) {
    diagnostics.error(tree.at("/score/total"), fmt::format("score.total is {}, but the answers score {}; {}", score.at("total").dump(),
                                                           shown(derived.total), k_remake));
  }
  if (!agrees(score.at("max"), derived.max)) {
    diagnostics.error(tree.at("/score/max"), fmt::format("score.max is {}, but the answers allow {}; {}", score.at("max").dump(),
                                                         shown(derived.max), k_remake));
  }
  if (score.contains("percent") && !agrees(score.at("percent"), derived.percent(), 1)) {
    diagnostics.error(tree.at("/score/percent"), fmt::format("score.percent is {}, but the answers give {}; {}",
                                                             score.at("percent").dump(), shown(derived.percent(), 1), k_remake));
  }
  const Json& band = root.at("band");
  const std::string stated_band = band.is_object() ? band.at("id").get<std::string>() : std::string();
  const std::string derived_band = derived.band != nullptr ? derived.band->id : std::string();
  if (stated_band != derived_band) {
    diagnostics.error(tree.at(band.is_object() ? "/band/id" : "/band"),
                      fmt::format("band is {}, but the answers fall in {}; {}", stated_band.empty() ? "null" : "'" + stated_band + "'",
                                  derived_band.empty() ? "no band" : "'" + derived_band + "'", k_remake));
  }
  if (diagnostics.error_count() != errors_before) return false;
  // Agreed to the written precision: keep the engine's exact values.
  snapshot.total = derived.total;
  snapshot.max = derived.max;
  snapshot.percent = derived.percent();
  snapshot.band = derived.band;
  for (auto& part : snapshot.parts) {
    for (const auto& result : derived.parts) {
      if (result.part == part.part) {
        part.score = result.score;
        part.max = result.max;
      }
    }
  }
  for (auto& state : snapshot.items) {
    for (const auto& result : derived.parts) {
      for (const auto& item : result.items) {
        if (item.item == state.item) {
          state.points = item.points;
          state.counted = item.counted;
          state.option = item.option;
        }
      }
    }
  }
  return true;
}

} // namespace secaction::load
