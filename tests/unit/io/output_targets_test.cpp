// Where outputs go when the name is not a plain new file: devices, FIFOs, links, descriptors, a
// name taken meanwhile, a long name. Device nodes are made with mknod in a scratch directory
// (never the real /dev); the cases that need root say so and are skipped without it.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <future>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"
#include "secaction/io/output_files.hpp"

using namespace secaction;
namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const char* name) {
  auto dir = fs::temp_directory_path() / ("secaction-targets-" + std::to_string(::getpid()) + "-" + name);
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

bool make_device(const fs::path& path, mode_t kind, unsigned major, unsigned minor) {
  return ::mknod(path.c_str(), kind | 0666, makedev(major, minor)) == 0;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

} // namespace

TEST_CASE("a character device is written to, never replaced, and needs no --force") {
  const auto dir = fresh_dir("chr");
  const auto null_device = dir / "null";
  if (!make_device(null_device, S_IFCHR, 1, 3)) {
    MESSAGE("skipped: mknod needs root");
    return;
  }
  io::write_file_atomically(null_device, "report\n", io::Overwrite::refuse);
  io::write_file_atomically(null_device, "report\n", io::Overwrite::allow);
  CHECK(fs::is_character_file(null_device));
  CHECK(names_in(dir) == std::vector<std::string>{"null"});
  CHECK(io::is_stream_target(null_device.string()));
  // /dev/full's error reaches the caller.
  const auto full_device = dir / "full";
  REQUIRE(make_device(full_device, S_IFCHR, 1, 7));
  CHECK_THROWS_WITH_AS(io::write_file_atomically(full_device, "x", io::Overwrite::allow),
                       doctest::Contains("cannot write: No space left on device"), IoError);
  CHECK(fs::is_character_file(full_device));
  fs::remove_all(dir);
}

TEST_CASE("a block device is refused and left alone") {
  const auto dir = fresh_dir("blk");
  const auto disk = dir / "disk";
  if (!make_device(disk, S_IFBLK, 7, 0)) {
    MESSAGE("skipped: mknod needs root");
    return;
  }
  CHECK_THROWS_WITH_AS(io::write_file_atomically(disk, "x", io::Overwrite::allow), doctest::Contains("is a block device"), IoError);
  CHECK(fs::is_block_file(disk));
  CHECK(names_in(dir) == std::vector<std::string>{"disk"});
  fs::remove_all(dir);
}

TEST_CASE("a FIFO gets the report through it and stays a FIFO") {
  const auto dir = fresh_dir("fifo");
  const auto fifo = dir / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  auto reader = std::async(std::launch::async, [&] { return slurp(fifo); });
  io::write_file_atomically(fifo, "through the pipe\n", io::Overwrite::refuse);
  CHECK(reader.get() == "through the pipe\n");
  CHECK(fs::is_fifo(fifo));
  CHECK(names_in(dir) == std::vector<std::string>{"pipe"});
  fs::remove_all(dir);
}

TEST_CASE("a descriptor name writes to that descriptor") {
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  const std::string name = "/dev/fd/" + std::to_string(pipe_fds[1]);
  CHECK(io::is_stream_target(name));
  io::write_file_atomically(name, "to the descriptor", io::Overwrite::refuse);
  ::close(pipe_fds[1]);
  char buffer[64] = {};
  CHECK(::read(pipe_fds[0], buffer, sizeof buffer) == 17);
  CHECK(std::string(buffer) == "to the descriptor");
  ::close(pipe_fds[0]);
  CHECK_THROWS_WITH_AS(io::write_file_atomically("/proc/self/fd/999", "x", io::Overwrite::allow),
                       doctest::Contains("descriptor 999 is not open"), IoError);
}

TEST_CASE("a symbolic link to a file is followed: the link stays, its target gets the report") {
  const auto dir = fresh_dir("link");
  std::ofstream(dir / "real.md") << "old";
  fs::create_symlink("real.md", dir / "link.md");
  CHECK_THROWS_WITH_AS(io::write_file_atomically(dir / "link.md", "new", io::Overwrite::refuse), doctest::Contains("already exists"),
                       IoError);
  io::write_file_atomically(dir / "link.md", "new", io::Overwrite::allow);
  CHECK(fs::is_symlink(dir / "link.md"));
  CHECK(slurp(dir / "real.md") == "new");
  CHECK(names_in(dir) == std::vector<std::string>{"link.md", "real.md"});
  // A link to nothing is neither followed nor replaced.
  fs::create_symlink("nowhere.md", dir / "dangling.md");
  CHECK_THROWS_WITH_AS(io::write_file_atomically(dir / "dangling.md", "x", io::Overwrite::allow),
                       doctest::Contains("symbolic link to a file that does not exist"), IoError);
  CHECK(fs::is_symlink(dir / "dangling.md"));
  CHECK_FALSE(fs::exists(dir / "nowhere.md"));
  fs::remove_all(dir);
}

TEST_CASE("refusing to overwrite holds even when the file appears while the report is written") {
  const auto dir = fresh_dir("race");
  io::AtomicFileWriter writer(dir / "r.json", io::Overwrite::refuse); // nothing there yet
  writer.append("ours");
  std::ofstream(dir / "r.json") << "theirs"; // another run wins meanwhile
  CHECK_THROWS_WITH_AS(writer.commit(), doctest::Contains("already exists"), IoError);
  CHECK(slurp(dir / "r.json") == "theirs");
  CHECK(names_in(dir) == std::vector<std::string>{"r.json"});
  fs::remove_all(dir);
}

TEST_CASE("a 250-byte output name is written: the temporary name is cut to fit NAME_MAX") {
  const auto dir = fresh_dir("long");
  const std::string name = std::string(247, 'a') + ".md";
  io::write_file_atomically(dir / name, "long", io::Overwrite::refuse);
  CHECK(names_in(dir) == std::vector<std::string>{name});
  fs::remove_all(dir);
}

TEST_CASE("a missing output directory is named") {
  const auto dir = fresh_dir("nodir");
  const auto target = dir / "no" / "such" / "r.md";
  CHECK_THROWS_WITH_AS(io::write_file_atomically(target, "x", io::Overwrite::allow),
                       doctest::Contains(("the directory " + (dir / "no" / "such").string() + " does not exist").c_str()), IoError);
  CHECK(names_in(dir).empty());
  fs::remove_all(dir);
}

TEST_CASE("inputs must be regular files; a FIFO is refused at once instead of hanging") {
  const auto dir = fresh_dir("inputs");
  const auto fifo = dir / "answers.yaml";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0); // no writer: a blocking open would wait for ever
  CHECK_THROWS_WITH_AS(io::read_file(fifo), doctest::Contains("is a FIFO (named pipe), not a regular file"), IoError);
  if (make_device(dir / "zero", S_IFCHR, 1, 5)) { // /dev/zero would never end
    CHECK_THROWS_WITH_AS(io::read_file(dir / "zero"), doctest::Contains("is a character device, not a regular file"), IoError);
  }
  fs::remove_all(dir);
}

