#pragma once
// A bounded, in-order parallel map: `work` runs on up to `jobs` threads, `commit` sees the results
// one by one on the calling thread, strictly in input order. Workers may run ahead of the commits
// by at most `window` inputs, so memory holds at most `window` results however many inputs there
// are. What `commit` sees is therefore the same for any number of jobs.
#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace secaction::io {

/// How far workers may run ahead of the commits for `jobs` workers.
inline std::size_t in_order_window(unsigned jobs) { return 4 * static_cast<std::size_t>(std::max(1U, jobs)); }

/// Calls commit(input, work(input)) for every input in order; work may run on other threads
/// (jobs > 1), commit runs on the calling thread. An exception thrown by work is rethrown from
/// this call when its input's turn to be committed comes (earlier inputs are committed first);
/// an exception from commit stops the workers and propagates. Either way every thread has been
/// joined before this returns or throws.
template <typename Input, typename Work, typename Commit>
void run_in_order(const std::vector<Input>& inputs, unsigned jobs, Work&& work, Commit&& commit) {
  using Result = std::decay_t<std::invoke_result_t<Work&, const Input&>>;
  if (jobs <= 1 || inputs.size() <= 1) {
    for (const auto& input : inputs) commit(input, work(input));
    return;
  }
  struct Slot {
    std::optional<Result> result;
    std::exception_ptr error;
    [[nodiscard]] bool filled() const { return result.has_value() || error != nullptr; }
  };
  const std::size_t window = in_order_window(jobs);
  std::vector<Slot> slots(window);
  std::mutex mutex;
  std::condition_variable slot_filled;
  std::condition_variable slot_freed;
  std::size_t next = 0;
  std::size_t committed = 0;
  bool stopping = false;

  auto worker = [&] {
    for (;;) {
      std::size_t index = 0;
      {
        std::unique_lock lock(mutex);
        slot_freed.wait(lock, [&] { return stopping || next >= inputs.size() || next < committed + window; });
        if (stopping || next >= inputs.size()) return;
        index = next++;
      }
      Slot done;
      try {
        done.result.emplace(work(inputs[index]));
      } catch (...) {
        done.error = std::current_exception();
      }
      {
        const std::lock_guard lock(mutex);
        slots[index % window] = std::move(done);
      }
      slot_filled.notify_all();
    }
  };
  std::vector<std::thread> threads;
  const auto count = std::min<std::size_t>(jobs, inputs.size());
  threads.reserve(count);
  auto stop = [&] {
    {
      const std::lock_guard lock(mutex);
      stopping = true;
    }
    slot_freed.notify_all();
    for (auto& thread : threads) thread.join();
  };
  try {
    for (std::size_t i = 0; i < count; ++i) threads.emplace_back(worker);
    for (std::size_t index = 0; index < inputs.size(); ++index) {
      Slot done;
      {
        std::unique_lock lock(mutex);
        auto& slot = slots[index % window];
        slot_filled.wait(lock, [&] { return slot.filled(); });
        done = std::move(slot);
        slot = Slot{};
        committed = index + 1;
      }
      slot_freed.notify_all();
      if (done.error) std::rethrow_exception(done.error);
      commit(inputs[index], std::move(*done.result));
    }
  } catch (...) {
    stop();
    throw;
  }
  stop();
}

} // namespace secaction::io
