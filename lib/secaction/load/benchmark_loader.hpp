#pragma once
// The benchmark's files: its rules (content/benchmark/profile.yaml), the `profile:` section of
// benchmark answer files, and reference statistics (--reference FILE). Every problem in a file
// is reported with file:line:col.
#include <optional>
#include <string>
#include <string_view>

#include "secaction/benchmark/model.hpp"
#include "secaction/load/answers_loader.hpp"
#include "secaction/load/instrument_lookup.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/load/shipped_schema.hpp"

namespace secaction::load {

inline constexpr const char* k_benchmark_instrument = "benchmark";

/// Reads and checks the rules against the benchmark instrument (a desired level for every item
/// and group, cut-offs from the top down to 0, …). nullopt with diagnostics when invalid.
std::optional<benchmark::Rules> load_benchmark_rules(std::string_view text, const std::string& file_name,
                                                     const questionnaire::Instrument& instrument, Diagnostics& diagnostics,
                                                     SchemaCheck check = SchemaCheck::run);

struct LoadedBenchmarkAnswers {
  LoadedAnswers answers;
  benchmark::Profile profile;
};

/// A benchmark answer file: the shared answer-file loader for instrument, organisation and
/// answers, plus the `profile:` section checked against the rules. Both are checked in one run.
std::optional<LoadedBenchmarkAnswers> load_benchmark_answers(std::string_view text, const std::string& file_name,
                                                             InstrumentLookup& instruments, const benchmark::Rules& rules,
                                                             Diagnostics& diagnostics);

/// Reference statistics (schemas/benchmark-reference.schema.json), group ids checked against the rules.
std::optional<benchmark::ReferenceStats> load_reference_stats(std::string_view text, const std::string& file_name,
                                                              const benchmark::Rules& rules,
                                                              const questionnaire::Instrument& instrument,
                                                              Diagnostics& diagnostics);

} // namespace secaction::load
