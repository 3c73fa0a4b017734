#include "secaction/load/schema.hpp"

#include <algorithm>
#include <regex>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace secaction::load {

struct Schema::Compiled {
  valijson::Schema schema;
};

namespace {

using Json = nlohmann::json;

std::string type_name(const Json& value) {
  switch (value.type()) {
  case Json::value_t::null: return "nothing (an empty value)";
  case Json::value_t::boolean: return "true/false";
  case Json::value_t::number_integer:
  case Json::value_t::number_unsigned: return "a whole number";
  case Json::value_t::number_float: return "a number";
  case Json::value_t::string: return "text";
  case Json::value_t::array: return "a list";
  case Json::value_t::object: return "a mapping";
  default: return "an unsupported value";
  }
}

std::string expected_name(const std::string& type) {
  if (type == "string") return "text";
  if (type == "integer") return "a whole number";
  if (type == "number") return "a number";
  if (type == "boolean") return "true or false";
  if (type == "array") return "a list";
  if (type == "object") return "a mapping (key: value lines)";
  if (type == "null") return "an empty value";
  return type;
}

bool has_type(const Json& value, const std::string& type) {
  if (type == "string") return value.is_string();
  // As valijson judges it: 3.0 is not an integer. Judged otherwise, valijson's own message
  // ("Value type not permitted by 'type' constraint") reached the user.
  if (type == "integer") return value.is_number_integer();
  if (type == "number") return value.is_number();
  if (type == "boolean") return value.is_boolean();
  if (type == "array") return value.is_array();
  if (type == "object") return value.is_object();
  if (type == "null") return value.is_null();
  return true;
}

std::string short_value(const Json& value) {
  std::string text = value.is_string() ? value.get<std::string>() : value.dump();
  if (text.size() > 40) text = text.substr(0, 37) + "...";
  return text;
}

// Follows "#/definitions/x" references inside the same document.
const Json* resolve(const Json& root, const Json* schema) {
  for (int hops = 0; schema && schema->is_object() && schema->contains("$ref") && hops < 16; ++hops) {
    const auto& ref = (*schema)["$ref"];
    if (!ref.is_string() || ref.get<std::string>().rfind("#", 0) != 0) return schema;
    try {
      schema = &root.at(Json::json_pointer(ref.get<std::string>().substr(1)));
    } catch (const std::exception&) {
      return nullptr;
    }
  }
  return schema;
}

// The sub-schema that governs member `key` of an object governed by `schema`.
const Json* member_schema(const Json& root, const Json* schema, const std::string& key) {
  schema = resolve(root, schema);
  if (!schema || !schema->is_object()) return nullptr;
  if (auto props = schema->find("properties"); props != schema->end() && props->contains(key)) {
    return resolve(root, &(*props)[key]);
  }
  if (auto patterns = schema->find("patternProperties"); patterns != schema->end()) {
    for (const auto& [pattern, sub] : patterns->items()) {
      if (std::regex_search(key, std::regex(pattern))) return resolve(root, &sub);
    }
  }
  if (auto additional = schema->find("additionalProperties"); additional != schema->end() && additional->is_object()) {
    return resolve(root, &*additional);
  }
  return nullptr;
}

const Json* item_schema(const Json& root, const Json* schema) {
  schema = resolve(root, schema);
  if (!schema || !schema->is_object()) return nullptr;
  if (auto items = schema->find("items"); items != schema->end() && items->is_object()) return resolve(root, &*items);
  return nullptr;
}

std::vector<std::string> allowed_keys(const Json& schema) {
  std::vector<std::string> keys;
  if (auto props = schema.find("properties"); props != schema.end()) {
    for (const auto& [key, unused] : props->items()) keys.push_back(key);
  }
  return keys;
}

// Checks `value` against the simple keywords of `schema` and explains what is wrong.
// Returns false when nothing simple explains the failure.
// With `keys_only`, only the object's own key rules (required, unknown keys) are checked: used for
// nodes whose other failures are explained by their children.
bool explain(const Json& root, const Json& schema, const Json& value, const JsonTree& tree, const std::string& pointer,
             Diagnostics& diagnostics, bool keys_only = false) {
  const std::string path = readable_path(pointer);
  const auto where = tree.at(pointer);
  if (auto type = schema.find("type"); !keys_only && type != schema.end()) {
    std::vector<std::string> types;
    if (type->is_string()) types.push_back(type->get<std::string>());
    if (type->is_array()) {
      for (const auto& t : *type) types.push_back(t.get<std::string>());
    }
    const bool ok = std::any_of(types.begin(), types.end(), [&](const std::string& t) { return has_type(value, t); });
    if (!ok) {
      std::vector<std::string> names;
      for (const auto& t : types) names.push_back(expected_name(t));
      std::string expected = names.back();
      if (names.size() > 1) {
        expected = fmt::format("{} or {}", fmt::join(names.begin(), names.end() - 1, ", "), names.back());
      }
      diagnostics.error(where, fmt::format("{}: expected {}, found {}", path, expected, type_name(value)));
      return true;
    }
  }
  if (auto choices = schema.find("enum"); !keys_only && choices != schema.end() && std::find(choices->begin(), choices->end(), value) == choices->end()) {
    std::vector<std::string> names;
    for (const auto& c : *choices) names.push_back(c.is_string() ? c.get<std::string>() : c.dump());
    diagnostics.error(where, fmt::format("{}: '{}' is not a valid choice; valid choices: {}", path, short_value(value),
                                         fmt::join(names, ", ")));
    return true;
  }
  if (auto constant = schema.find("const"); !keys_only && constant != schema.end() && *constant != value) {
    diagnostics.error(where, fmt::format("{}: must be '{}'", path, short_value(*constant)));
    return true;
  }
  bool explained = false;
  if (value.is_object()) {
    if (auto required = schema.find("required"); required != schema.end()) {
      std::vector<std::string> missing;
      for (const auto& key : *required) {
        if (!value.contains(key.get<std::string>())) missing.push_back(key.get<std::string>());
      }
      if (!missing.empty()) {
        diagnostics.error(where, fmt::format("{}: missing required key{} {}", path, missing.size() > 1 ? "s" : "",
                                             fmt::join(missing, ", ")));
        explained = true;
      }
    }
    const auto additional = schema.find("additionalProperties");
    if (additional != schema.end() && additional->is_boolean() && !additional->get<bool>()) {
      const auto keys = allowed_keys(schema);
      for (const auto& [key, unused] : value.items()) {
        if (member_schema(root, &schema, key) == nullptr) {
          diagnostics.error(tree.key_at(child_pointer(pointer, key)),
                            fmt::format("{}: unknown key '{}'; valid keys: {}", path, key, fmt::join(keys, ", ")));
          explained = true;
        }
      }
    }
    if (auto min = schema.find("minProperties"); min != schema.end() && value.size() < min->get<std::size_t>()) {
      diagnostics.error(where, fmt::format("{}: must not be empty", path));
      explained = true;
    }
  }
  if (keys_only) return explained;
  if (value.is_array()) {
    if (auto min = schema.find("minItems"); min != schema.end() && value.size() < min->get<std::size_t>()) {
      diagnostics.error(where, fmt::format("{}: needs at least {} entr{}", path, min->get<std::size_t>(),
                                           min->get<std::size_t>() == 1 ? "y" : "ies"));
      explained = true;
    }
  }
  if (value.is_string()) {
    const auto text = value.get<std::string>();
    if (auto min = schema.find("minLength"); min != schema.end() && text.empty() && min->get<std::size_t>() > 0) {
      diagnostics.error(where, fmt::format("{}: must not be empty", path));
      return true;
    }
    if (auto pattern = schema.find("pattern"); pattern != schema.end() &&
                                               !std::regex_search(text, std::regex(pattern->get<std::string>()))) {
      // A schema without a description says what the pattern is, rather than "the expected form".
      const auto description = schema.value("description", fmt::format("text matching {}", pattern->get<std::string>()));
      diagnostics.error(where, fmt::format("{}: '{}' is not valid here; expected {}", path, short_value(value), description));
      return true;
    }
  }
  if (value.is_number()) {
    const double number = value.get<double>();
    if (auto min = schema.find("minimum"); min != schema.end() && number < min->get<double>()) {
      diagnostics.error(where, fmt::format("{}: {} is below the minimum {}", path, value.dump(), min->dump()));
      return true;
    }
    if (auto max = schema.find("maximum"); max != schema.end() && number > max->get<double>()) {
      diagnostics.error(where, fmt::format("{}: {} is above the maximum {}", path, value.dump(), max->dump()));
      return true;
    }
  }
  return explained;
}

// valijson's context ("<root>", "[answers]", "[3]") -> a JSON pointer, using the data to tell
// array indices from object keys.
std::optional<std::string> context_to_pointer(const std::vector<std::string>& context, const Json& root) {
  std::string pointer;
  const Json* node = &root;
  for (const auto& step : context) {
    if (step == "<root>") continue;
    if (step.size() < 2 || step.front() != '[' || step.back() != ']') return std::nullopt;
    const std::string key = step.substr(1, step.size() - 2);
    if (node->is_array()) {
      std::size_t index = 0;
      try {
        index = std::stoul(key);
      } catch (const std::exception&) {
        return std::nullopt;
      }
      if (index >= node->size()) return std::nullopt;
      node = &(*node)[index];
      pointer = child_pointer(pointer, index);
    } else if (node->is_object() && node->contains(key)) {
      node = &(*node)[key];
      pointer = child_pointer(pointer, key);
    } else {
      return std::nullopt;
    }
  }
  return pointer;
}

} // namespace

