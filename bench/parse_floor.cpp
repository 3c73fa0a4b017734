// The floors of bench/run: what any tool must do for a batch job, so that "secaction time / floor
// time" is what secaction adds to it.
//
//   secaction-bench-parse-floor DIR...
//     The parse floor: loads every .yaml file under the DIRs with yaml-cpp and does nothing else.
//
//   secaction-bench-parse-floor [--jobs N] --job SIZES OUT_DIR [--summary BYTES SUMMARY_FILE] DIR...
//     The job floor: the same parse, and after each input writes that input's share of the output
//     files listed in SIZES into OUT_DIR (created if missing), each one atomically: a temporary
//     file created with O_CREAT | O_EXCL in the target's own directory, written, closed and
//     renamed onto the target name. With --summary, BYTES bytes of summary are also written,
//     each input's share after it, through one buffered stream to a temporary file renamed to
//     SUMMARY_FILE at the end (one row per input, as a batch's summary file is).
//
// With --jobs N (N > 1), N threads share the inputs (thread t takes inputs t, t + N, ...), each
// parsing its inputs and writing their shares of the outputs, as secaction's workers do; the
// summary is written after they finish. This is the job floor's own speed-up from N threads: what
// the file system and the parser give to any tool that runs the job on N cores.
//
// SIZES is a text file with one output file per line, `BYTES<TAB>RELATIVE_PATH`, in the order in
// which to write them. bench/run makes it from secaction's own output directory of the same run,
// sorted by path (`find OUT -type f -printf '%s\t%P\n' | LC_ALL=C sort -t$'\t' -k2`), so the
// floor writes the same number of files, with the same names and the same sizes, as secaction.
// How outputs are paired with inputs: input i of N (in byte order of their paths) writes the
// entries [i*F/N, (i+1)*F/N) of the F listed files. secaction names reports after the
// organisation, not the input file, so this does not give each input its own report's size;
// it gives each input the same number of files (a report and its chart sit next to each other
// in path order) and the whole run the same bytes and file count, which is what the file system
// is asked to do. The file contents are filler: the bytes written, not their values, cost the
// file system.
//
// Files are read in byte order of their paths, like secaction's batch runs; a file that does not
// parse is counted, not fatal (the generator's --malformed files). Nothing here is specific to
// secaction beyond the list of sizes.
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#include <yaml-cpp/yaml.h>

namespace {
namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "secaction-bench-parse-floor: %s\n", what.c_str());
  std::exit(4);
}

struct Output {
  std::size_t bytes = 0;
  std::string path; // relative to the output directory
};

std::vector<Output> read_sizes(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) fail("cannot read " + file);
  std::vector<Output> outputs;
  std::string line;
  while (std::getline(in, line)) {
    const auto tab = line.find('\t');
    if (tab == std::string::npos || tab == 0 || tab + 1 == line.size()) fail(file + ": not BYTES<TAB>PATH: " + line);
    outputs.push_back({std::strtoull(line.substr(0, tab).c_str(), nullptr, 10), line.substr(tab + 1)});
  }
  return outputs;
}

