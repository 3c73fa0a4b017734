#pragma once
// JSON values written as block-style YAML that read_yaml reads back as the same values: mappings
// as `key: value` lines in their order, lists as `- ` lines, every text double-quoted
// (quote_yaml), numbers, booleans and null plain. For files secaction writes (import-sheet's
// instruments); not a general YAML emitter.
#include <string>

#include <nlohmann/json.hpp>

namespace secaction::load {

std::string write_yaml(const nlohmann::ordered_json& value);

} // namespace secaction::load
