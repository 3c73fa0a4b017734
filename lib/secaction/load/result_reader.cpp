#include "secaction/load/result_reader.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/load/common_fields.hpp"
#include "secaction/load/shipped_schema.hpp"

namespace secaction::load {
namespace {

using Json = nlohmann::json;
using questionnaire::Instrument;

constexpr const char* k_result_schema = "secaction.result/v1";

std::string number_text(const Json& number) {
  return number.is_string() ? number.get<std::string>() : number.dump();
}

const questionnaire::Part* find_part(const Instrument& instrument, const std::string& id) {
  for (const auto& part : instrument.parts) {
    if (part.id == id) return &part;
  }
  return nullptr;
}

const questionnaire::Band* find_band_by_id(const Instrument& instrument, const std::string& id) {
  for (const auto& band : instrument.bands) {
    if (band.id == id) return &band;
  }
  return nullptr;
}

// The items of one part of a JSON result, checked against the instrument.
void read_items(const JsonTree& tree, const std::string& part_pointer, const questionnaire::Part& part, history::Snapshot& snapshot,
                Diagnostics& diagnostics) {
  const Instrument& instrument = *snapshot.instrument;
  const Json& items = tree.root().at(Json::json_pointer(part_pointer + "/items"));
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string pointer = child_pointer(part_pointer + "/items", i);
    const Json& item = items[i];
    const std::string number = number_text(item.at("number"));
    const auto* found = instrument.find_item(number);
    if (found == nullptr) {
      diagnostics.error(tree.at(pointer + "/number"),
                        fmt::format("item {}: not an item of '{}' in this content; was the result made with other content?",
                                    number, instrument.id));
      continue;
    }
    history::ItemState state;
    state.part = &part;
    state.item = found;
    state.points = item.at("points").get<double>();
    state.counted = item.at("counted").get<bool>();
    if (item.at("answer").is_null()) {
      state.missing = true;
      state.option = instrument.unknown_option();
    } else {
      const std::string answer = item.at("answer").get<std::string>();
      state.option = instrument.find_option_by_id(answer);
      if (state.option == nullptr) {
        std::vector<std::string> ids;
        for (const auto& option : instrument.scale) ids.push_back(option.id);
        diagnostics.error(tree.at(pointer + "/answer"),
                          fmt::format("item {}: answer '{}' is not on the scale of '{}' (valid: {})", number, answer, instrument.id,
                                      fmt::join(ids, ", ")));
        continue;
      }
    }
    snapshot.items.push_back(state);
  }
}

} // namespace

bool is_result(const JsonTree& tree) { return tree.root().is_object() && tree.root().contains("schema"); }

std::optional<history::Snapshot> read_result(const JsonTree& tree, InstrumentLookup& instruments, Diagnostics& diagnostics) {
  const Json& root = tree.root();
  if (root.at("schema") != k_result_schema) {
    diagnostics.error(tree.at("/schema"), fmt::format("schema: '{}' is not a questionnaire result; expected an answer file or "
                                                      "the JSON of `secaction diagnose|checklist --format json` ({})",
                                                      root.at("schema").is_string() ? root.at("schema").get<std::string>()
                                                                                    : root.at("schema").dump(),
                                                      k_result_schema));
    return std::nullopt;
  }
  if (!shipped_schema("result.schema.json").validate(tree, diagnostics)) return std::nullopt;
  const std::string instrument_id = root.at("instrument").get<std::string>();
  const auto& ids = instruments.ids();
  if (std::find(ids.begin(), ids.end(), instrument_id) == ids.end()) {
    diagnostics.error(tree.at("/instrument"),
                      fmt::format("unknown instrument '{}'; valid instruments: {} (an instrument of a content pack needs --pack DIR)",
                                  instrument_id, fmt::join(ids, ", ")));
    return std::nullopt;
  }
  // A result of a pack instrument names its edition; the very edition must be installed.
  const std::string edition = root.contains("edition_id") ? root.at("edition_id").get<std::string>() : std::string();
  const Instrument* instrument = instruments.get(edition.empty() ? instrument_id : instrument_id + "@" + edition, diagnostics);
  if (instrument == nullptr) return std::nullopt;

  const std::size_t errors_before = diagnostics.error_count();
  history::Snapshot snapshot;
  snapshot.source = tree.file();
  snapshot.instrument_at = tree.at("/instrument");
  snapshot.instrument = instrument;
  snapshot.organization = read_organization(tree);
  snapshot.assessed_on = read_date(tree, "/assessed_on", diagnostics);
  const Json& score = root.at("score");
  snapshot.total = score.at("total").get<double>();
  snapshot.max = score.at("max").get<double>();
  snapshot.percent = snapshot.max > 0 ? snapshot.total * 100.0 / snapshot.max : 0.0;
  if (root.at("band").is_object()) {
    const std::string band_id = root.at("band").at("id").get<std::string>();
    snapshot.band = find_band_by_id(*instrument, band_id);
    if (snapshot.band == nullptr) {
      diagnostics.error(tree.at("/band/id"), fmt::format("band: '{}' is not a band of '{}'", band_id, instrument_id));
    }
  }
  const Json& parts = root.at("parts");
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string pointer = child_pointer("/parts", i);
    const std::string part_id = parts[i].at("id").get<std::string>();
    const auto* part = find_part(*instrument, part_id);
    if (part == nullptr) {
      diagnostics.error(tree.at(pointer + "/id"), fmt::format("part '{}' is not a part of '{}'", part_id, instrument_id));
      continue;
    }
    snapshot.parts.push_back({part, parts[i].at("score").get<double>(), parts[i].at("max").get<double>()});
    read_items(tree, pointer, *part, snapshot, diagnostics);
  }
  if (diagnostics.error_count() != errors_before) return std::nullopt;
  if (snapshot.items.size() != instrument->item_count()) {
    diagnostics.error(tree.at("/parts"), fmt::format("parts: the result has {} items, '{}' has {}; was it made with other content?",
                                                     snapshot.items.size(), instrument_id, instrument->item_count()));
    return std::nullopt;
  }
  return snapshot;
}

} // namespace secaction::load
