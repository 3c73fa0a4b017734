#include "secaction/policy/diagnosis.hpp"

#include <fmt/format.h>

namespace secaction::policy {
namespace {

// Self-diagnosis items are numbered 1-25; anything else matches no handbook topic.
int item_number(const std::string& number) {
  try {
    return std::stoi(number);
  } catch (const std::exception&) {
    return 0;
  }
}

} // namespace

std::optional<Diagnosis> diagnosis_of(const history::Snapshot& snapshot, Lang lang, Diagnostics& diagnostics) {
  if (snapshot.instrument->id != "self-diagnosis") {
    diagnostics.error(snapshot.instrument_at, fmt::format("instrument: '{}' is not a self-diagnosis result; --from takes a "
                                                          "self-diagnosis answer file or the JSON of `secaction diagnose --format json`",
                                                          snapshot.instrument->id));
    return std::nullopt;
  }
  Diagnosis diagnosis;
  for (const auto& item : snapshot.items) {
    diagnosis.items.push_back({item_number(item.item->number), item.points, item.counted, item.option->label.in(lang)});
  }
  return diagnosis;
}

} // namespace secaction::policy
