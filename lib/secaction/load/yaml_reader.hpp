#pragma once
// The only place yaml-cpp is used: YAML text -> JsonTree, with the checks yaml-cpp does not make.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "secaction/load/json_tree.hpp"
#include "secaction/core/diagnostic.hpp"

namespace secaction::load {

struct YamlLimits {
  /// Nodes (every key, value and list entry) after alias expansion; protects against "billion
  /// laughs" documents, and bounds a plain document too.
  std::size_t max_nodes = 200'000;
  /// Bytes of text (scalars and keys) after alias expansion: one large string repeated by
  /// thousands of aliases stays under max_nodes but would expand to gigabytes.
  std::size_t max_expanded_bytes = 32U * 1024U * 1024U;
  /// Nesting depth of mappings and sequences, block or flow style, also through aliases.
  int max_depth = 64;
};

/// Parses YAML into JSON using the YAML 1.2 core schema (so `yes`/`no` stay strings and dates
/// stay strings). Reports empty input, invalid UTF-8, UTF-16, NUL bytes, tabs in indentation,
/// syntax errors, a second document, duplicate keys, missing (~) and non-scalar keys, merge keys
/// (<<) and limit breaches to `diagnostics`, each with file:line:col. The limits are checked
/// before anything is expanded. A UTF-8 byte order mark at the start is accepted and skipped.
///
/// The marks (where each node stood) are read when first asked for: a text without aliases is
/// read once without them, which is most of the cost of marks, and parsed again for them only if
/// a mark is asked for (a valid file rarely needs one). `kept_marks` (JSON pointers) are taken at
/// once: the locations a loader keeps for later messages, so that keeping them costs no second
/// parse. A text with a problem to report, or with aliases, is read with every mark at once.
std::optional<JsonTree> read_yaml(std::string_view text, const std::string& file, Diagnostics& diagnostics,
                                  const YamlLimits& limits = {}, const std::vector<std::string>& kept_marks = {});

} // namespace secaction::load
