// Benchmark answer files (answers plus profile): loader, risk index, scoring, reports.
#include "fuzz_support.hpp"
#include "secaction/content/shipped.hpp"
#include "secaction/benchmark/assess.hpp"
#include "secaction/benchmark/present.hpp"
#include "secaction/load/benchmark_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace secaction;
  static const auto content = [] {
    Diagnostics d;
    return *content::benchmark_content(fuzz::library(), d);
  }();
  Diagnostics diagnostics;
  auto loaded = load::load_benchmark_answers(fuzz::as_text(data, size), "fuzz.yaml", fuzz::library(), content.rules, diagnostics);
  if (!loaded) return 0;
  const auto result = benchmark::assess_benchmark(*content.instrument, loaded->answers.answers, content.rules, loaded->profile);
  fuzz::render_all(benchmark::to_document(result, Lang::ja, "chart.svg"), benchmark::to_json(result, Lang::en));
  return 0;
}
