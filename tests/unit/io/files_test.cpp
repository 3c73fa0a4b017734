#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"

using namespace secaction;
namespace fs = std::filesystem;

namespace {
fs::path fresh_dir(const char* name) {
  auto dir = fs::temp_directory_path() / ("secaction-unit-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}
std::size_t entries(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}
} // namespace

TEST_CASE("atomic writes refuse to overwrite unless forced, and leave no temporary file") {
  const auto dir = fresh_dir("write");
  const auto target = dir / "report.md";
  io::write_file_atomically(target, "first\n", io::Overwrite::refuse);
  CHECK(io::read_file(target) == "first\n");
  CHECK_THROWS_AS(io::write_file_atomically(target, "second\n", io::Overwrite::refuse), IoError);
  CHECK(io::read_file(target) == "first\n");
  io::write_file_atomically(target, "second\n", io::Overwrite::allow);
  CHECK(io::read_file(target) == "second\n");
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("writing into a missing directory fails cleanly") {
  const auto dir = fresh_dir("nodir");
  CHECK_THROWS_AS(io::write_file_atomically(dir / "no" / "such" / "x.md", "x", io::Overwrite::allow), IoError);
  CHECK(entries(dir) == 0);
  fs::remove_all(dir);
}

TEST_CASE("reading reports missing files, directories and oversized input") {
  const auto dir = fresh_dir("read");
  CHECK_THROWS_AS(io::read_file(dir / "missing.yaml"), IoError);
  CHECK_THROWS_WITH_AS(io::read_file(dir), doctest::Contains("is a directory"), IoError);
  std::ofstream(dir / "big.yaml") << std::string(100, 'x');
  CHECK_THROWS_AS(io::read_file(dir / "big.yaml", 50), InputError);
  CHECK(io::read_file(dir / "big.yaml", 100).size() == 100);
  CHECK_THROWS_AS(io::read_file(dir / "big.yaml", 99), InputError);
  // Every byte arrives, whatever the size (one read per file is sized from its length).
  std::string text;
  for (int i = 0; i < 200000; ++i) text += static_cast<char>('a' + i % 26);
  std::ofstream(dir / "large.yaml") << text;
  CHECK(io::read_file(dir / "large.yaml") == text);
  std::ofstream(dir / "empty.yaml").close();
  CHECK(io::read_file(dir / "empty.yaml").empty());
  fs::remove_all(dir);
}
