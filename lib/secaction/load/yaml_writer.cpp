#include "secaction/load/yaml_writer.hpp"

#include <algorithm>

#include "secaction/load/answer_file_writer.hpp"

namespace secaction::load {
namespace {

// Not `Json`: the loaders beside this file in a unity batch name nlohmann::json so.
using OrderedJson = nlohmann::ordered_json;

// A key written plain when it cannot be mistaken for anything but itself.
std::string key_text(const std::string& key) {
  const bool plain = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }) && key.front() != '-' && !(key.front() >= '0' && key.front() <= '9');
  static const char* const k_reserved[] = {"true", "false", "null", "True", "False", "Null", "TRUE", "FALSE", "NULL"};
  for (const char* reserved : k_reserved) {
    if (key == reserved) return quote_yaml(key);
  }
  return plain ? key : quote_yaml(key);
}

std::string scalar_text(const OrderedJson& value) {
  if (value.is_string()) return quote_yaml(value.get<std::string>());
  if (value.is_null()) return "null";
  return value.dump();
}

bool is_scalar(const OrderedJson& value) { return !value.is_object() && !value.is_array(); }

bool is_empty_collection(const OrderedJson& value) { return (value.is_object() || value.is_array()) && value.empty(); }

void write(const OrderedJson& value, int indent, std::string& out);

void write_entries(const OrderedJson& value, int indent, std::string& out) {
  const std::string pad(static_cast<std::size_t>(indent), ' ');
  if (value.is_object()) {
    for (const auto& [key, member] : value.items()) {
      out += pad + key_text(key) + ":";
      if (is_scalar(member)) {
        // Appended piece by piece, not " " + a temporary: GCC 12 at -O3 in a unity batch warns (-Wrestrict,
        // a false positive) on the latter.
        out += ' ';
        out += scalar_text(member);
        out += '\n';
      } else if (is_empty_collection(member)) {
        out += member.is_object() ? " {}\n" : " []\n";
      } else {
        out += "\n";
        write(member, indent + 2, out);
      }
    }
    return;
  }
  for (const auto& member : value) {
    if (is_scalar(member)) {
      out += pad + "- " + scalar_text(member) + "\n";
    } else if (is_empty_collection(member)) {
      out += pad + (member.is_object() ? "- {}\n" : "- []\n");
    } else {
      // "- " then the first line of the member at this indent + 2, the rest below it.
      std::string inner;
      write(member, indent + 2, inner);
      out += pad + "- " + inner.substr(static_cast<std::size_t>(indent) + 2);
    }
  }
}

void write(const OrderedJson& value, int indent, std::string& out) {
  if (is_scalar(value)) {
    out += std::string(static_cast<std::size_t>(indent), ' ') + scalar_text(value) + "\n";
    return;
  }
  write_entries(value, indent, out);
}

} // namespace

std::string write_yaml(const nlohmann::ordered_json& value) {
  std::string out;
  write(value, 0, out);
  return out;
}

} // namespace secaction::load
