#include "secaction/content/library.hpp"

#include <algorithm>
#include <mutex>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/core/error.hpp"
#include "secaction/load/instrument_loader.hpp"
#include "secaction/load/shipped_schema.hpp"

namespace secaction::content {
namespace {

// "instruments/x.yaml" -> "x"; "instruments/x@2025.yaml" -> "x@2025".
std::string stem_of(const std::string& relative) {
  const auto slash = relative.rfind('/');
  return relative.substr(slash + 1, relative.size() - slash - 1 - 5);
}

std::pair<std::string, std::string> split_key(const std::string& key) {
  const auto at = key.find('@');
  if (at == std::string::npos) return {key, {}};
  return {key.substr(0, at), key.substr(at + 1)};
}

// Whether `named` names the built-in instrument's edition: its edition id or its source edition text.
bool names_edition(const questionnaire::Instrument& instrument, const std::string& named) {
  return (!instrument.edition.empty() && instrument.edition == named) || instrument.source.edition.ja == named ||
         instrument.source.edition.en == named;
}

std::string edition_for_messages(const questionnaire::Instrument& instrument) {
  return instrument.edition.empty() ? instrument.source.edition.ja : instrument.edition;
}

} // namespace

Library::Library(std::unique_ptr<ContentSource> source, const std::vector<std::filesystem::path>& packs,
                 EmbeddedCheck embedded_check)
    : m_source(std::move(source)), m_embedded_check(embedded_check) {
  std::size_t count = 0;
  const auto built_in = m_source->list("instruments", ".yaml");
  std::vector<std::vector<std::string>> pack_files;
  for (const auto& root : packs) {
    m_packs.push_back(open_pack(root, m_problems));
    pack_files.push_back(m_packs.back().source->list("instruments", ".yaml"));
    count += pack_files.back().size();
  }
  // Slots are never added after this, so pointers to them stay valid.
  m_slots.reserve(built_in.size() + count);
  for (const auto& relative : built_in) m_slots.push_back({stem_of(relative), {}, -1, relative, false, nullptr});
  std::set<std::string> names;
  for (std::size_t layer = 0; layer < m_packs.size(); ++layer) {
    if (!names.insert(m_packs[layer].name).second) {
      m_problems.error({m_packs[layer].root.string()}, fmt::format("a second pack named '{}'; name one differently in its pack.yaml",
                                                                   m_packs[layer].name));
    }
    for (const auto& relative : pack_files[layer]) {
      m_slots.push_back({stem_of(relative), {}, static_cast<int>(layer), relative, false, nullptr});
    }
    install_pack(layer, m_problems);
    install_pack_files(layer, m_problems);
  }
  std::set<std::string> ids;
  for (const auto& slot : m_slots) {
    if (!slot.hidden) ids.insert(slot.id);
  }
  m_ids.assign(ids.begin(), ids.end());
}

// Loads the pack's instruments and checks them against what is installed below: a built-in id
// needs `replaces:` naming the built-in edition (which it then hides); two packs may hold one
// instrument only as different editions.
void Library::install_pack(std::size_t layer, Diagnostics& diagnostics) {
  for (auto& slot : m_slots) {
    if (slot.layer != static_cast<int>(layer)) continue;
    // Named copies, not a structured binding: clang 14 (Debian 12) cannot capture a binding in a lambda.
    const auto key = split_key(slot.id);
    const std::string id = key.first;
    const std::string file_edition = key.second;
    slot.id = id;
    Diagnostics local;
    const auto* instrument = load_slot(slot, local);
    diagnostics.append(local);
    if (instrument == nullptr) continue;
    const std::string where = m_packs[layer].source->read(slot.relative)->display_name;
    if (!file_edition.empty() && file_edition != instrument->edition) {
      diagnostics.error({where}, fmt::format("the file name names edition '{}' but the instrument's edition is '{}'", file_edition,
                                             instrument->edition));
    }
    m_pack_names[instrument] = m_packs[layer].name;
    for (auto& other : m_slots) {
      if (&other == &slot || other.id != id || other.hidden) continue;
      if (other.layer == -1) {
        Diagnostics ignored;
        const auto* built_in = load_slot(other, ignored);
        if (instrument->replaces_edition.empty()) {
          diagnostics.error({where}, fmt::format("instrument '{}' is also built in (edition {}); a pack adds instruments — to use "
                                                 "this one in its place, declare `replaces: {{edition: \"{}\"}}`",
                                                 id, built_in ? edition_for_messages(*built_in) : "?",
                                                 built_in ? edition_for_messages(*built_in) : "…"));
          slot.hidden = true; // the built-in one stays in use
        } else if (built_in != nullptr && !names_edition(*built_in, instrument->replaces_edition)) {
          diagnostics.error({where}, fmt::format("replaces: the built-in '{}' is edition '{}' ({}), not '{}'", id,
                                                 edition_for_messages(*built_in), built_in->source.edition.en,
                                                 instrument->replaces_edition));
          slot.hidden = true;
        } else {
          other.hidden = true;
        }
      } else if (other.layer < static_cast<int>(layer) && other.instrument != nullptr) {
        if (other.instrument->edition == instrument->edition) {
          diagnostics.error({where}, instrument->edition.empty()
                                         ? fmt::format("instrument '{}' is also in pack '{}'; two packs may hold one instrument "
                                                       "only as different editions (`edition:`)",
                                                       id, m_packs[static_cast<std::size_t>(other.layer)].name)
                                         : fmt::format("edition '{}' of '{}' is also in pack '{}'", instrument->edition, id,
                                                       m_packs[static_cast<std::size_t>(other.layer)].name));
          slot.hidden = true;
        }
      }
    }
    const bool built_in_id = std::any_of(m_slots.begin(), m_slots.end(), [&](const Slot& s) { return s.layer == -1 && s.id == id; });
    if (!instrument->replaces_edition.empty() && !built_in_id) {
      diagnostics.error({where}, fmt::format("replaces: there is no built-in instrument '{}' to replace", id));
    }
  }
}

void Library::install_pack_files(std::size_t layer, Diagnostics& diagnostics) {
  const Pack& pack = m_packs[layer];
  for (const char* dir : k_pack_file_dirs) {
    for (const auto& relative : pack.source->list(dir, "")) {
      const bool declared = std::find(pack.replaces_files.begin(), pack.replaces_files.end(), relative) != pack.replaces_files.end();
      const bool below = exists_below(layer, relative);
      if (below && !declared) {
        diagnostics.error({pack.source->read(relative)->display_name},
                          fmt::format("{} is also in the content below this pack; list it under `replaces:` in the pack's "
                                      "pack.yaml to use the pack's copy in its place",
                                      relative));
      } else if (!below && declared) {
        diagnostics.error({(pack.root / "pack.yaml").string()},
                          fmt::format("replaces: {} is not in the content below this pack, so there is nothing to replace", relative));
      }
    }
  }
}

bool Library::exists_below(std::size_t layer, const std::string& relative) const {
  if (m_source->read(relative)) return true;
  for (std::size_t below = 0; below < layer; ++below) {
    if (m_packs[below].source->read(relative)) return true;
  }
  return false;
}

const questionnaire::Instrument* Library::load_slot(Slot& slot, Diagnostics& diagnostics) {
  if (slot.instrument != nullptr) return slot.instrument;
  const auto index = static_cast<std::size_t>(&slot - m_slots.data());
  if (auto failed = m_failed.find(index); failed != m_failed.end()) {
    diagnostics.append(failed->second);
    return nullptr;
  }
  const ContentSource& source = slot.layer < 0 ? *m_source : *m_packs[static_cast<std::size_t>(slot.layer)].source;
  Diagnostics local;
  std::unique_ptr<questionnaire::Instrument> instrument;
  if (auto file = source.read(slot.relative)) {
    instrument = prevalidated(*file) ? file->packed.empty()
                                           ? load::load_prevalidated_instrument_text(file->text, file->display_name,
                                                                                     load::SchemaCheck::prevalidated, local, slot.id)
                                           : load::load_prevalidated_instrument_text(file->packed, file->display_name,
                                                                                     load::SchemaCheck::prevalidated_packed, local, slot.id)
                                     : load::load_instrument_text(file->text, file->display_name,
                                                                  load::shipped_schema("instrument.schema.json"), local, slot.id);
  } else {
    local.error({}, fmt::format("{}: not found in {}", slot.relative, source.describe()));
  }
  diagnostics.append(local);
  if (!instrument) {
    m_failed.emplace(index, std::move(local));
    return nullptr;
  }
  slot.edition = instrument->edition;
  slot.instrument = instrument.get();
  m_owned.push_back(std::move(instrument));
  return slot.instrument;
}

std::vector<Library::Slot*> Library::visible_slots(const std::string& id) {
  std::vector<Slot*> found;
  for (auto& slot : m_slots) {
    if (slot.id == id && !slot.hidden) found.push_back(&slot);
  }
  return found;
}

Library::Slot* Library::current_slot(const std::string& id, Diagnostics& diagnostics) {
  auto slots = visible_slots(id);
  if (slots.empty()) {
    diagnostics.error({}, fmt::format("no instrument '{}' in {}; available: {}", id, describe(), fmt::join(ids(), ", ")));
    return nullptr;
  }
  if (slots.size() == 1) return slots.front();
  // Several editions: the current one is the edition no other installed edition maps from.
  std::vector<Slot*> heads;
  std::set<std::string> older;
  for (auto* slot : slots) {
    if (const auto* instrument = load_slot(*slot, diagnostics); instrument && instrument->maps_from) {
      older.insert(instrument->maps_from->edition);
    }
  }
  std::vector<std::string> keys;
  for (auto* slot : slots) {
    if (slot->instrument == nullptr) continue;
    keys.push_back(slot->instrument->key());
    if (!older.count(slot->edition)) heads.push_back(slot);
  }
  if (heads.size() == 1) return heads.front();
  diagnostics.error({}, fmt::format("several editions of '{}' are installed and none is the newest by their maps_from ({}); "
                                    "name one: `edition:` in the answer file, or {}",
                                    id, fmt::join(keys, ", "), keys.empty() ? id + "@EDITION" : keys.front()));
  return nullptr;
}

Library::Slot* Library::find_slot(const std::string& id, const std::string& edition, Diagnostics& diagnostics) {
  auto slots = visible_slots(id);
  std::vector<std::string> editions;
  for (auto* slot : slots) {
    Diagnostics ignored;
    const auto* instrument = load_slot(*slot, ignored);
    if (instrument == nullptr) continue;
    if (instrument->edition == edition) return slot;
    editions.push_back(instrument->edition.empty() ? "(none)" : instrument->edition);
  }
  if (slots.empty()) {
    diagnostics.error({}, fmt::format("no instrument '{}' in {}; available: {}", id, describe(), fmt::join(ids(), ", ")));
  } else {
    diagnostics.error({}, fmt::format("edition '{}' of '{}' is not installed; installed: {} (add the pack that has it with --pack DIR)",
                                      edition, id, fmt::join(editions, ", ")));
  }
  return nullptr;
}

const questionnaire::Instrument* Library::get(const std::string& key, Diagnostics& diagnostics) {
  const std::lock_guard lock(m_mutex);
  const auto [id, edition] = split_key(key);
  Slot* slot = edition.empty() ? current_slot(id, diagnostics) : find_slot(id, edition, diagnostics);
  if (slot == nullptr) return nullptr;
  return load_slot(*slot, diagnostics);
}

std::vector<InstalledInstrument> Library::installed() {
  const std::lock_guard lock(m_mutex);
  std::vector<InstalledInstrument> result;
  for (const auto& id : m_ids) {
    Diagnostics ignored;
    const Slot* current = current_slot(id, ignored);
    for (auto* slot : visible_slots(id)) {
      load_slot(*slot, ignored);
      result.push_back({id, slot->edition, slot->layer < 0 ? std::string() : m_packs[static_cast<std::size_t>(slot->layer)].name,
                        slot == current});
    }
  }
  return result;
}

std::string Library::pack_of(const questionnaire::Instrument& instrument) const {
  const std::lock_guard lock(m_mutex);
  auto found = m_pack_names.find(&instrument);
  return found == m_pack_names.end() ? std::string() : found->second;
}

void Library::check_all(Diagnostics& diagnostics) {
  std::vector<const questionnaire::Instrument*> loaded;
  {
    const std::lock_guard lock(m_mutex);
    for (auto& slot : m_slots) {
      if (slot.hidden) continue;
      if (const auto* instrument = load_slot(slot, diagnostics)) loaded.push_back(instrument);
    }
  }
  for (const auto* instrument : loaded) {
    const std::string where = fmt::format("instruments/{}.yaml", instrument->id);
    for (const auto& part : instrument->parts) {
      for (const auto& item : part.items) {
        for (const auto& ref : item.refs) {
          Diagnostics ignored;
          const auto* target = std::find(m_ids.begin(), m_ids.end(), ref.instrument) != m_ids.end() ? get(ref.instrument, ignored)
                                                                                                    : nullptr;
          if (target == nullptr) {
            diagnostics.error({where}, fmt::format("item {}: refers to unknown instrument '{}'", item.number, ref.instrument));
          } else if (target->find_item(ref.item) == nullptr) {
            diagnostics.error({where}, fmt::format("item {}: refers to item {} of '{}', which does not exist", item.number,
                                                   ref.item, ref.instrument));
          }
        }
      }
    }
    // An item map names items of the older edition; when that edition is installed, check them.
    if (instrument->maps_from) {
      Diagnostics ignored;
      const auto* older = get(instrument->id + "@" + instrument->maps_from->edition, ignored);
      if (older == nullptr) continue;
      for (const auto& [number, old_number] : instrument->maps_from->items) {
        if (old_number && older->find_item(*old_number) == nullptr) {
          diagnostics.error({where}, fmt::format("maps_from.items: {} maps to item {}, which edition {} does not have", number,
                                                 *old_number, older->edition));
        }
      }
    }
  }
}

SourceFile Library::read_text(const std::string& relative) const {
  for (auto pack = m_packs.rbegin(); pack != m_packs.rend(); ++pack) {
    if (auto file = pack->source->read(relative)) return *file;
  }
  auto file = m_source->read(relative);
  if (!file) throw IoError(relative, fmt::format("not found in {}", describe()));
  return *file;
}

std::string Library::describe() const {
  std::string text = m_source->describe();
  for (const auto& pack : m_packs) text += fmt::format(" + pack {} ({})", pack.name, pack.root.string());
  return text;
}

} // namespace secaction::content
