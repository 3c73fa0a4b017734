#pragma once
// Reading a {ja: …, en: …} map from content JSON (already schema-checked).
#include <nlohmann/json.hpp>

#include "secaction/core/lang.hpp"

namespace secaction::load {

/// The ja/en texts of member `key` of `parent`; empty texts when the member is missing.
inline LocalText local_text(const nlohmann::json& parent, const char* key) {
  LocalText result;
  if (auto found = parent.find(key); found != parent.end() && found->is_object()) {
    result.ja = found->value("ja", "");
    result.en = found->value("en", "");
  }
  return result;
}

/// The ja/en texts of `value`, a {ja: …, en: …} map whose two members the schema requires
/// (risk rules, top threats); throws nlohmann::json::out_of_range when one is missing.
inline LocalText required_local_text(const nlohmann::json& value) {
  return {value.at("ja").get<std::string>(), value.at("en").get<std::string>()};
}

} // namespace secaction::load
