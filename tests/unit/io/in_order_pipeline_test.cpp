#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "secaction/io/in_order_pipeline.hpp"

using namespace secaction;

namespace {

std::vector<int> pipeline_inputs(int count) {
  std::vector<int> out;
  for (int i = 0; i < count; ++i) out.push_back(i);
  return out;
}

// Later inputs finish sooner, so without the ordering the names and commits would come out shuffled.
void pipeline_delay(int input) { std::this_thread::sleep_for(std::chrono::microseconds(150 * ((input * 7) % 5))); }

struct PipelineItem {
  int square = 0;
  int name_order = -1; // when it was named
  bool written = false;
};

} // namespace

TEST_CASE("run_pipeline_in_order names and commits in input order and writes every named input, for any number of jobs") {
  const auto inputs = pipeline_inputs(80);
  for (unsigned jobs : {1U, 2U, 3U, 8U}) {
    std::vector<int> named;
    std::vector<std::string> committed;
    std::atomic<int> writes{0};
    io::run_pipeline_in_order(
        inputs, jobs,
        [](int input) {
          pipeline_delay(input);
          return PipelineItem{input * input};
        },
        [&](int input, PipelineItem& item) {
          item.name_order = static_cast<int>(named.size());
          named.push_back(input);
        },
        [&](int input, PipelineItem& item) {
          pipeline_delay(79 - input);
          CHECK(item.name_order == input); // named before it is written
          item.written = true;
          ++writes;
        },
        [&](int input, PipelineItem item) {
          CHECK(item.written);
          committed.push_back(std::to_string(input) + ":" + std::to_string(item.square));
        });
    CHECK(writes.load() == 80);
    REQUIRE(named.size() == inputs.size());
    REQUIRE(committed.size() == inputs.size());
    for (int i = 0; i < 80; ++i) {
      CHECK(named[static_cast<std::size_t>(i)] == i);
      CHECK(committed[static_cast<std::size_t>(i)] == std::to_string(i) + ":" + std::to_string(i * i));
    }
  }
}

TEST_CASE("run_pipeline_in_order: writes run in parallel with each other and with work (jobs 2)") {
  const auto inputs = pipeline_inputs(40);
  std::atomic<int> running{0};
  std::atomic<int> most{0};
  auto busy = [&] {
    const int now = ++running;
    int seen = most.load();
    while (now > seen && !most.compare_exchange_weak(seen, now)) {
    }
    std::this_thread::sleep_for(std::chrono::microseconds(500));
    --running;
  };
  io::run_pipeline_in_order(
      inputs, 2U, [&](int input) {
        busy();
        return input;
      },
      [](int, int&) {}, [&](int, int&) { busy(); }, [](int, int) {});
  CHECK(most.load() == 2);
}

TEST_CASE("run_pipeline_in_order: no more than the window of inputs is between work and commit") {
  const auto inputs = pipeline_inputs(100);
  const unsigned jobs = 3;
  std::atomic<int> started{0};
  std::atomic<int> committed{0};
  std::atomic<int> most_ahead{0};
  io::run_pipeline_in_order(
      inputs, jobs,
      [&](int input) {
        const int ahead = ++started - committed.load();
        int seen = most_ahead.load();
        while (ahead > seen && !most_ahead.compare_exchange_weak(seen, ahead)) {
        }
        // Input 0 waits (up to 5 s) for another worker to start input 1, so that a run which goes
        // ahead in parallel is seen to, however loaded the machine; a serial run times out.
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (input == 0 && started.load() < 2 && std::chrono::steady_clock::now() < until) {
          std::this_thread::sleep_for(std::chrono::microseconds(100));
        }
        return 0;
      },
      [](int, int&) {}, [](int, int&) {},
      [&](int, int) {
        std::this_thread::sleep_for(std::chrono::microseconds(200)); // a slow commit: the workers wait for it
        ++committed;
      });
  CHECK(committed.load() == 100);
  CHECK(most_ahead.load() <= static_cast<int>(io::in_order_window(jobs)));
  CHECK(most_ahead.load() > 1); // it did run ahead in parallel (a serial run keeps any bound)
}

TEST_CASE("run_pipeline_in_order: an exception from work or write surfaces at its input's turn, after the earlier commits") {
  for (const bool in_write : {false, true}) {
    for (unsigned jobs : {1U, 2U, 4U}) {
      std::vector<int> committed;
      std::vector<int> named;
      CHECK_THROWS_WITH_AS(io::run_pipeline_in_order(
                               pipeline_inputs(50), jobs,
                               [&](int input) {
                                 if (!in_write && input == 17) throw std::runtime_error("bad input 17");
                                 return input;
                               },
                               [&](int input, int&) { named.push_back(input); },
                               [&](int input, int&) {
                                 if (in_write && input == 17) throw std::runtime_error("bad input 17");
                               },
                               [&](int input, int) { committed.push_back(input); }),
                           "bad input 17", std::runtime_error);
      REQUIRE(committed.size() == 17);
      for (int i = 0; i < 17; ++i) CHECK(committed[static_cast<std::size_t>(i)] == i);
      // An input whose work failed is never named.
      CHECK((std::find(named.begin(), named.end(), 17) != named.end()) == in_write);
    }
  }
}

TEST_CASE("run_pipeline_in_order: an exception from name or commit stops the run") {
  for (unsigned jobs : {1U, 2U, 4U}) {
    std::atomic<int> worked{0};
    CHECK_THROWS_AS(io::run_pipeline_in_order(
                        pipeline_inputs(1000), jobs,
                        [&](int input) {
                          ++worked;
                          return input;
                        },
                        [](int input, int&) {
                          if (input == 3) throw std::logic_error("name");
                        },
                        [](int, int&) {}, [](int, int) {}),
                    std::logic_error);
    CHECK(worked.load() < 1000);
    CHECK_THROWS_AS(io::run_pipeline_in_order(
                        pipeline_inputs(1000), jobs, [](int input) { return input; }, [](int, int&) {}, [](int, int&) {},
                        [](int input, int) {
                          if (input == 5) throw std::logic_error("commit");
                        }),
                    std::logic_error);
  }
}

TEST_CASE("run_pipeline_in_order with no inputs calls nothing") {
  int calls = 0;
  io::run_pipeline_in_order(
      std::vector<int>{}, 4U,
      [&](int) {
        ++calls;
        return 0;
      },
      [&](int, int&) { ++calls; }, [&](int, int&) { ++calls; }, [&](int, int) { ++calls; });
  CHECK(calls == 0);
}

TEST_CASE("run_pipeline_in_order says where the CPU time went when asked") {
  for (unsigned jobs : {1U, 2U}) {
    io::PipelineTimes times;
    // 2 ms of this thread's CPU time (not of the clock's: on a loaded machine the thread gets
    // less CPU than the time that passes, and the sums below would fall short).
    auto spin = [] {
      const auto cpu_now = [] {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
      };
      const double until = cpu_now() + 0.002;
      volatile unsigned sink = 0;
      while (cpu_now() < until) sink = sink + 1;
    };
    io::run_pipeline_in_order(
        pipeline_inputs(10), jobs,
        [&](int input) {
          spin();
          return input;
        },
        [](int, int&) {}, [&](int, int&) { spin(); }, [](int, int) {}, &times);
    CHECK(times.threads == jobs);
    CHECK(times.work >= 0.010); // 10 × 2 ms spinning, on some thread
    CHECK(times.write >= 0.010);
    CHECK(times.work < 5.0);
  }
}
