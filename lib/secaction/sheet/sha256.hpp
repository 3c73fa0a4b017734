#pragma once
// The SHA-256 of a file's bytes (nettle), so an imported instrument names exactly which official
// file it came from.
#include <string>
#include <string_view>

namespace secaction::sheet {

/// Lower-case hex, 64 characters.
std::string sha256_hex(std::string_view bytes);

} // namespace secaction::sheet