// Writes `bytes` bytes of `filler` to `target` atomically: temp file (O_CREAT | O_EXCL) in the
// target's directory, write, close, rename.
void write_atomically(const fs::path& target, std::size_t bytes, const std::string& filler, const std::string& serial) {
  const fs::path temp = target.parent_path() / (".floor-" + serial + ".tmp");
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) fail("cannot create " + temp.string() + ": " + std::strerror(errno));
  std::size_t done = 0;
  while (done < bytes) {
    const ssize_t wrote = ::write(fd, filler.data(), std::min(bytes - done, filler.size()));
    if (wrote <= 0) fail("cannot write " + temp.string() + ": " + std::strerror(errno));
    done += static_cast<std::size_t>(wrote);
  }
  if (::close(fd) != 0) fail("cannot close " + temp.string() + ": " + std::strerror(errno));
  if (::rename(temp.c_str(), target.c_str()) != 0) fail("cannot rename to " + target.string() + ": " + std::strerror(errno));
}

} // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string sizes_file;
  fs::path out_dir;
  std::size_t summary_bytes = 0;
  fs::path summary_file;
  std::size_t first = 0;
  unsigned jobs = 1;
  if (args.size() >= 2 && args[0] == "--jobs") {
    jobs = static_cast<unsigned>(std::max(1UL, std::strtoul(args[1].c_str(), nullptr, 10)));
    first = 2;
  }
  if (args.size() > first && args[first] == "--job") {
    if (args.size() < first + 3) fail("usage: [--jobs N] --job SIZES OUT_DIR [--summary BYTES FILE] DIR...");
    sizes_file = args[first + 1];
    out_dir = args[first + 2];
    first += 3;
    if (args.size() > first && args[first] == "--summary") {
      if (args.size() < first + 3) fail("usage: --summary BYTES FILE");
      summary_bytes = std::strtoull(args[first + 1].c_str(), nullptr, 10);
      summary_file = args[first + 2];
      first += 3;
    }
  }
  std::vector<std::string> files;
  for (std::size_t i = first; i < args.size(); ++i) {
    for (const auto& entry : fs::recursive_directory_iterator(args[i])) {
      if (entry.is_regular_file() && entry.path().extension() == ".yaml") files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());

  const bool job = !sizes_file.empty();
  std::vector<Output> outputs;
  std::string filler;
  std::FILE* summary = nullptr;
  fs::path summary_temp;
  if (job) {
    outputs = read_sizes(sizes_file);
    std::size_t largest = 0;
    std::set<fs::path> directories{out_dir};
    for (const auto& output : outputs) {
      largest = std::max(largest, output.bytes);
      directories.insert((out_dir / output.path).parent_path());
    }
    filler.assign(std::max<std::size_t>(largest, 4096), 'x');
    for (const auto& directory : directories) fs::create_directories(directory); // like secaction's --out-dir
    if (!summary_file.empty()) {
      summary_temp = summary_file.parent_path() / (".floor-summary-" + std::to_string(::getpid()) + ".tmp");
      const int fd = ::open(summary_temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (fd < 0 || (summary = ::fdopen(fd, "w")) == nullptr) fail("cannot create " + summary_temp.string());
    }
  }

  std::atomic<std::size_t> parsed = 0;
  std::atomic<std::size_t> failed = 0;
  std::atomic<std::size_t> written = 0;
  const std::size_t count = files.size();
  const auto write_summary_share = [&](std::size_t from, std::size_t to) {
    const std::size_t share = to * summary_bytes / count - from * summary_bytes / count;
    for (std::size_t done = 0; done < share; done += std::min(share - done, filler.size())) {
      std::fwrite(filler.data(), 1, std::min(share - done, filler.size()), summary);
    }
  };
  // Input i: parse it, then write its share of the outputs, [i*F/N, (i+1)*F/N).
  const auto process = [&](std::size_t i, unsigned worker) {
    try {
      const YAML::Node root = YAML::LoadFile(files[i]);
      parsed += root.IsMap() ? 1 : 0;
    } catch (const YAML::Exception&) {
      ++failed;
    }
    if (!job) return;
    const std::size_t end = (i + 1) * outputs.size() / count;
    for (std::size_t k = i * outputs.size() / count; k < end; ++k) {
      write_atomically(out_dir / outputs[k].path, outputs[k].bytes, filler, std::to_string(worker) + "-" + std::to_string(k));
      ++written;
    }
  };
  if (jobs == 1) {
    for (std::size_t i = 0; i < count; ++i) {
      process(i, 0);
      if (summary != nullptr) write_summary_share(i, i + 1);
    }
  } else {
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < jobs; ++t) {
      workers.emplace_back([&, t] {
        for (std::size_t i = t; i < count; i += jobs) process(i, t);
      });
    }
    for (auto& worker : workers) worker.join();
    if (summary != nullptr && count > 0) write_summary_share(0, count);
  }
  if (summary != nullptr) {
    if (std::fclose(summary) != 0) fail("cannot write " + summary_temp.string());
    if (::rename(summary_temp.c_str(), summary_file.c_str()) != 0) fail("cannot rename to " + summary_file.string());
  }
  std::fprintf(stderr, "secaction-bench-parse-floor: %zu files, %zu maps, %zu failed", count, parsed.load(), failed.load());
  if (job) std::fprintf(stderr, "; wrote %zu files%s", written.load(), summary_file.empty() ? "" : " and a summary");
  if (jobs > 1) std::fprintf(stderr, " (%u threads)", jobs);
  std::fprintf(stderr, "\n");
  return 0;
}
