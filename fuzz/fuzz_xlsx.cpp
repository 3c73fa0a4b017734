// .xlsx workbooks (import-sheet): the zip and XML reader with small limits, then the import of its
// "Sheet1" with a fixed map and, when that succeeds, the instrument loader on the result.
#include "fuzz_support.hpp"
#include "secaction/load/instrument_loader.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/sheet/import.hpp"
#include "secaction/sheet/sha256.hpp"
#include "secaction/sheet/sheet_map.hpp"
#include "secaction/sheet/xlsx_reader.hpp"

namespace {

const secaction::sheet::SheetMap& fixed_map() {
  static const secaction::sheet::SheetMap map = [] {
    secaction::Diagnostics diagnostics;
    auto loaded = secaction::sheet::load_sheet_map(R"(schema: secaction.sheet-map/v1
sheet: Sheet1
header_row: 1
columns: {group: D, id: A, question: B, criteria: [C]}
scale: yes-partial-no
instrument:
  id: fuzz
  title: {ja: ファズ, en: Fuzz}
  publisher: {ja: 私, en: me}
  document: {ja: 文書, en: doc}
  edition: "1"
)",
                                                   "fuzz.map.yaml", diagnostics);
    if (!loaded) __builtin_trap(); // the map above is valid
    return *loaded;
  }();
  return map;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace secaction;
  // Small limits keep each run fast and its memory low; the logic is the same at any size.
  sheet::XlsxLimits limits;
  limits.max_entries = 64;
  limits.max_entry_bytes = 1024 * 1024;
  limits.max_total_bytes = 4 * 1024 * 1024;
  limits.ratio_floor_bytes = 64 * 1024;
  limits.max_shared_strings = 10000;
  limits.max_cells = 20000;
  const std::string_view bytes = fuzz::as_text(data, size);
  Diagnostics diagnostics;
  auto worksheet = sheet::read_worksheet(bytes, "fuzz.xlsx", "Sheet1", diagnostics, limits);
  if (!worksheet) return 0;
  const sheet::Workbook workbook{"fuzz.xlsx", "fuzz.xlsx", sheet::sha256_hex(bytes)};
  auto imported = sheet::import_sheet(*worksheet, fixed_map(), workbook, diagnostics);
  if (!imported) return 0;
  (void)load::load_instrument_text(imported->yaml, "fuzz.yaml", load::shipped_schema("instrument.schema.json"), diagnostics, "fuzz");
  return 0;
}
