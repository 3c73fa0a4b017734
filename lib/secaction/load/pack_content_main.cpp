// secaction-pack-content OUT_DIR BASE_DIR RELATIVE.yaml...: a build step. Writes, for each content
// YAML file, OUT_DIR/RELATIVE.yaml.msgpack: the JSON tree read_yaml makes of it, as MessagePack,
// which the binary embeds and loads instead of parsing the YAML (content::SourceFile::packed;
// parsing was most of a single run's time: docs/PERFORMANCE.md, issue 19). The trees are made by
// the very reader a run uses, so a run sees the same values. A file read_yaml rejects gets an empty
// output (the run then reads the YAML) and fails the build's content check instead.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "secaction/load/yaml_reader.hpp"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: secaction-pack-content OUT_DIR BASE_DIR RELATIVE.yaml...\n");
    return 2;
  }
  const std::filesystem::path out_dir = argv[1];
  const std::filesystem::path base_dir = argv[2];
  for (int i = 3; i < argc; ++i) {
    const std::string relative = argv[i];
    std::ifstream in(base_dir / relative, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    if (!in.good() && !in.eof()) {
      std::fprintf(stderr, "secaction-pack-content: cannot read %s\n", relative.c_str());
      return 1;
    }
    secaction::Diagnostics diagnostics;
    const auto tree = secaction::load::read_yaml(text, relative, diagnostics);
    std::vector<std::uint8_t> packed;
    if (tree && !diagnostics.has_errors()) packed = nlohmann::json::to_msgpack(tree->root());
    const auto out = out_dir / (relative + ".msgpack");
    std::filesystem::create_directories(out.parent_path());
    std::ofstream file(out, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(packed.data()), static_cast<std::streamsize>(packed.size()));
    if (!file) {
      std::fprintf(stderr, "secaction-pack-content: cannot write %s\n", out.string().c_str());
      return 1;
    }
  }
  return 0;
}
