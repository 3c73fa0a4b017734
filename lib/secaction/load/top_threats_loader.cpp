#include "secaction/load/top_threats_loader.hpp"

#include <set>

#include <fmt/format.h>

#include "secaction/load/local_text.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/yaml_reader.hpp"

namespace secaction::load {
namespace {

using Json = nlohmann::json;

} // namespace

std::optional<risk::TopThreatLists> load_top_threats(std::string_view text, const std::string& file, Diagnostics& diagnostics,
                                                     SchemaCheck check) {
  auto tree = read_content(text, file, "top-threats.schema.json", check, diagnostics);
  if (!tree) return std::nullopt;
  const std::size_t errors_before = diagnostics.error_count();
  const Json& root = tree->root();
  risk::TopThreatLists lists;
  lists.year = root.at("year").get<int>();
  lists.origin = parse_origin(root.at("origin").get<std::string>()).value_or(Origin::official);
  if (root.contains("via")) lists.via = required_local_text(root.at("via"));
  if (lists.origin == Origin::official_secondary && lists.via.ja.empty()) {
    diagnostics.error(tree->at("/origin"), "origin: official-secondary needs via, the secondary source");
  }
  lists.title = required_local_text(root.at("title"));
  lists.publisher = required_local_text(root.at("publisher"));
  lists.source = required_local_text(root.at("source"));
  lists.url = root.at("url").get<std::string>();
  std::set<std::string> ids;
  for (std::size_t l = 0; l < root.at("lists").size(); ++l) {
    const std::string pointer = child_pointer("/lists", l);
    const Json& value = root.at("lists").at(l);
    risk::TopThreatList list;
    list.id = value.at("id").get<std::string>();
    list.title = required_local_text(value.at("title"));
    if (!ids.insert(list.id).second)
      diagnostics.error(tree->at(pointer + "/id"), fmt::format("list '{}' is given twice", list.id));
    for (std::size_t e = 0; e < value.at("entries").size(); ++e) {
      const Json& entry = value.at("entries").at(e);
      risk::TopThreatEntry item;
      item.rank = entry.at("rank").get<int>();
      item.name = required_local_text(entry.at("name"));
      if (entry.contains("previous")) {
        if (entry.at("previous").is_string()) {
          item.is_new = true;
        } else {
          item.previous = entry.at("previous").get<int>();
        }
      }
      if (list.find(item.rank) != nullptr) {
        diagnostics.error(tree->at(child_pointer(pointer + "/entries", e) + "/rank"),
                          fmt::format("list '{}': rank {} is given twice", list.id, item.rank));
      }
      list.entries.push_back(std::move(item));
    }
    lists.lists.push_back(std::move(list));
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return lists;
}

} // namespace secaction::load
