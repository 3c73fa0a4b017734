#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"
#include "secaction/io/staged_files.hpp"

using namespace secaction;
namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const char* name) {
  auto dir = fs::temp_directory_path() / ("secaction-unit-" + std::to_string(::getpid()) + "-staged-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

} // namespace

TEST_CASE("staged files are hidden until commit gives them their names") {
  const auto dir = fresh_dir("commit");
  io::StagedFiles staged(dir, {"report\n", "<svg/>\n"});
  CHECK(staged.size() == 2);
  const auto hidden = names_in(dir);
  REQUIRE(hidden.size() == 2);
  for (const auto& name : hidden) CHECK(name.front() == '.');
  staged.commit({(dir / "a.md").string(), (dir / "a.svg").string()}, io::Overwrite::refuse);
  CHECK(staged.empty());
  CHECK(names_in(dir) == std::vector<std::string>{"a.md", "a.svg"});
  CHECK(io::read_file(dir / "a.md") == "report\n");
  CHECK(io::read_file(dir / "a.svg") == "<svg/>\n");
  fs::remove_all(dir);
}

TEST_CASE("a refused commit renames nothing; the staged files go when the owner does") {
  const auto dir = fresh_dir("refuse");
  std::ofstream(dir / "b.svg") << "old";
  {
    io::StagedFiles staged(dir, {"new report", "new chart"});
    CHECK_THROWS_WITH_AS(staged.commit({(dir / "b.md").string(), (dir / "b.svg").string()}, io::Overwrite::refuse),
                         doctest::Contains("already exists; use --force"), IoError);
    CHECK_FALSE(fs::exists(dir / "b.md"));
    CHECK(io::read_file(dir / "b.svg") == "old");
  }
  CHECK(names_in(dir) == std::vector<std::string>{"b.svg"});
  fs::remove_all(dir);
}

TEST_CASE("commit with Overwrite::allow replaces existing files") {
  const auto dir = fresh_dir("allow");
  std::ofstream(dir / "c.md") << "old";
  io::StagedFiles staged(dir, {"new"});
  staged.commit({(dir / "c.md").string()}, io::Overwrite::allow);
  CHECK(io::read_file(dir / "c.md") == "new");
  CHECK(names_in(dir) == std::vector<std::string>{"c.md"});
  fs::remove_all(dir);
}

TEST_CASE("discard removes the staged files; a move hands them over once") {
  const auto dir = fresh_dir("discard");
  io::StagedFiles first(dir, {"x", "y"});
  io::StagedFiles second = std::move(first);
  CHECK(first.empty()); // NOLINT(bugprone-use-after-move): the moved-from object must own nothing
  CHECK(second.size() == 2);
  first.discard();
  CHECK(names_in(dir).size() == 2);
  second.discard();
  CHECK(names_in(dir).empty());
  fs::remove_all(dir);
}

TEST_CASE("staging into a missing directory fails and leaves nothing") {
  const auto dir = fresh_dir("missing");
  CHECK_THROWS_AS(io::StagedFiles(dir / "no-such-dir", {"x"}), IoError);
  CHECK(names_in(dir).empty());
  fs::remove_all(dir);
}

TEST_CASE("a failed rename undoes the renames before it and removes the files not yet renamed") {
  const auto dir = fresh_dir("rename");
  io::StagedFiles staged(dir, {"main", "companion"});
  // The second target's directory does not exist, so its rename fails after the first succeeded.
  CHECK_THROWS_AS(staged.commit({(dir / "d.md").string(), (dir / "gone" / "d.svg").string()}, io::Overwrite::allow), IoError);
  CHECK(staged.empty());
  CHECK(names_in(dir).empty()); // all or nothing: d.md is not left without its chart
  fs::remove_all(dir);
}

TEST_CASE("a failed rename puts back the file a forced commit had replaced") {
  const auto dir = fresh_dir("restore");
  std::ofstream(dir / "d.md") << "old report";
  io::StagedFiles staged(dir, {"new report", "companion"});
  CHECK_THROWS_AS(staged.commit({(dir / "d.md").string(), (dir / "gone" / "d.svg").string()}, io::Overwrite::allow), IoError);
  CHECK(io::read_file(dir / "d.md") == "old report");
  CHECK(names_in(dir) == std::vector<std::string>{"d.md"});
  fs::remove_all(dir);
}

TEST_CASE("create_temp_file makes distinct hidden files named after the hint") {
  const auto dir = fresh_dir("temp");
  const auto a = io::create_temp_file(dir, "report.md", "report.md");
  const auto b = io::create_temp_file(dir, "report.md", "report.md");
  ::close(a.fd);
  ::close(b.fd);
  CHECK(a.path != b.path);
  CHECK(fs::path(a.path).filename().string().rfind(".report.md.tmp-", 0) == 0);
  // Ten random characters, not the process id and a counter: nobody can plant a link there in advance.
  CHECK(fs::path(a.path).filename().string().size() == std::string(".report.md.tmp-").size() + 10);
  CHECK(fs::path(a.path).filename().string().find(std::to_string(::getpid())) == std::string::npos);
  CHECK(fs::exists(a.path));
  CHECK_THROWS_WITH_AS(io::create_temp_file(dir / "absent", "x", "x.md"), doctest::Contains("x.md: error: cannot create"), IoError);
  fs::remove_all(dir);
}
