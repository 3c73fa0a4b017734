#pragma once
// JSON Schema (draft-07) validation of a JsonTree with valijson, reported as file:line:col.
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "secaction/load/json_tree.hpp"
#include "secaction/core/diagnostic.hpp"

namespace secaction::load {

class Schema {
public:
  /// `document` is the schema itself; `name` is used in messages about the schema.
  Schema(nlohmann::json document, std::string name);
  ~Schema();
  Schema(const Schema&) = delete;
  Schema& operator=(const Schema&) = delete;

  /// Adds one diagnostic per invalid node (the deepest failing nodes only), each with a message
  /// written from the schema: the expected type, the valid choices or the valid keys.
  /// Returns true when the tree is valid.
  bool validate(const JsonTree& tree, Diagnostics& diagnostics) const;

  [[nodiscard]] const std::string& name() const { return m_name; }

private:
  struct Compiled;
  nlohmann::json m_document;
  std::string m_name;
  std::unique_ptr<Compiled> m_compiled;
};

} // namespace secaction::load
