#pragma once
// What a loader of user files needs from the shipped content: the instrument an answer file or a
// result names. content::Library implements it; tests can supply a fixed set.
#include <string>
#include <vector>

#include "secaction/core/diagnostic.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::load {

class InstrumentLookup {
public:
  virtual ~InstrumentLookup() = default;
  /// Ids of every instrument available, sorted.
  [[nodiscard]] virtual const std::vector<std::string>& ids() const = 0;
  /// The instrument, or nullptr with diagnostics when it is missing or invalid. Safe to call from
  /// several threads.
  virtual const questionnaire::Instrument* get(const std::string& id, Diagnostics& diagnostics) = 0;
};

} // namespace secaction::load
