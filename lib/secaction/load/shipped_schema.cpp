#include "secaction/load/shipped_schema.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "secaction/load/embedded_schemas.hpp"

namespace secaction::load {

std::optional<std::string> embedded_schema(const std::string& name) {
  const std::string wanted = "schemas/" + name;
  for (const auto& file : embedded_schema_files()) {
    if (file.path == wanted) return std::string(file.data);
  }
  return std::nullopt;
}

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

} // namespace secaction::load
