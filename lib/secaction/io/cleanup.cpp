#include "secaction/io/cleanup.hpp"

#include <csignal>
#include <string_view>
#include <thread>
#include <unordered_set>

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

namespace secaction::io {
namespace {

// Order: the commit lock before the registry's (the signal thread takes both).
std::mutex& commit_mutex() {
  static std::mutex mutex;
  return mutex;
}

// Shared by threads creating files in a temporary directory, taken alone by the signal thread.
std::shared_mutex& creation_gate() {
  static std::shared_mutex gate;
  return gate;
}

struct Registry {
  std::mutex mutex;
  std::unordered_set<std::string> paths;
  std::unordered_set<std::string> directories;
};

// Removes a flat directory of secaction's and what is in it (no subdirectories are ever made there).
void remove_directory(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd >= 0) {
    if (DIR* dir = ::fdopendir(fd)) {
      while (const dirent* entry = ::readdir(dir)) {
        const std::string_view name = entry->d_name;
        if (name != "." && name != "..") ::unlinkat(fd, entry->d_name, 0);
      }
      ::closedir(dir); // closes fd
    } else {
      ::close(fd);
    }
  }
  ::rmdir(path.c_str());
}

Registry& registry() {
  static Registry instance;
  return instance;
}

[[noreturn]] void clean_up_and_die(int signal_number) {
  // Never unlocked: nothing may be committed or staged once the process is going.
  commit_mutex().lock();
  creation_gate().lock(); // waits for files being created in a temporary directory
  Registry& temporaries = registry();
  temporaries.mutex.lock();
  for (const auto& path : temporaries.paths) ::unlink(path.c_str());
  for (const auto& path : temporaries.directories) remove_directory(path);
  // End the way the signal would have (the parent sees "killed by SIGTERM").
  std::signal(signal_number, SIG_DFL);
  sigset_t only;
  sigemptyset(&only);
  sigaddset(&only, signal_number);
  pthread_sigmask(SIG_UNBLOCK, &only, nullptr);
  std::raise(signal_number);
  ::_exit(128 + signal_number); // not reached
}

} // namespace

void install_signal_cleanup() {
  sigset_t handled;
  sigemptyset(&handled);
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction current {};
    if (sigaction(signal_number, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) continue;
    sigaddset(&handled, signal_number);
  }
  if (sigisemptyset(&handled) != 0) return;
  pthread_sigmask(SIG_BLOCK, &handled, nullptr);
  std::thread([handled] {
    int signal_number = 0;
    while (sigwait(&handled, &signal_number) != 0) {
    }
    clean_up_and_die(signal_number);
  }).detach();
}

bool create_temporary(const std::string& path, const std::function<bool()>& create) {
  const std::lock_guard lock(registry().mutex);
  if (!create()) return false;
  registry().paths.insert(path);
  return true;
}

void register_temporary(const std::string& path) {
  const std::lock_guard lock(registry().mutex);
  registry().paths.insert(path);
}

void forget_temporary(const std::string& path) {
  const std::lock_guard lock(registry().mutex);
  registry().paths.erase(path);
}

void register_temporary_directory(const std::string& path) {
  const std::lock_guard lock(registry().mutex);
  registry().directories.insert(path);
}

void forget_temporary_directory(const std::string& path) {
  const std::lock_guard lock(registry().mutex);
  registry().directories.erase(path);
}

void remove_temporary_directory(const std::string& path) noexcept {
  remove_directory(path);
  forget_temporary_directory(path);
}

std::shared_lock<std::shared_mutex> hold_creations() { return std::shared_lock(creation_gate()); }

std::unique_lock<std::mutex> hold_commits() { return std::unique_lock(commit_mutex()); }

} // namespace secaction::io
