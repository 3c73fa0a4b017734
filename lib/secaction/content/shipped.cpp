#include "secaction/content/shipped.hpp"

#include "secaction/load/benchmark_loader.hpp"
#include "secaction/load/incident_loader.hpp"
#include "secaction/load/risk_loader.hpp"
#include "secaction/load/top_threats_loader.hpp"

namespace secaction::content {
namespace {

// What a loader reads of a content file and how: the content embedded in the binary was checked by
// the build (Library::prevalidated), and its packed tree, when the build wrote one, spares the YAML.
struct Readable {
  std::string_view bytes;
  load::SchemaCheck check;
};
Readable readable(const Library& library, const SourceFile& file) {
  if (!library.prevalidated(file)) return {file.text, load::SchemaCheck::run};
  if (file.packed.empty()) return {file.text, load::SchemaCheck::prevalidated};
  return {file.packed, load::SchemaCheck::prevalidated_packed};
}

} // namespace

std::optional<risk::Rules> risk_rules(const Library& library, Diagnostics& diagnostics) {
  const auto file = library.read_text(k_risk_rules_file);
  return load::load_risk_rules(readable(library, file).bytes, file.display_name, diagnostics, readable(library, file).check);
}

std::optional<risk::TopThreatLists> top_threats(const Library& library, int year, Diagnostics& diagnostics) {
  const auto file = library.source().read(risk::top_threats_path(year));
  if (!file) return std::nullopt;
  return load::load_top_threats(readable(library, *file).bytes, file->display_name, diagnostics, readable(library, *file).check);
}

std::optional<risk::Catalogue> risk_catalogue(const Library& library, Diagnostics& diagnostics) {
  const auto file = library.read_text(k_risk_threats_file);
  const auto read_top_threats = [&library](int year, Diagnostics& found) -> std::optional<risk::TopThreatLists> {
    return top_threats(library, year, found);
  };
  return load::load_risk_catalogue(readable(library, file).bytes, file.display_name, read_top_threats, diagnostics,
                                   readable(library, file).check);
}

incident::Guidance incident_guidance(const Library& library, Diagnostics& diagnostics) {
  incident::Guidance guidance;
  if (const auto file = library.source().read(k_incident_laws_file)) {
    guidance.laws = load::load_incident_laws(readable(library, *file).bytes, file->display_name, diagnostics, readable(library, *file).check);
  }
  if (const auto file = library.source().read(k_support_contacts_file)) {
    guidance.contacts = load::load_support_contacts(readable(library, *file).bytes, file->display_name, diagnostics,
                                                      readable(library, *file).check);
  }
  return guidance;
}

std::optional<BenchmarkContent> benchmark_content(Library& library, Diagnostics& diagnostics) {
  const auto* instrument = library.get(load::k_benchmark_instrument, diagnostics);
  if (instrument == nullptr) return std::nullopt;
  const auto file = library.read_text(k_benchmark_rules_file);
  auto rules = load::load_benchmark_rules(readable(library, file).bytes, file.display_name, *instrument, diagnostics,
                                          readable(library, file).check);
  if (!rules) return std::nullopt;
  return BenchmarkContent{instrument, std::move(*rules)};
}

} // namespace secaction::content
