#pragma once
// Nothing of secaction's is left behind when it is stopped by SIGINT, SIGTERM or SIGHUP: every
// temporary file is registered here while it exists, files are moved into place while holding
// the commit lock, and a signal is handled by one thread that waits for the commit in progress to
// finish, removes the temporary files and then lets the signal end the process as it would have.
// SIGKILL cannot be caught: it can leave hidden temporary files (`.NAME.tmp-XXXXXXXXXX`) beside
// the outputs, never a half-written file under an output's name.
#include <functional>
#include <mutex>
#include <shared_mutex>
#include <string>

namespace secaction::io {

/// Call once, first thing in main(), before any other thread starts: blocks SIGINT, SIGTERM and
/// SIGHUP in every thread and starts the thread that handles them. A signal that was ignored when
/// the program started (nohup, a background job of a script) stays ignored.
void install_signal_cleanup();

/// Runs `create` (which makes the file `path` and says whether it did) and, when it did, remembers
/// `path` as a temporary file to remove if the process is stopped by a signal. A signal cannot
/// fall between the two.
bool create_temporary(const std::string& path, const std::function<bool()>& create);
/// Remembers an existing temporary file (e.g. one renamed to a temporary name).
void register_temporary(const std::string& path);
/// Forgets it (it was renamed into place or removed).
void forget_temporary(const std::string& path);

/// Remembers a private directory of secaction's (a batch's staging directory, io::BatchDirectory)
/// to remove with every file in it if the process is stopped by a signal. Files are created in it
/// only while holding hold_creations(), so none can appear once the removal has begun.
void register_temporary_directory(const std::string& path);
/// Forgets it (it was renamed into place).
void forget_temporary_directory(const std::string& path);
/// Removes it with every file in it, and forgets it.
void remove_temporary_directory(const std::string& path) noexcept;
/// Held (shared: any number of threads at once) while a file is created in a temporary directory.
[[nodiscard]] std::shared_lock<std::shared_mutex> hold_creations();

/// Held while files are moved into place: a signal is acted on between commits, never in one.
[[nodiscard]] std::unique_lock<std::mutex> hold_commits();

} // namespace secaction::io
