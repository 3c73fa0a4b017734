#include "secaction/io/cleanup.hpp"

#include <csignal>
#include <thread>
#include <unordered_set>

#include <pthread.h>
#include <unistd.h>

namespace secaction::io {
namespace {

// Order: the commit lock before the registry's (the signal thread takes both).
std::mutex& commit_mutex() {
  static std::mutex mutex;
  return mutex;
}

struct Registry {
  std::mutex mutex;
  std::unordered_set<std::string> paths;
};

Registry& registry() {
  static Registry instance;
  return instance;
}

[[noreturn]] void clean_up_and_die(int signal_number) {
  // Never unlocked: nothing may be committed or staged once the process is going.
  commit_mutex().lock();
  Registry& temporaries = registry();
  temporaries.mutex.lock();
  for (const auto& path : temporaries.paths) ::unlink(path.c_str());
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

std::unique_lock<std::mutex> hold_commits() { return std::unique_lock(commit_mutex()); }

} // namespace secaction::io
