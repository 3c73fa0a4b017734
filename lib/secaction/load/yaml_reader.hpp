#pragma once
// The only place yaml-cpp is used: YAML text -> JsonTree, with the checks yaml-cpp does not make.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "secaction/load/json_tree.hpp"
#include "secaction/core/diagnostic.hpp"

namespace secaction::load {

struct YamlLimits {
  /// Nodes after alias expansion; protects against "billion laughs" documents.
  std::size_t max_nodes = 200'000;
  /// Nesting depth of mappings and sequences.
  int max_depth = 64;
};

/// Parses YAML into JSON using the YAML 1.2 core schema (so `yes`/`no` stay strings and dates
/// stay strings). Reports empty input, invalid UTF-8, NUL bytes, syntax errors, duplicate keys,
/// non-scalar keys and limit breaches to `diagnostics`, each with file:line:col.
/// A UTF-8 byte order mark is accepted and skipped.
std::optional<JsonTree> read_yaml(std::string_view text, const std::string& file, Diagnostics& diagnostics,
                                  const YamlLimits& limits = {});

} // namespace secaction::load
