#pragma once
// The SHA-256 of a file's bytes (nettle, opened on first use), so an imported instrument names exactly which official
// file it came from.
#include <string>
#include <string_view>

namespace secaction::sheet {

/// Lower-case hex, 64 characters.
std::string sha256_hex(std::string_view bytes);

/// Loads nettle now (it is opened on first use). Throws MissingLibrary naming `needed_by`
/// ("import-sheet") when it cannot be loaded.
void require_nettle(std::string_view needed_by);

} // namespace secaction::sheet
