#pragma once
// policy --from: the self-diagnosis result the handbook orders its topics by, from a scored
// self-diagnosis however it was read (an answer file scored by the engine, or a JSON result).
#include <optional>

#include "secaction/core/diagnostic.hpp"
#include "secaction/core/lang.hpp"
#include "secaction/history/snapshot.hpp"
#include "secaction/policy/profile.hpp"

namespace secaction::policy {

/// Every item of `snapshot` with its number, points and answer (labelled in `lang`). A result of
/// another instrument is an error where the file names its instrument, and nullopt.
std::optional<Diagnosis> diagnosis_of(const history::Snapshot& snapshot, Lang lang, Diagnostics& diagnostics);

} // namespace secaction::policy
