#pragma once
// Reads an asset register (情報資産管理台帳) for `secaction risk`, from YAML or from CSV exported
// from a spreadsheet (Japanese or English headers). Every problem in the file is reported with
// file:line:col and the valid choices; nothing is returned when there was any.
#include <optional>
#include <string>
#include <string_view>

#include "secaction/core/diagnostic.hpp"
#include "secaction/risk/model.hpp"

namespace secaction::load {

enum class RegisterFormat { yaml, csv };

/// .csv (any case) -> csv; everything else -> yaml.
RegisterFormat register_format_for(const std::string& file_name);

std::optional<risk::Register> load_register(std::string_view text, const std::string& file, RegisterFormat format,
                                            const risk::Edition& edition, const risk::Catalogue& catalogue,
                                            Diagnostics& diagnostics);

/// A YAML file holding only `countermeasures:` (for CSV registers, which have no place for them).
std::optional<risk::CountermeasureAnswers> load_countermeasure_answers(std::string_view text, const std::string& file,
                                                                      const risk::Catalogue& catalogue,
                                                                      Diagnostics& diagnostics);

} // namespace secaction::load
