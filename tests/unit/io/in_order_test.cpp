#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>

#include "secaction/io/in_order.hpp"

using namespace secaction;

namespace {

std::vector<int> numbers(int count) {
  std::vector<int> out;
  for (int i = 0; i < count; ++i) out.push_back(i);
  return out;
}

// Later inputs finish sooner, so without the ordering the commits would come out reversed.
void sleep_for_input(int input) { std::this_thread::sleep_for(std::chrono::microseconds(200 * ((input * 7) % 5))); }

} // namespace

TEST_CASE("run_in_order commits every result in input order, for any number of jobs") {
  const auto inputs = numbers(60);
  for (unsigned jobs : {1U, 2U, 8U}) {
    std::vector<std::string> committed;
    io::run_in_order(
        inputs, jobs,
        [](int input) {
          sleep_for_input(input);
          return std::to_string(input * input);
        },
        [&](int input, std::string result) { committed.push_back(std::to_string(input) + ":" + result); });
    REQUIRE(committed.size() == inputs.size());
    for (int i = 0; i < 60; ++i) CHECK(committed[static_cast<std::size_t>(i)] == std::to_string(i) + ":" + std::to_string(i * i));
  }
}

TEST_CASE("run_in_order: workers never run more than the window ahead of the commits") {
  const auto inputs = numbers(100);
  const unsigned jobs = 3;
  std::atomic<int> started{0};
  std::atomic<int> committed{0};
  std::atomic<int> most_ahead{0};
  io::run_in_order(
      inputs, jobs,
      [&](int) {
        const int ahead = ++started - committed.load();
        int seen = most_ahead.load();
        while (ahead > seen && !most_ahead.compare_exchange_weak(seen, ahead)) {
        }
        return 0;
      },
      [&](int, int) {
        // A slow collector: the workers must wait for it rather than pile up results.
        std::this_thread::sleep_for(std::chrono::microseconds(300));
        ++committed;
      });
  CHECK(committed == 100);
  // +1: the runner frees a slot just before it calls commit, which is where this test counts.
  CHECK(most_ahead.load() <= static_cast<int>(io::in_order_window(jobs)) + 1);
  CHECK(most_ahead.load() > 1); // it did run ahead in parallel
}

TEST_CASE("run_in_order: an exception from work surfaces at its input's turn, after the earlier commits") {
  const auto inputs = numbers(20);
  for (unsigned jobs : {1U, 4U}) {
    std::vector<int> committed;
    CHECK_THROWS_WITH_AS(io::run_in_order(
                             inputs, jobs,
                             [](int input) {
                               if (input == 7) throw std::runtime_error("input 7 broke");
                               return input;
                             },
                             [&](int, int result) { committed.push_back(result); }),
                         "input 7 broke", std::runtime_error);
    CHECK(committed == std::vector<int>{0, 1, 2, 3, 4, 5, 6});
  }
}

TEST_CASE("run_in_order: an exception from commit stops the run") {
  const auto inputs = numbers(50);
  int commits = 0;
  CHECK_THROWS_AS(io::run_in_order(
                      inputs, 4U, [](int input) { return input; },
                      [&](int input, int) {
                        ++commits;
                        if (input == 3) throw std::runtime_error("disk full");
                      }),
                  std::runtime_error);
  CHECK(commits == 4);
}

TEST_CASE("run_in_order with no inputs calls nothing") {
  const std::vector<int> none;
  bool called = false;
  io::run_in_order(
      none, 4U,
      [&](int) {
        called = true;
        return 0;
      },
      [&](int, int) { called = true; });
  CHECK_FALSE(called);
}
