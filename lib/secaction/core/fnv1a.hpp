#pragma once
// FNV-1a 64-bit: a small, dependency-free content hash for the "generated from" headers of
// drafted documents. It identifies inputs; it is not a security measure (not collision-resistant).
#include <cstdint>
#include <string>
#include <string_view>

namespace secaction {

inline constexpr std::uint64_t k_fnv1a64_offset_basis = 0xcbf29ce484222325ULL;

/// Continues an FNV-1a 64 hash over `bytes` (start with k_fnv1a64_offset_basis).
std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t hash = k_fnv1a64_offset_basis);

/// "fnv1a64:" followed by 16 lower-case hex digits.
std::string fnv1a64_label(std::uint64_t hash);

} // namespace secaction
