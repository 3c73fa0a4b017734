#pragma once
// The instruments available to this run, loaded on first use and kept for the process
// (a batch of many answer files loads and validates each instrument once): the built-in content
// (embedded or --content DIR) with any content packs (--pack DIR) layered over it.
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "secaction/content/pack.hpp"
#include "secaction/content/source.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/load/instrument_lookup.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::content {

/// One installed instrument edition, as `checklist list` shows it.
struct InstalledInstrument {
  std::string id;
  std::string edition; // the edition id; empty when the instrument names none (the built-in ones)
  std::string pack;    // the pack's name; empty for the built-in content
  bool current = true; // what a bare id (an answer file without `edition:`) means
  [[nodiscard]] std::string key() const { return edition.empty() ? id : id + "@" + edition; }
};

/// How content embedded in the binary is checked. The build runs `secaction validate` on that very
/// copy and fails on any problem (cmake: secaction_content_check), so a run may trust it and skip
/// the schema checks; `secaction validate` checks it in full again. --content DIR and packs are
/// always checked in full.
enum class EmbeddedCheck { full, trust_build };

class Library final : public load::InstrumentLookup {
public:
  /// `packs` are layered over `source` in the order given. A pack's problems (a broken instrument,
  /// an id that collides with a built-in one without `replaces:`) are kept in problems().
  explicit Library(std::unique_ptr<ContentSource> source, const std::vector<std::filesystem::path>& packs = {},
                   EmbeddedCheck embedded_check = EmbeddedCheck::full);

  /// Whether `file` may skip its schema check: it is the embedded copy and this run trusts the build's check.
  [[nodiscard]] bool prevalidated(const SourceFile& file) const {
    return file.embedded && m_embedded_check == EmbeddedCheck::trust_build;
  }

  /// Ids of every instrument, sorted, each once however many editions are installed.
  [[nodiscard]] const std::vector<std::string>& ids() const override { return m_ids; }
  /// Loads (once) and returns an instrument: "id" is its current edition (the only one, or the newest
  /// by the editions' `maps_from`), "id@edition" that very edition. nullptr with diagnostics when it
  /// is missing or invalid. Safe to call from several threads (a batch run's workers share one Library).
  const questionnaire::Instrument* get(const std::string& key, Diagnostics& diagnostics) override;
  /// Every installed edition of every instrument, by id, built-in content first, then packs in order.
  [[nodiscard]] std::vector<InstalledInstrument> installed();
  /// The pack an instrument came from ("" for the built-in content).
  [[nodiscard]] std::string pack_of(const questionnaire::Instrument& instrument) const;
  /// Loads every instrument and checks cross-references between them (refs, and maps_from against an
  /// installed older edition).
  void check_all(Diagnostics& diagnostics);
  /// Reads a text file from the content root (e.g. "templates/answer-file.yaml.mustache"), the last
  /// pack that has it first.
  [[nodiscard]] SourceFile read_text(const std::string& relative) const;

  /// The built-in content (embedded or --content DIR), without packs.
  [[nodiscard]] const ContentSource& source() const { return *m_source; }
  [[nodiscard]] const std::vector<Pack>& packs() const { return m_packs; }
  /// Problems found while installing the packs; a command other than validate refuses to run with any.
  [[nodiscard]] const Diagnostics& problems() const { return m_problems; }
  /// Where instruments come from, for messages: the built-in content and the packs.
  [[nodiscard]] std::string describe() const;

private:
  struct Slot {
    std::string id;
    std::string edition;       // known at construction for pack instruments; for built-in ones once loaded
    int layer = -1;            // -1: the built-in content; else the index into m_packs
    std::string relative;      // "instruments/x.yaml"
    bool hidden = false;       // a pack's instrument replaces it
    const questionnaire::Instrument* instrument = nullptr; // set once loaded
  };

  void install_pack(std::size_t layer, Diagnostics& diagnostics);
  void install_pack_files(std::size_t layer, Diagnostics& diagnostics);
  bool exists_below(std::size_t layer, const std::string& relative) const;
  // The following expect m_mutex held (or the constructor running).
  const questionnaire::Instrument* load_slot(Slot& slot, Diagnostics& diagnostics);
  Slot* current_slot(const std::string& id, Diagnostics& diagnostics);
  Slot* find_slot(const std::string& id, const std::string& edition, Diagnostics& diagnostics);
  std::vector<Slot*> visible_slots(const std::string& id);

  std::unique_ptr<ContentSource> m_source;
  EmbeddedCheck m_embedded_check = EmbeddedCheck::full;
  std::vector<Pack> m_packs;
  std::vector<Slot> m_slots; // never resized after construction
  std::vector<std::string> m_ids;
  std::vector<std::unique_ptr<questionnaire::Instrument>> m_owned;
  std::map<std::size_t, Diagnostics> m_failed; // slot index -> why it failed to load
  std::map<const questionnaire::Instrument*, std::string> m_pack_names;
  Diagnostics m_problems;
  mutable std::mutex m_mutex; // guards the slots' loading; instruments, once loaded, are never changed or moved
};

} // namespace secaction::content
