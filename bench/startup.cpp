// The start-up launcher of bench/run (issue 19, targets 1 and 2): how long a command takes from
// being started to having exited, and nothing else.
//
//   secaction-bench-startup RUNS OUTPUT COMMAND... [-- COMMAND...]...
//
// Starts each COMMAND (a program path and its arguments; commands are separated by `--`) RUNS
// times, interleaved (run 1 of every command, then run 2, ...) so that whatever else the machine
// does weighs on all of them alike. Each run is started with posix_spawn (glibc's uses clone with
// CLONE_VM | CLONE_VFORK: no copy of this process's page tables) and timed on CLOCK_MONOTONIC from
// just before the spawn to just after wait4 returns; stdout and stderr go to the file OUTPUT
// (truncated for each run), stdin is inherited.
//
// Why not the shell: bench/run once timed `"${command[@]}"` from bash, which forks bash itself
// for every run and read the clock through a command substitution (another fork) after it. On a
// machine whose page faults cost 10-15 us each that was 6-8 ms per run, paid by /bin/true and
// secaction alike, so an absolute target measured the shell and a ratio was diluted by it.
//
// Prints one line per command, in the order given: its index, the RUNS wall times in
// microseconds, and the RUNS counts of minor page faults (from wait4's rusage), tab-separated
// groups of space-separated numbers. A run that exits other than with status 0 stops the
// launcher with status 1 and names the command: a start-up figure of a failing run means nothing.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

namespace {

struct Sample {
  long wall_us;
  long minor_faults;
};

long elapsed_us(const timespec& start, const timespec& end) {
  return (end.tv_sec - start.tv_sec) * 1000000L + (end.tv_nsec - start.tv_nsec) / 1000L;
}

std::string describe(const std::vector<char*>& command) {
  std::string text;
  for (const char* word : command) {
    if (word == nullptr) break;
    if (!text.empty()) text += ' ';
    text += word;
  }
  return text;
}

// One run of COMMAND (null-terminated argv), its output to OUTPUT. Exits the launcher on failure.
Sample run_once(std::vector<char*>& command, const char* output) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  timespec start{};
  timespec end{};
  pid_t child = 0;
  clock_gettime(CLOCK_MONOTONIC, &start);
  const int spawn_error = posix_spawn(&child, command[0], &actions, nullptr, command.data(), environ);
  int status = 0;
  rusage usage{};
  if (spawn_error == 0) {
    while (wait4(child, &status, 0, &usage) < 0 && errno == EINTR) {}
  }
  clock_gettime(CLOCK_MONOTONIC, &end);
  posix_spawn_file_actions_destroy(&actions);
  if (spawn_error != 0) {
    std::fprintf(stderr, "secaction-bench-startup: cannot start %s: %s\n", command[0], std::strerror(spawn_error));
    std::exit(1);
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "secaction-bench-startup: `%s` failed (status %d); its output is in %s\n", describe(command).c_str(),
                 WIFEXITED(status) ? WEXITSTATUS(status) : -1, output);
    std::exit(1);
  }
  return {elapsed_us(start, end), usage.ru_minflt};
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: secaction-bench-startup RUNS OUTPUT COMMAND... [-- COMMAND...]...\n");
    return 2;
  }
  const int runs = std::atoi(argv[1]);
  const char* output = argv[2];
  if (runs < 1) {
    std::fprintf(stderr, "secaction-bench-startup: RUNS must be a positive number, not %s\n", argv[1]);
    return 2;
  }
  std::vector<std::vector<char*>> commands(1);
  for (int i = 3; i < argc; ++i) {
    if (std::strcmp(argv[i], "--") == 0) {
      commands.emplace_back();
    } else {
      commands.back().push_back(argv[i]);
    }
  }
  for (auto& command : commands) {
    if (command.empty()) {
      std::fprintf(stderr, "secaction-bench-startup: an empty command (two `--` in a row, or one at an end)\n");
      return 2;
    }
    command.push_back(nullptr);
  }
  std::vector<std::vector<Sample>> samples(commands.size());
  for (int run = 0; run < runs; ++run) {
    for (std::size_t i = 0; i < commands.size(); ++i) samples[i].push_back(run_once(commands[i], output));
  }
  for (std::size_t i = 0; i < commands.size(); ++i) {
    std::printf("%zu\t", i);
    for (std::size_t r = 0; r < samples[i].size(); ++r) std::printf(r == 0 ? "%ld" : " %ld", samples[i][r].wall_us);
    std::printf("\t");
    for (std::size_t r = 0; r < samples[i].size(); ++r) std::printf(r == 0 ? "%ld" : " %ld", samples[i][r].minor_faults);
    std::printf("\n");
  }
  return 0;
}
