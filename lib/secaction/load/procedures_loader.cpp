#include "secaction/load/procedures_loader.hpp"

#include <set>

#include <fmt/format.h>

#include "secaction/load/local_text.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/yaml_reader.hpp"

namespace secaction::load {
namespace {

using Json = nlohmann::json;

// A repeated id is an error at the second one.
void check_unique(std::set<std::string>& seen, const std::string& id, const JsonTree& tree, const std::string& pointer,
                  const char* what, Diagnostics& diagnostics) {
  if (!seen.insert(id).second) diagnostics.error(tree.at(pointer + "/id"), fmt::format("{} '{}' is given twice", what, id));
}

} // namespace

std::optional<policy::ProcedureCatalogue> load_procedures(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  auto tree = read_yaml(text, file, diagnostics);
  if (!tree) return std::nullopt;
  if (!shipped_schema("policy-procedures.schema.json").validate(*tree, diagnostics)) return std::nullopt;
  const std::size_t errors_before = diagnostics.error_count();
  const Json& root = tree->root();
  policy::ProcedureCatalogue catalogue;
  const Json& source = root.at("source");
  catalogue.source = {source.at("ja").get<std::string>(), source.at("en").get<std::string>()};
  catalogue.section = source.at("section").get<std::string>();
  catalogue.heading = source.at("heading").get<std::string>();
  catalogue.line = source.at("line").get<int>();
  std::set<std::string> ids;
  for (std::size_t i = 0; i < root.at("audiences").size(); ++i) {
    const Json& value = root.at("audiences").at(i);
    policy::Audience audience{value.at("id").get<std::string>(), value.at("name").get<std::string>(),
                              value.at("en").get<std::string>(), value.at("line").get<int>()};
    check_unique(ids, audience.id, *tree, child_pointer("/audiences", i), "audience", diagnostics);
    catalogue.audiences.push_back(std::move(audience));
  }
  ids.clear();
  for (std::size_t i = 0; i < root.at("areas").size(); ++i) {
    const Json& value = root.at("areas").at(i);
    policy::ProcedureArea area{value.at("id").get<std::string>(), value.at("heading").get<std::string>(),
                               value.at("en").get<std::string>(), value.at("line").get<int>()};
    check_unique(ids, area.id, *tree, child_pointer("/areas", i), "area", diagnostics);
    catalogue.areas.push_back(std::move(area));
  }
  ids.clear();
  std::set<std::string> receiving;
  for (std::size_t i = 0; i < root.at("documents").size(); ++i) {
    const std::string pointer = child_pointer("/documents", i);
    const Json& value = root.at("documents").at(i);
    policy::ProcedureDocument document;
    document.id = value.at("id").get<std::string>();
    document.area = value.at("area").get<std::string>();
    const Json& heading = value.at("heading");
    document.heading_origin = parse_origin(heading.at("origin").get<std::string>()).value_or(Origin::official);
    document.heading = heading.at("ja").get<std::string>();
    document.line = heading.at("line").get<int>();
    document.en = value.at("en").get<std::string>();
    document.level = static_cast<policy::Level>(value.at("level").get<int>());
    if (value.contains("when")) {
      for (const auto& practice : value.at("when")) {
        document.when.push_back(policy::parse_practice(practice.get<std::string>()).value_or(policy::Practice::cloud));
      }
    }
    document.body = local_text(value, "body");
    check_unique(ids, document.id, *tree, pointer, "document", diagnostics);
    if (catalogue.area(document.area) == nullptr) {
      diagnostics.error(tree->at(pointer + "/area"), fmt::format("document '{}': unknown area '{}'", document.id, document.area));
    }
    const Json& audiences = value.at("audiences");
    for (std::size_t a = 0; a < audiences.size(); ++a) {
      const std::string id = audiences.at(a).get<std::string>();
      if (catalogue.audience(id) == nullptr) {
        diagnostics.error(tree->at(child_pointer(pointer + "/audiences", a)),
                          fmt::format("document '{}': unknown audience '{}'", document.id, id));
      }
      receiving.insert(id);
      document.audiences.push_back(id);
    }
    catalogue.documents.push_back(std::move(document));
  }
  for (std::size_t i = 0; i < catalogue.audiences.size(); ++i) {
    if (!receiving.count(catalogue.audiences[i].id)) {
      diagnostics.error(tree->at(child_pointer("/audiences", i) + "/id"),
                        fmt::format("audience '{}' receives no document", catalogue.audiences[i].id));
    }
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return catalogue;
}

} // namespace secaction::load
