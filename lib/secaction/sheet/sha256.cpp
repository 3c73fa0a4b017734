#include "secaction/sheet/sha256.hpp"

#include <array>

#include <fmt/format.h>
#include <nettle/sha2.h>

#include "secaction/core/shared_library.hpp"

namespace secaction::sheet {
namespace {

// nettle, opened on first use (core/shared_library) like libzip: linked statically, its
// constructor (CPU feature detection with cpuid, slow in a virtual machine) ran in every process.
struct Nettle {
  decltype(&::nettle_sha256_init) sha256_init = nullptr;
  decltype(&::nettle_sha256_update) sha256_update = nullptr;
  decltype(&::nettle_sha256_digest) sha256_digest = nullptr;
};

const Nettle& nettle(std::string_view needed_by = "import-sheet") {
  static const Nettle table = [needed_by] {
    LibraryLoader loader({"libnettle.so.8", "libnettle8"}, needed_by);
    Nettle loaded;
    loader.resolve(loaded.sha256_init, "nettle_sha256_init");
    loader.resolve(loaded.sha256_update, "nettle_sha256_update");
    loader.resolve(loaded.sha256_digest, "nettle_sha256_digest");
    loader.finish();
    return loaded;
  }();
  return table;
}

} // namespace

void require_nettle(std::string_view needed_by) { nettle(needed_by); }

std::string sha256_hex(std::string_view bytes) {
  const Nettle& library = nettle();
  sha256_ctx context;
  library.sha256_init(&context);
  library.sha256_update(&context, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
  std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
  library.sha256_digest(&context, digest.size(), digest.data());
  std::string hex;
  for (const auto byte : digest) hex += fmt::format("{:02x}", byte);
  return hex;
}

} // namespace secaction::sheet
