#pragma once
// The checks of a register beyond its schema: media by name or alias, C/I/A on the edition's scale,
// yes/no answers, kinds of personal information, treatments and countermeasures, each problem a
// diagnostic at its place with the valid choices.
#include "secaction/core/diagnostic.hpp"
#include "secaction/load/json_tree.hpp"
#include "secaction/risk/model.hpp"

namespace secaction::load {

/// The register in `tree` (English keys, already checked against the schema).
risk::Register check_register(const JsonTree& tree, const risk::Edition& edition, const risk::Catalogue& catalogue,
                              Diagnostics& diagnostics);

/// The `countermeasures:` mapping of `tree` (a --measures file); it must be there and be a mapping.
risk::CountermeasureAnswers check_countermeasures(const JsonTree& tree, const risk::Catalogue& catalogue, Diagnostics& diagnostics);

} // namespace secaction::load
