// Risk registers, as CSV (first byte odd) or YAML (even): the CSV reader, loader, rules, reports.
#include "fuzz_support.hpp"
#include "secaction/load/register_loader.hpp"
#include "secaction/content/shipped.hpp"
#include "secaction/risk/assess.hpp"
#include "secaction/risk/present.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace secaction;
  static const auto rules = [] {
    Diagnostics d;
    return *content::risk_rules(fuzz::library(), d);
  }();
  static const auto catalogue = [] {
    Diagnostics d;
    return *content::risk_catalogue(fuzz::library(), d);
  }();
  if (size == 0) return 0;
  const auto format = (data[0] & 1) != 0 ? load::RegisterFormat::csv : load::RegisterFormat::yaml;
  const auto text = fuzz::as_text(data + 1, size - 1);
  for (const auto& edition : rules.editions) {
    Diagnostics diagnostics;
    auto reg = load::load_register(text, "fuzz", format, edition, catalogue, diagnostics);
    if (!reg) continue;
    const auto assessment = risk::assess(*reg, edition, catalogue);
    fuzz::render_all(risk::to_document(assessment, rules.source, Lang::ja), risk::to_json(assessment, rules.source, Lang::en));
  }
  return 0;
}
