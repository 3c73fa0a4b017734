#pragma once
// A bounded parallel pipeline with two in-order steps, for a batch that names its outputs in input
// order but writes them in parallel:
//
//   work(input)         -> result   any thread, in parallel  (parse, score, render)
//   name(input, result&)            in input order, one at a time (claim the output's name)
//   write(input, result&)           any thread, in parallel  (write the files under that name)
//   commit(input, result&&)         in input order, one at a time (summary row, messages)
//
// There is no collector thread: the calling thread is one of the `jobs` workers, and whichever
// worker finds the next input in order ready runs its in-order step (which must be short), so the
// in-order steps never wait for a thread to be scheduled and never compete with the workers for a
// core. What name and commit see is the same for any number of jobs. At most `window` inputs are
// between work and commit, so memory is flat in the number of inputs.
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace secaction::io {

/// How far workers may run ahead of the commits for `jobs` workers: at most this many inputs are
/// between work and commit, so memory holds at most `window` results however many inputs there are.
inline std::size_t in_order_window(unsigned jobs) { return 4 * static_cast<std::size_t>(std::max(1U, jobs)); }

/// Where a pipeline's threads spent their time, for -v and the performance notes: the CPU time of
/// the four steps (seconds, summed over threads: the thread's own CPU clock, so a loaded machine
/// does not inflate them) and the wall time the threads waited (nothing to do until an earlier
/// input is done, or the window is full).
struct PipelineTimes {
  double work = 0;
  double name = 0;
  double write = 0;
  double commit = 0;
  double wait = 0;
  unsigned threads = 0;
};

/// Runs the four steps above for every input. An exception from work or write is rethrown from
/// this call when its input's turn to be committed comes (earlier inputs are committed first; name
/// is skipped for an input whose work threw); an exception from name or commit stops the workers
/// and propagates. Either way every thread has been joined before this returns or throws. With
/// `measured`, says there where the time went.
template <typename Input, typename Work, typename Name, typename Write, typename Commit>
void run_pipeline_in_order(const std::vector<Input>& inputs, unsigned jobs, Work&& work, Name&& name, Write&& write,
                           Commit&& commit, PipelineTimes* measured = nullptr) {
  using Result = std::decay_t<std::invoke_result_t<Work&, const Input&>>;
  // Measured only when asked (a clock read is a system call for the thread's CPU clock).
  const bool measure = measured != nullptr;
  using Clock = std::chrono::steady_clock;
  const auto cpu_now = [measure] {
    timespec now{};
    if (measure) ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
  };
  const auto seconds_since = [&](double start) { return measure ? cpu_now() - start : 0.0; };
  PipelineTimes times;
  struct Report { // hands the times to the caller on every way out
    PipelineTimes* to;
    PipelineTimes& times;
    ~Report() {
      if (to) *to = times;
    }
  } report{measured, times};
  if (jobs <= 1 || inputs.size() <= 1) {
    times.threads = 1;
    for (const auto& input : inputs) {
      double start = cpu_now();
      Result result = work(input);
      times.work += seconds_since(start);
      start = cpu_now();
      name(input, result);
      times.name += seconds_since(start);
      start = cpu_now();
      write(input, result);
      times.write += seconds_since(start);
      start = cpu_now();
      commit(input, std::move(result));
      times.commit += seconds_since(start);
    }
    return;
  }
  enum class Stage { empty, worked, named, written };
  struct Slot {
    std::optional<Result> result;
    std::exception_ptr error;
    Stage stage = Stage::empty;
  };
  const std::size_t total = inputs.size();
  const std::size_t window = in_order_window(jobs);
  std::vector<Slot> slots(window);
  std::deque<std::size_t> to_write; // named, not yet taken by a writer
  std::size_t next_work = 0;        // the next input to start
  std::size_t next_name = 0;        // the next input to name
  std::size_t next_commit = 0;      // the next input to commit
  bool stopping = false;
  std::exception_ptr failure; // from name or commit, or the error of a work/write at its commit
  std::mutex mutex;
  std::condition_variable changed;

  // Runs the in-order steps that are ready. Called with the lock held; they are short.
  auto advance_in_order = [&] {
    bool progressed = false;
    while (!stopping && next_name < next_work && slots[next_name % window].stage == Stage::worked) {
      Slot& slot = slots[next_name % window];
      if (slot.error) {
        slot.stage = Stage::written; // nothing to name or write; the error comes out at its commit
      } else {
        try {
          const double start = cpu_now();
          name(inputs[next_name], *slot.result);
          times.name += seconds_since(start);
        } catch (...) {
          failure = std::current_exception();
          stopping = true;
          break;
        }
        slot.stage = Stage::named;
        to_write.push_back(next_name);
      }
      ++next_name;
      progressed = true;
    }
    while (!stopping && next_commit < next_name && slots[next_commit % window].stage == Stage::written) {
      Slot done = std::move(slots[next_commit % window]);
      slots[next_commit % window] = Slot{};
      const std::size_t index = next_commit++;
      progressed = true;
      if (done.error) {
        failure = done.error;
        stopping = true;
        break;
      }
      try {
        const double start = cpu_now();
        commit(inputs[index], std::move(*done.result));
        times.commit += seconds_since(start);
      } catch (...) {
        failure = std::current_exception();
        stopping = true;
        break;
      }
    }
    return progressed || stopping;
  };

  auto worker = [&] {
    std::unique_lock lock(mutex);
    for (;;) {
      if (advance_in_order()) changed.notify_all();
      if (stopping || next_commit == total) return;
      if (!to_write.empty()) {
        const std::size_t index = to_write.front();
        to_write.pop_front();
        Slot& slot = slots[index % window]; // only this thread touches it until its stage changes
        lock.unlock();
        const double start = cpu_now();
        try {
          write(inputs[index], *slot.result);
        } catch (...) {
          slot.error = std::current_exception();
        }
        const double took = seconds_since(start);
        lock.lock();
        times.write += took;
        slot.stage = Stage::written;
        continue;
      }
      if (next_work < total && next_work < next_commit + window) {
        const std::size_t index = next_work++;
        Slot& slot = slots[index % window];
        lock.unlock();
        const double start = cpu_now();
        Slot done;
        try {
          done.result.emplace(work(inputs[index]));
        } catch (...) {
          done.error = std::current_exception();
        }
        done.stage = Stage::worked;
        const double took = seconds_since(start);
        lock.lock();
        times.work += took;
        slot = std::move(done);
        continue;
      }
      const auto start = measure ? Clock::now() : Clock::time_point();
      changed.wait(lock);
      if (measure) times.wait += std::chrono::duration<double>(Clock::now() - start).count();
    }
  };

  std::vector<std::thread> threads;
  const auto count = std::min<std::size_t>(jobs, total);
  times.threads = static_cast<unsigned>(count);
  threads.reserve(count - 1);
  try {
    for (std::size_t i = 1; i < count; ++i) threads.emplace_back(worker);
  } catch (...) {
    {
      const std::lock_guard lock(mutex);
      stopping = true;
    }
    changed.notify_all();
    for (auto& thread : threads) thread.join();
    throw;
  }
  worker(); // the calling thread is a worker too
  {
    const std::lock_guard lock(mutex);
    stopping = true;
  }
  changed.notify_all();
  for (auto& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
}

} // namespace secaction::io
