#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "secaction/io/inputs.hpp"

using namespace secaction;
namespace fs = std::filesystem;

namespace {
fs::path fresh_dir(const char* name) {
  auto dir = fs::temp_directory_path() / ("secaction-unit-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}
void touch(const fs::path& path) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << "x\n";
}
} // namespace

TEST_CASE("directories are searched recursively, in byte order, for the wanted extensions only") {
  const auto dir = fresh_dir("inputs");
  touch(dir / "b.yaml");
  touch(dir / "a.yml");
  touch(dir / "B.yaml");
  touch(dir / "sub" / "c.yaml");
  touch(dir / "sub.d" / "e.yaml");
  touch(dir / "notes.txt");
  touch(dir / "data.csv");
  touch(dir / ".hidden.yaml");
  touch(dir / ".git" / "x.yaml");
  touch(dir / "sub" / ".cache" / "y.yaml");
  const std::string root = dir.string();
  const auto inputs = io::collect_inputs({root}, {".yaml", ".yml"});
  const std::vector<std::string> expected = {root + "/B.yaml", root + "/a.yml", root + "/b.yaml", root + "/sub.d/e.yaml",
                                             root + "/sub/c.yaml"};
  CHECK(inputs == expected);
  CHECK(io::collect_inputs({root}, {".csv"}) == std::vector<std::string>{root + "/data.csv"});
  fs::remove_all(dir);
}

TEST_CASE("named files are taken as given, in the order given, whatever their extension") {
  const auto dir = fresh_dir("inputs-mixed");
  touch(dir / "d" / "one.yaml");
  const std::string root = dir.string();
  const auto inputs = io::collect_inputs({"z.txt", root + "/d", "missing.yaml", "-"}, {".yaml"});
  CHECK(inputs == std::vector<std::string>{"z.txt", root + "/d/one.yaml", "missing.yaml", "-"});
  CHECK(io::is_directory(root));
  CHECK_FALSE(io::is_directory("missing.yaml"));
  CHECK_FALSE(io::is_directory("-"));
  fs::remove_all(dir);
}
