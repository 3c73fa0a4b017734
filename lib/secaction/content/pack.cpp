#include "secaction/content/pack.hpp"

#include "secaction/load/local_text.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/yaml_reader.hpp"

namespace secaction::content {

Pack open_pack(const std::filesystem::path& root, Diagnostics& diagnostics) {
  Pack pack;
  pack.root = root;
  pack.source = directory_content(root, "pack");
  pack.name = std::filesystem::path(root).lexically_normal().filename().string();
  if (pack.name.empty()) pack.name = std::filesystem::path(root).lexically_normal().parent_path().filename().string();
  auto manifest = pack.source->read("pack.yaml");
  if (!manifest) return pack;
  auto tree = load::read_yaml(manifest->text, manifest->display_name, diagnostics);
  if (!tree || !load::shipped_schema("pack.schema.json").validate(*tree, diagnostics)) return pack;
  const auto& json = tree->root();
  if (auto name = json.find("name"); name != json.end()) pack.name = name->get<std::string>();
  pack.title = load::local_text(json, "title");
  if (auto replaces = json.find("replaces"); replaces != json.end()) {
    for (std::size_t i = 0; i < replaces->size(); ++i) {
      const std::string relative = (*replaces)[i].get<std::string>();
      if (!pack.source->read(relative)) {
        diagnostics.error(tree->at(load::child_pointer("/replaces", i)),
                          "replaces: '" + relative + "' is not a file of this pack");
      }
      pack.replaces_files.push_back(relative);
    }
  }
  return pack;
}

} // namespace secaction::content