Schema::Schema(nlohmann::json document, std::string name)
    : m_document(std::move(document)), m_name(std::move(name)), m_compiled(std::make_unique<Compiled>()) {
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  valijson::adapters::NlohmannJsonAdapter adapter(m_document);
  parser.populateSchema(adapter, m_compiled->schema);
}

Schema::~Schema() = default;

bool Schema::validate(const JsonTree& tree, Diagnostics& diagnostics) const {
  // One validator per thread for the process: it caches the std::regex of every "pattern" it
  // meets, and compiling those again for each answer file of a batch cost more than validating.
  thread_local valijson::Validator validator;
  valijson::adapters::NlohmannJsonAdapter adapter(tree.root());
  // Most files are valid: check without collecting results first (valijson then stops at the
  // first failure and keeps no error list), and validate again for the messages only on failure.
  if (validator.validate(m_compiled->schema, adapter, nullptr)) return true;
  valijson::ValidationResults results;
  if (validator.validate(m_compiled->schema, adapter, &results)) return true;

  // valijson reports a failing node and each of its ancestors; keep the deepest ones only.
  std::vector<std::pair<std::string, std::string>> failures; // pointer, valijson description
  for (const auto& error : results) {
    auto pointer = context_to_pointer(error.context, tree.root());
    failures.emplace_back(pointer.value_or(""), error.description);
  }
  std::set<std::string> reported;
  for (const auto& failure : failures) {
    const std::string& pointer = failure.first;
    const std::string& description = failure.second;
    const bool has_deeper = std::any_of(failures.begin(), failures.end(), [&](const auto& other) {
      return other.first.size() > pointer.size() && other.first.rfind(pointer + "/", 0) == 0;
    });
    if (!reported.insert(pointer).second) continue;

    // Walk the schema along the pointer to find the sub-schema of the failing node.
    const Json* schema = resolve(m_document, &m_document);
    const Json* value = &tree.root();
    std::string walked;
    std::size_t start = 1;
    while (schema && start <= pointer.size() && !pointer.empty()) {
      const auto end = pointer.find('/', start);
      const std::string raw = pointer.substr(start, end == std::string::npos ? std::string::npos : end - start);
      const std::string key = readable_path("/" + raw);
      if (value->is_array()) {
        schema = item_schema(m_document, schema);
        value = &value->at(std::stoul(key));
      } else {
        schema = member_schema(m_document, schema, key);
        value = &value->at(key);
      }
      if (end == std::string::npos) break;
      start = end + 1;
    }
    if (has_deeper) {
      if (schema) explain(m_document, *schema, *value, tree, pointer, diagnostics, true);
      continue;
    }
    if (schema && explain(m_document, *schema, *value, tree, pointer, diagnostics)) continue;
    diagnostics.error(tree.at(pointer), fmt::format("{}: {}", readable_path(pointer), description));
  }
  return false;
}

} // namespace secaction::load
