#pragma once
// The risk analysis's gates and the --measures answers merged into a register.
#include <optional>
#include <string>
#include <vector>

#include "secaction/core/gate.hpp"
#include "secaction/risk/assess.hpp"
#include "secaction/risk/model.hpp"

namespace secaction::risk {

struct Gates {
  std::string fail_on;           // --fail-on BAND (a band id of the edition); empty: no such gate
  std::optional<int> fail_over;  // --fail-over N
};

/// --fail-on BAND: a risk in BAND or a band above it (earlier in the edition's band order) with
/// no treatment decided; --fail-over N: a risk value of N or more. One failure per gate, in that
/// order; empty when every gate passes.
std::vector<GateFailure> gate_failures(const RiskAssessment& assessment, const Gates& gates);

/// Countermeasure answers given separately (--measures, for CSV registers, which have no place for
/// them) merged into the register's: an answer given there wins over the register's.
void apply_measures(Register& register_, const CountermeasureAnswers& measures);

} // namespace secaction::risk

namespace secaction::risk {

/// What --fail-over compares with: the risk values of `edition` (importance × likelihood), from the
/// lowest importance at the lowest likelihood to the highest at the highest.
GateRange risk_value_range(const Edition& edition);

} // namespace secaction::risk
