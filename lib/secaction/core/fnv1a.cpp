#include "secaction/core/fnv1a.hpp"

#include <fmt/format.h>

namespace secaction {

std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t hash) {
  constexpr std::uint64_t prime = 0x100000001b3ULL;
  for (const char c : bytes) {
    hash ^= static_cast<std::uint8_t>(c);
    hash *= prime;
  }
  return hash;
}

std::string fnv1a64_label(std::uint64_t hash) { return fmt::format("fnv1a64:{:016x}", hash); }

} // namespace secaction
