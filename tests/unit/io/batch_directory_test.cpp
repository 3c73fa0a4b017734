#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "secaction/core/error.hpp"
#include "secaction/io/batch_directory.hpp"

using namespace secaction;
namespace fs = std::filesystem;
using Written = io::BatchDirectory::Written;

namespace {

// A fresh, empty directory of this test's own to put --out-dir in.
fs::path fresh_parent(const char* name) {
  auto dir = fs::temp_directory_path() / ("secaction-unit-" + std::to_string(::getpid()) + "-batchdir-" + name);
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

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

void write_text(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

} // namespace

TEST_CASE("a new --out-dir is staged beside it, hidden, and appears whole when published") {
  const auto parent = fresh_parent("staged");
  const auto out = parent / "out";
  {
    io::BatchDirectory dir(out, io::Overwrite::refuse);
    CHECK(dir.staged());
    CHECK(dir.write({"a.md", "a.svg"}, {"report a\n", "<svg/>"}) == Written::ok);
    CHECK(dir.write({"b.md"}, {"report b\n"}) == Written::ok);
    CHECK_FALSE(fs::exists(out)); // nothing under --out-dir until the end
    const auto beside = names_in(parent);
    REQUIRE(beside.size() == 1);
    CHECK(beside[0].rfind(".out.tmp-", 0) == 0);
    dir.publish();
  }
  CHECK(names_in(parent) == std::vector<std::string>{"out"});
  CHECK(names_in(out) == std::vector<std::string>{"a.md", "a.svg", "b.md"});
  CHECK(read(out / "a.md") == "report a\n");
  CHECK(read(out / "a.svg") == "<svg/>");
}

TEST_CASE("a staged --out-dir that is never published leaves nothing behind") {
  const auto parent = fresh_parent("unpublished");
  {
    io::BatchDirectory dir(parent / "deep" / "out/", io::Overwrite::refuse);
    CHECK(dir.write({"a.md"}, {"a"}) == Written::ok);
  }
  CHECK(names_in(parent) == std::vector<std::string>{"deep"}); // its parents are made, as --out-dir always did
  CHECK(names_in(parent / "deep").empty());
}

TEST_CASE("staged: a report whose writing fails is not left half-written; the other reports are published") {
  const auto parent = fresh_parent("half");
  const auto out = parent / "out";
  // In a child process: a file size limit makes the second report's chart fail half-way.
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{1000, 1000};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    int code = 0;
    try {
      io::BatchDirectory dir(out, io::Overwrite::refuse);
      if (dir.write({"a.md", "a.svg"}, {"report a\n", "<svg/>"}) != Written::ok) code = 10;
      try {
        dir.write({"b.md", "b.svg"}, {"report b\n", std::string(5000, 'x')});
        code = 11; // the write must fail
      } catch (const IoError&) {
      }
      if (dir.write({"c.md"}, {"report c\n"}) != Written::ok) code = 12;
      dir.publish();
    } catch (...) {
      code = 13;
    }
    ::_exit(code);
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(names_in(out) == std::vector<std::string>{"a.md", "a.svg", "c.md"}); // neither b.md nor a cut b.svg
  CHECK(names_in(parent) == std::vector<std::string>{"out"});
}

TEST_CASE("an existing --out-dir: files there are not overwritten without --force, and a report comes with all its companions or none") {
  const auto parent = fresh_parent("existing");
  const auto out = parent / "out";
  fs::create_directories(out);
  write_text(out / "a.svg", "old chart");
  write_text(out / "b.md", "old report");
  io::BatchDirectory dir(out, io::Overwrite::refuse);
  CHECK_FALSE(dir.staged());
  CHECK(dir.write({"a.md", "a.svg"}, {"new report", "new chart"}) == Written::exists);
  CHECK(dir.write({"b.md", "b.svg"}, {"new report", "new chart"}) == Written::exists);
  CHECK(dir.write({"c.md", "c.svg"}, {"report c", "chart c"}) == Written::ok);
  dir.publish(); // nothing to do
  CHECK(names_in(out) == std::vector<std::string>{"a.svg", "b.md", "c.md", "c.svg"}); // no a.md without its chart, no temporaries
  CHECK(read(out / "a.svg") == "old chart");
  CHECK(read(out / "b.md") == "old report");
  CHECK(read(out / "c.svg") == "chart c");
}

TEST_CASE("an existing --out-dir with --force: files there are replaced, and a link planted there is replaced, not written through") {
  const auto parent = fresh_parent("force");
  const auto out = parent / "out";
  fs::create_directories(out);
  write_text(out / "a.md", "old report");
  write_text(parent / "victim.txt", "keep me");
  fs::create_symlink("../victim.txt", out / "a.svg");
  io::BatchDirectory dir(out, io::Overwrite::allow);
  CHECK(dir.write({"a.md", "a.svg"}, {"new report", "new chart"}) == Written::ok);
  CHECK(names_in(out) == std::vector<std::string>{"a.md", "a.svg"});
  CHECK(read(out / "a.md") == "new report");
  CHECK_FALSE(fs::is_symlink(out / "a.svg"));
  CHECK(read(parent / "victim.txt") == "keep me");
}

TEST_CASE("an --out-dir created by someone else while the batch ran is left alone without --force, merged into with it") {
  const auto parent = fresh_parent("race");
  const auto out = parent / "out";
  {
    io::BatchDirectory dir(out, io::Overwrite::refuse);
    CHECK(dir.write({"a.md"}, {"mine"}) == Written::ok);
    fs::create_directories(out);
    write_text(out / "a.md", "theirs");
    CHECK_THROWS_AS(dir.publish(), IoError);
  }
  CHECK(names_in(parent) == std::vector<std::string>{"out"});
  CHECK(names_in(out) == std::vector<std::string>{"a.md"});
  CHECK(read(out / "a.md") == "theirs");
  {
    io::BatchDirectory dir(parent / "out2", io::Overwrite::allow);
    CHECK(dir.write({"a.md", "b.md"}, {"mine a", "mine b"}) == Written::ok);
    fs::create_directories(parent / "out2");
    write_text(parent / "out2" / "a.md", "theirs");
    dir.publish();
  }
  CHECK(names_in(parent) == std::vector<std::string>{"out", "out2"});
  CHECK(read(parent / "out2" / "a.md") == "mine a");
  CHECK(read(parent / "out2" / "b.md") == "mine b");
}

TEST_CASE("an --out-dir that may not be staged (the summary goes into it) is created at once") {
  const auto parent = fresh_parent("not-staged");
  io::BatchDirectory dir(parent / "out", io::Overwrite::refuse, false);
  CHECK_FALSE(dir.staged());
  CHECK(fs::is_directory(parent / "out"));
  CHECK(dir.write({"a.md"}, {"a"}) == Written::ok);
  CHECK(names_in(parent / "out") == std::vector<std::string>{"a.md"});
}

TEST_CASE("an --out-dir that is a file is an IoError") {
  const auto parent = fresh_parent("file");
  write_text(parent / "out", "x");
  CHECK_THROWS_AS(io::BatchDirectory(parent / "out", io::Overwrite::refuse), IoError);
}
