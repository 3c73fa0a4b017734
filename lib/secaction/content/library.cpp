#include "secaction/content/library.hpp"

#include <mutex>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/content/instrument_loader.hpp"
#include "secaction/content/yaml_reader.hpp"
#include "secaction/core/error.hpp"

namespace secaction::content {
const Schema& shipped_schema(const std::string& name) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<Schema>> compiled;
  const std::lock_guard lock(mutex);
  auto& slot = compiled[name];
  if (!slot) {
    auto text = embedded_schema(name);
    if (!text) throw std::logic_error("schema not embedded: " + name);
    slot = std::make_unique<Schema>(nlohmann::json::parse(*text), name);
  }
  return *slot;
}

std::unique_ptr<questionnaire::Instrument> load_instrument_text(const std::string& text, const std::string& display_name,
                                                                 const Schema& schema, Diagnostics& diagnostics,
                                                                 const std::string& expected_id) {
  auto tree = read_yaml(text, display_name, diagnostics);
  if (!tree) return nullptr;
  return load_instrument_tree(*tree, schema, diagnostics, expected_id);
}

std::unique_ptr<questionnaire::Instrument> load_instrument_tree(const JsonTree& tree, const Schema& schema,
                                                                 Diagnostics& diagnostics, const std::string& expected_id) {
  if (!schema.validate(tree, diagnostics)) return nullptr;
  auto instrument = load_instrument(tree, diagnostics, expected_id);
  if (!instrument) return nullptr;
  return std::make_unique<questionnaire::Instrument>(std::move(*instrument));
}

Library::Library(std::unique_ptr<ContentSource> source, const Schemas& schemas)
    : m_source(std::move(source)), m_schemas(schemas) {
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
    instrument = load_instrument_text(file->text, file->display_name, m_schemas.instrument(), local, id);
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
