#include "secaction/content/library.hpp"

#include <mutex>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/load/instrument_loader.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/core/error.hpp"

namespace secaction::content {

Library::Library(std::unique_ptr<ContentSource> source) : m_source(std::move(source)) {
  for (const auto& name : m_source->list("instruments", ".yaml")) {
    const auto slash = name.rfind('/');
    m_ids.push_back(name.substr(slash + 1, name.size() - slash - 1 - 5));
  }
}


const questionnaire::Instrument* Library::get(const std::string& id, Diagnostics& diagnostics) {
  const std::lock_guard lock(m_mutex);
  if (auto found = m_loaded.find(id); found != m_loaded.end()) return found->second.get();
  if (auto failed = m_failed.find(id); failed != m_failed.end()) {
    diagnostics.append(failed->second);
    return nullptr;
  }
  Diagnostics local;
  std::unique_ptr<questionnaire::Instrument> instrument;
  if (auto file = m_source->read("instruments/" + id + ".yaml")) {
    instrument = load::load_instrument_text(file->text, file->display_name, load::shipped_schema("instrument.schema.json"), local, id);
  } else {
    local.error({}, fmt::format("no instrument '{}' in {}; available: {}", id, m_source->describe(), fmt::join(ids(), ", ")));
  }
  diagnostics.append(local);
  if (!instrument) {
    m_failed.emplace(id, std::move(local));
    return nullptr;
  }
  return m_loaded.emplace(id, std::move(instrument)).first->second.get();
}

void Library::check_all(Diagnostics& diagnostics) {
  std::vector<const questionnaire::Instrument*> loaded;
  for (const auto& id : ids()) {
    if (const auto* instrument = get(id, diagnostics)) loaded.push_back(instrument);
  }
  for (const auto* instrument : loaded) {
    for (const auto& part : instrument->parts) {
      for (const auto& item : part.items) {
        for (const auto& ref : item.refs) {
          const std::string where = fmt::format("instruments/{}.yaml", instrument->id);
          Diagnostics ignored;
          const auto* target = m_loaded.count(ref.instrument) ? m_loaded.at(ref.instrument).get() : nullptr;
          if (target == nullptr) {
            diagnostics.error({where}, fmt::format("item {}: refers to unknown instrument '{}'", item.number, ref.instrument));
          } else if (target->find_item(ref.item) == nullptr) {
            diagnostics.error({where}, fmt::format("item {}: refers to item {} of '{}', which does not exist", item.number,
                                                   ref.item, ref.instrument));
          }
        }
      }
    }
  }
}

SourceFile Library::read_text(const std::string& relative) const {
  auto file = m_source->read(relative);
  if (!file) throw IoError(relative, fmt::format("not found in {}", m_source->describe()));
  return *file;
}

} // namespace secaction::content
