#pragma once
// The instruments available to this run, loaded on first use and kept for the process
// (a batch of many answer files loads and validates each instrument once).
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "secaction/content/schema.hpp"
#include "secaction/content/source.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::content {

/// A schema shipped in the binary (e.g. "risk-register.schema.json"), compiled on first use and
/// kept for the process. Safe to call from several threads.
const Schema& shipped_schema(const std::string& name);

/// Named access to the schemas the shared loaders use.
class Schemas {
public:
  [[nodiscard]] const Schema& instrument() const { return shipped_schema("instrument.schema.json"); }
  [[nodiscard]] const Schema& answers() const { return shipped_schema("answers.schema.json"); }
  [[nodiscard]] const Schema& security_action() const { return shipped_schema("security-action.schema.json"); }
};

class Library {
public:
  Library(std::unique_ptr<ContentSource> source, const Schemas& schemas);

  /// Ids of every instrument file in content/instruments, sorted (listed once, at construction).
  [[nodiscard]] const std::vector<std::string>& ids() const { return m_ids; }
  /// Loads (once) and returns the instrument; nullptr with diagnostics when it is missing or invalid.
  /// Safe to call from several threads (a batch run's workers share one Library).
  const questionnaire::Instrument* get(const std::string& id, Diagnostics& diagnostics);
  /// Loads every instrument and checks cross-references between them.
  void check_all(Diagnostics& diagnostics);
  /// Reads a text file from the content root (e.g. "templates/answer-file.yaml.mustache").
  [[nodiscard]] SourceFile read_text(const std::string& relative) const;

  [[nodiscard]] const ContentSource& source() const { return *m_source; }
  [[nodiscard]] const Schemas& schemas() const { return m_schemas; }

private:
  std::unique_ptr<ContentSource> m_source;
  const Schemas& m_schemas;
  std::vector<std::string> m_ids;
  std::map<std::string, std::unique_ptr<questionnaire::Instrument>> m_loaded;
  std::map<std::string, Diagnostics> m_failed;
  std::mutex m_mutex; // guards m_loaded and m_failed; instruments, once loaded, are never changed or moved
};

/// Schema-checks and converts an instrument file already read with read_yaml.
std::unique_ptr<questionnaire::Instrument> load_instrument_tree(const JsonTree& tree, const Schema& schema,
                                                                 Diagnostics& diagnostics, const std::string& expected_id = {});

/// Reads, schema-checks and converts one instrument file.
std::unique_ptr<questionnaire::Instrument> load_instrument_text(const std::string& text, const std::string& display_name,
                                                                 const Schema& schema, Diagnostics& diagnostics,
                                                                 const std::string& expected_id = {});

} // namespace secaction::content
