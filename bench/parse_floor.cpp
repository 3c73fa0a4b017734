// The floor of bench/run: loads every .yaml file under the given directories with yaml-cpp and
// does nothing else, so "secaction time / floor time" is what secaction adds to reading its input.
//   secaction-bench-parse-floor DIR...
// Files are read in byte order of their paths, like secaction's batch runs; a file that does
// not parse is counted, not fatal (the generator's --malformed files).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    for (const auto& entry : fs::recursive_directory_iterator(argv[i])) {
      if (entry.is_regular_file() && entry.path().extension() == ".yaml") files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  std::size_t parsed = 0;
  std::size_t failed = 0;
  for (const auto& file : files) {
    try {
      const YAML::Node root = YAML::LoadFile(file);
      parsed += root.IsMap() ? 1 : 0;
    } catch (const YAML::Exception&) {
      ++failed;
    }
  }
  std::fprintf(stderr, "secaction-bench-parse-floor: %zu files, %zu maps, %zu failed\n", files.size(), parsed, failed);
  return 0;
}
