#pragma once
// One scored questionnaire result from a file, for compare, trend and policy --from.
#include <optional>
#include <string>
#include <string_view>

#include "context.hpp"
#include "secaction/history/snapshot.hpp"

namespace secaction::cli {

/// A JSON result (`schema: secaction.result/v1`) is read by load::read_result; anything else is an
/// answer file, scored here by the questionnaire engine (dated --as-of when it has no date). "-"
/// reads standard input. Problems go to `diagnostics`; nullopt when there was any error.
std::optional<history::Snapshot> read_questionnaire_result(Context& context, const std::string& file, Diagnostics& diagnostics);

/// The same for a text already read from the file called `name`.
std::optional<history::Snapshot> questionnaire_result_of(Context& context, std::string_view text, const std::string& name,
                                                         Diagnostics& diagnostics);

} // namespace secaction::cli
