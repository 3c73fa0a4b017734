#pragma once
// The instruments available to this run, loaded on first use and kept for the process
// (a batch of many answer files loads and validates each instrument once).
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "secaction/content/source.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/load/instrument_lookup.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::content {

class Library final : public load::InstrumentLookup {
public:
  explicit Library(std::unique_ptr<ContentSource> source);

  /// Ids of every instrument file in content/instruments, sorted (listed once, at construction).
  [[nodiscard]] const std::vector<std::string>& ids() const override { return m_ids; }
  /// Loads (once) and returns the instrument; nullptr with diagnostics when it is missing or invalid.
  /// Safe to call from several threads (a batch run's workers share one Library).
  const questionnaire::Instrument* get(const std::string& id, Diagnostics& diagnostics) override;
  /// Loads every instrument and checks cross-references between them.
  void check_all(Diagnostics& diagnostics);
  /// Reads a text file from the content root (e.g. "templates/answer-file.yaml.mustache").
  [[nodiscard]] SourceFile read_text(const std::string& relative) const;

  [[nodiscard]] const ContentSource& source() const { return *m_source; }

private:
  std::unique_ptr<ContentSource> m_source;
  std::vector<std::string> m_ids;
  std::map<std::string, std::unique_ptr<questionnaire::Instrument>> m_loaded;
  std::map<std::string, Diagnostics> m_failed;
  std::mutex m_mutex; // guards m_loaded and m_failed; instruments, once loaded, are never changed or moved
};

} // namespace secaction::content
