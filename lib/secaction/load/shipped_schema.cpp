#include "secaction/load/shipped_schema.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "secaction/load/embedded_schemas.hpp"
#include "secaction/load/yaml_reader.hpp"

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

std::optional<JsonTree> read_content(std::string_view text, const std::string& file, const std::string& schema_name, SchemaCheck check,
                                     Diagnostics& diagnostics) {
  if (check == SchemaCheck::prevalidated_packed) return JsonTree(file, nlohmann::json::from_msgpack(text));
  auto tree = read_yaml(text, file, diagnostics);
  if (!tree || !check_shipped_schema(*tree, schema_name, check, diagnostics)) return std::nullopt;
  return tree;
}

bool check_shipped_schema(const JsonTree& tree, const std::string& name, SchemaCheck check, Diagnostics& diagnostics) {
  return check == SchemaCheck::prevalidated || shipped_schema(name).validate(tree, diagnostics);
}

} // namespace secaction::load