TEST_CASE("output files: one path twice in a run is a usage error before anything is written") {
  const auto dir = fresh_dir("twice");
  io::OutputFiles files(io::Overwrite::refuse);
  files.add((dir / "t.md").string(), "report", "the report");
  CHECK_THROWS_WITH_AS(files.add((dir / "sub" / ".." / "t.md").string(), "chart", "the chart"),
                       doctest::Contains("is both the report and the chart"), UsageError);
  fs::create_directories(dir / "real");
  fs::create_symlink("real", dir / "alias");
  io::OutputFiles linked(io::Overwrite::refuse);
  linked.add((dir / "real" / "x.md").string(), "a", "the report");
  CHECK_THROWS_AS(linked.add((dir / "alias" / "x.md").string(), "b", "the chart"), UsageError);
  // Streams may repeat: both to /dev/stdout is what was asked.
  CHECK_NOTHROW(io::refuse_same_path({{"/dev/stdout", "the report"}, {"/dev/stdout", "the chart"}}));
  fs::remove_all(dir);
}

TEST_CASE("output files: all or nothing, and every file in the way is named") {
  const auto dir = fresh_dir("set");
  {
    io::OutputFiles files(io::Overwrite::refuse);
    files.add((dir / "m.yaml").string(), "merged", "the merged answer file");
    files.add((dir / "missing" / "p.md").string(), "provenance", "the provenance");
    CHECK_THROWS_AS(files.commit(), IoError);
    CHECK(names_in(dir).empty());
  }
  std::ofstream(dir / "report.md") << "old report";
  std::ofstream(dir / "report.svg") << "old chart";
  {
    io::OutputFiles files(io::Overwrite::refuse);
    files.add((dir / "report.md").string(), "new", "the report");
    files.add((dir / "report.svg").string(), "new", "the chart");
    CHECK_THROWS_WITH_AS(files.commit(), doctest::Contains(("report.md: error: already exists, and so does " + (dir / "report.svg").string()).c_str()),
                         IoError);
  }
  {
    io::OutputFiles files(io::Overwrite::allow);
    files.add((dir / "report.md").string(), "new report", "the report");
    files.add((dir / "report.svg").string(), "new chart", "the chart");
    files.commit();
  }
  CHECK(slurp(dir / "report.md") == "new report");
  CHECK(slurp(dir / "report.svg") == "new chart");
  CHECK(names_in(dir) == std::vector<std::string>{"report.md", "report.svg"}); // no temporary or backup left
  fs::remove_all(dir);
}
