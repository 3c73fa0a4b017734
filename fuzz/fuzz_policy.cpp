// `secaction policy` inputs: the company profile (first byte even) and the diagnose result of
// --from (odd), through YAML/JSON reading, schema, the result reader and the policy's view of it;
// diagnostics are formatted too.
#include "fuzz_support.hpp"
#include "secaction/load/policy_loader.hpp"
#include "secaction/load/result_reader.hpp"
#include "secaction/load/yaml_reader.hpp"
#include "secaction/policy/diagnosis.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace secaction;
  if (size == 0) return 0;
  const auto text = fuzz::as_text(data + 1, size - 1);
  Diagnostics diagnostics;
  if ((data[0] & 1) == 0) {
    (void)load::load_policy_profile(text, "profile.yaml", diagnostics);
  } else {
    auto tree = load::read_yaml(text, "result.json", diagnostics);
    if (tree && load::is_result(*tree)) {
      if (auto snapshot = load::read_result(*tree, fuzz::library(), diagnostics)) (void)policy::diagnosis_of(*snapshot, Lang::ja, diagnostics);
    }
  }
  for (const auto& d : diagnostics.all()) (void)format_diagnostic(d);
  return 0;
}
