#pragma once
// Reading inputs with a size limit, and writing outputs so that nothing is ever half-written.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace secaction::io {

/// Inputs larger than this are refused (a hand-written answer file is a few KB).
inline constexpr std::size_t k_max_input_bytes = 16U * 1024U * 1024U;

/// Reads a whole file. Throws IoError for a missing, unreadable or non-regular file, and
/// InputError when it is larger than `max_bytes`.
std::string read_file(const std::filesystem::path& path, std::size_t max_bytes = k_max_input_bytes);

enum class Overwrite { refuse, allow };

/// Writes `content` to a temporary file beside `path`, flushes it, then renames it over `path`,
/// so readers see either the old file or the whole new one. With Overwrite::refuse an existing
/// file is left alone and IoError says to use --force.
void write_file_atomically(const std::filesystem::path& path, std::string_view content, Overwrite overwrite);

} // namespace secaction::io
