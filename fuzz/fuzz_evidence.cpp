// SECURITY ACTION evidence files.
#include "fuzz_support.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/security_action_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace secaction;
  Diagnostics diagnostics;
  (void)load::load_security_action_evidence(fuzz::as_text(data, size), "fuzz.yaml", load::shipped_schema("security-action.schema.json"),
                                               diagnostics);
  return 0;
}
