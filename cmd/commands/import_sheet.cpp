// secaction import-sheet BOOK.xlsx --map MAP.yaml: an official Excel check sheet -> an instrument file
// for a content pack, every text verbatim and traced to the workbook's SHA-256.
#include <filesystem>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "commands/commands.hpp"
#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"
#include "secaction/load/instrument_loader.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/sheet/import.hpp"
#include "secaction/sheet/sha256.hpp"
#include "secaction/sheet/sheet_map.hpp"
#include "secaction/sheet/xlsx_reader.hpp"

namespace secaction::cli::import_sheet_command {
namespace {

// Official workbooks are a few MB; this leaves room for embedded pictures.
constexpr std::size_t k_max_workbook_bytes = 64U * 1024U * 1024U;

struct ImportOptions : CommandOptions {
  std::string workbook;
  std::string map;
  OutputOptions output;
};

// A pack finds an instrument by its file name: ID.yaml (or ID@EDITION.yaml).
void check_output_name(const std::string& output, const std::string& id, const std::string& edition) {
  if (output.empty() || output == "-") return;
  const std::string name = std::filesystem::path(output).filename().string();
  if (name == id + ".yaml" || name == id + "@" + edition + ".yaml") return;
  throw UsageError(fmt::format("import-sheet: the instrument's id is '{}', so a pack finds it only as {}.yaml (or {}@{}.yaml), not {}",
                               id, id, id, edition, name));
}

int run_import(Context& context, const ImportOptions& options) {
  // libzip and nettle are opened on first use: a missing one is said before anything is read.
  sheet::require_libzip("import-sheet");
  sheet::require_nettle("import-sheet");
  const std::string bytes = io::read_file(options.workbook, k_max_workbook_bytes);
  Diagnostics diagnostics;
  auto map = sheet::load_sheet_map(io::read_file(options.map), options.map, diagnostics);
  if (!map) throw InputError(std::move(diagnostics));
  auto worksheet = sheet::read_worksheet(bytes, options.workbook, map->sheet, diagnostics);
  if (!worksheet) throw InputError(std::move(diagnostics));
  const sheet::Workbook workbook{options.workbook, std::filesystem::path(options.workbook).filename().string(), sheet::sha256_hex(bytes)};
  auto imported = sheet::import_sheet(*worksheet, *map, workbook, diagnostics);
  if (!imported) throw InputError(std::move(diagnostics));
  const std::string edition = map->instrument.at("edition").is_string() ? map->instrument.at("edition").get<std::string>()
                                                                         : map->instrument.at("edition").dump();
  check_output_name(options.output.output, imported->id, edition);
  // What is written must be an instrument `validate` accepts: check it before anything is written.
  const std::string checked_as = fmt::format("instrument made from {}", options.map);
  if (!load::load_instrument_text(imported->yaml, checked_as, load::shipped_schema("instrument.schema.json"), diagnostics,
                                  imported->id)) {
    throw InputError(std::move(diagnostics));
  }
  // PACK/instruments/ may not exist yet: make it (the file itself is still written atomically).
  if (writes_to_file(options.output)) {
    const auto parent = std::filesystem::path(options.output.output).parent_path();
    std::error_code error;
    if (!parent.empty()) std::filesystem::create_directories(parent, error);
    if (error) throw IoError(parent.string(), "cannot create the directory: " + error.message());
  }
  context.emit(options.output, imported->yaml);
  spdlog::info("{}: instrument {}, edition {}, {} items", workbook.display_name, imported->id, edition, imported->items);
  return static_cast<int>(ExitCode::ok);
}

} // namespace

std::unique_ptr<CommandOptions> register_options(CLI::App& command) {
  auto options = std::make_unique<ImportOptions>();
  command.add_option("BOOK", options->workbook, "The official workbook (.xlsx) as downloaded")->required();
  command.add_option("--map", options->map, "How its sheet becomes an instrument (see docs/CONTENT.md)")
      ->type_name("MAP.yaml")
      ->required();
  command.add_option("-o,--output", options->output.output,
                     "Write the instrument to FILE, e.g. PACK/instruments/ID.yaml (default: standard output)")
      ->type_name("FILE");
  command.add_flag("--force", options->output.force, "Overwrite an existing output file");
  return options;
}

int run(Context& context, const CommandOptions& options) { return run_import(context, options_as<ImportOptions>(options)); }

} // namespace secaction::cli::import_sheet_command
