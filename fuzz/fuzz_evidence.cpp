// SECURITY ACTION evidence files.
#include "fuzz_support.hpp"
#include "secaction/content/security_action_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace secaction;
  Diagnostics diagnostics;
  (void)content::load_security_action_evidence(fuzz::as_text(data, size), "fuzz.yaml", fuzz::library().schemas().security_action(),
                                               diagnostics);
  return 0;
}
