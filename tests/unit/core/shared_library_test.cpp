#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include "secaction/core/shared_library.hpp"

using namespace secaction;

namespace {

std::string message_of(const auto& attempt) {
  try {
    attempt();
  } catch (const MissingLibrary& e) {
    return e.what();
  }
  return "(no MissingLibrary thrown)";
}

} // namespace

TEST_CASE("a library that is not installed names its package") {
  const OptionalLibrary absent{"libsecaction-no-such-library.so.7", "libsecaction-no-such7"};
  CHECK(message_of([&] { LibraryLoader loader(absent, "--format nothing"); }) ==
        "--format nothing needs libsecaction-no-such7 (apt install libsecaction-no-such7)");
}

TEST_CASE("functions are resolved into their slots, and every missing one is named at once") {
  const OptionalLibrary libc{"libc.so.6", "libc6"};
  {
    LibraryLoader loader(libc, "a test");
    decltype(&std::strlen) strlen_slot = nullptr;
    loader.resolve(strlen_slot, "strlen");
    CHECK_NOTHROW(loader.finish());
    REQUIRE(static_cast<bool>(strlen_slot));
    CHECK(strlen_slot("four") == 4);
  }
  CHECK(message_of([&] {
          LibraryLoader loader(libc, "a test");
          decltype(&std::strlen) present = nullptr;
          decltype(&std::strlen) absent_one = nullptr;
          decltype(&std::strlen) absent_two = nullptr;
          loader.resolve(absent_one, "secaction_no_such_function");
          loader.resolve(present, "strlen");
          loader.resolve(absent_two, "secaction_no_such_function_either");
          loader.finish();
        }) ==
        "a test needs libc6 (apt install libc6): libc.so.6 lacks secaction_no_such_function, secaction_no_such_function_either");
}
