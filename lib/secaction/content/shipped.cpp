#include "secaction/content/shipped.hpp"

#include "secaction/load/benchmark_loader.hpp"
#include "secaction/load/incident_loader.hpp"
#include "secaction/load/risk_loader.hpp"
#include "secaction/load/top_threats_loader.hpp"

namespace secaction::content {

std::optional<risk::Rules> risk_rules(const Library& library, Diagnostics& diagnostics) {
  const auto file = library.read_text(k_risk_rules_file);
  return load::load_risk_rules(file.text, file.display_name, diagnostics);
}

std::optional<risk::TopThreatLists> top_threats(const Library& library, int year, Diagnostics& diagnostics) {
  const auto file = library.source().read(risk::top_threats_path(year));
  if (!file) return std::nullopt;
  return load::load_top_threats(file->text, file->display_name, diagnostics);
}

std::optional<risk::Catalogue> risk_catalogue(const Library& library, Diagnostics& diagnostics) {
  const auto file = library.read_text(k_risk_threats_file);
  const auto read_top_threats = [&library](int year, Diagnostics& found) -> std::optional<risk::TopThreatLists> {
    return top_threats(library, year, found);
  };
  return load::load_risk_catalogue(file.text, file.display_name, read_top_threats, diagnostics);
}

incident::Guidance incident_guidance(const Library& library, Diagnostics& diagnostics) {
  incident::Guidance guidance;
  if (const auto file = library.source().read(k_incident_laws_file)) {
    guidance.laws = load::load_incident_laws(file->text, file->display_name, diagnostics);
  }
  if (const auto file = library.source().read(k_support_contacts_file)) {
    guidance.contacts = load::load_support_contacts(file->text, file->display_name, diagnostics);
  }
  return guidance;
}

std::optional<BenchmarkContent> benchmark_content(Library& library, Diagnostics& diagnostics) {
  const auto* instrument = library.get(load::k_benchmark_instrument, diagnostics);
  if (instrument == nullptr) return std::nullopt;
  const auto file = library.read_text(k_benchmark_rules_file);
  auto rules = load::load_benchmark_rules(file.text, file.display_name, *instrument, diagnostics);
  if (!rules) return std::nullopt;
  return BenchmarkContent{instrument, std::move(*rules)};
}

} // namespace secaction::content
