#include "context.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <iterator>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "secaction/core/error.hpp"
#include "secaction/core/messages.hpp"
#include "secaction/io/files.hpp"

namespace secaction::cli {
namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

// The environment's locale: LC_ALL, then LC_MESSAGES, then LANG (as gettext does); empty if none.
std::string locale_name() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    std::string value = env(name);
    if (!value.empty()) return value;
  }
  return "";
}

} // namespace

Context::Context(Streams streams, const GlobalOptions& options) : m_streams(streams), m_options(options) {}

content::Library& Context::unchecked_library() {
  if (!m_library) {
    std::string dir = m_options.content_dir.empty() ? env("SECACTION_CONTENT") : m_options.content_dir;
    auto source = dir.empty() ? content::embedded_content() : content::directory_content(dir);
    // --pack DIR (repeatable), else SECACTION_PACKS=DIR:DIR; empty entries are skipped.
    std::vector<std::filesystem::path> packs;
    if (!m_options.packs.empty()) {
      packs.assign(m_options.packs.begin(), m_options.packs.end());
    } else {
      const std::string list = env("SECACTION_PACKS");
      std::size_t start = 0;
      while (start <= list.size()) {
        const auto end = std::min(list.find(':', start), list.size());
        if (end > start) packs.emplace_back(list.substr(start, end - start));
        start = end + 1;
      }
    }
    spdlog::info("using {}", source->describe());
    m_library = std::make_unique<content::Library>(std::move(source), packs, m_embedded_check);
    for (const auto& pack : m_library->packs()) spdlog::info("with pack {} ({})", pack.name, pack.root.string());
  }
  return *m_library;
}

content::Library& Context::library() {
  auto& library = unchecked_library();
  if (library.problems().has_errors()) throw InputError(library.problems());
  return library;
}

Lang Context::lang() const {
  if (!m_options.lang.empty()) return *parse_lang(m_options.lang); // validated by CLI11
  const std::string locale = locale_name();
  if (locale.rfind("en", 0) == 0) return Lang::en;
  return Lang::ja;
}

Lang Context::message_lang() const {
  if (!m_options.lang.empty()) {
    if (auto lang = parse_lang(m_options.lang)) return *lang;
  }
  return locale_name().rfind("ja", 0) == 0 ? Lang::ja : Lang::en;
}

std::optional<Date> Context::as_of() const {
  if (!m_options.as_of.empty()) {
    auto date = parse_date(m_options.as_of);
    if (!date) throw UsageError(fmt::format("--as-of: '{}' is not a date; write YYYY-MM-DD", m_options.as_of));
    return date;
  }
  const std::string epoch = env("SOURCE_DATE_EPOCH");
  if (epoch.empty()) return std::nullopt;
  long long seconds = 0;
  try {
    std::size_t used = 0;
    seconds = std::stoll(epoch, &used);
    if (used != epoch.size()) throw std::invalid_argument(epoch);
  } catch (const std::exception&) {
    throw UsageError(fmt::format("SOURCE_DATE_EPOCH: '{}' is not a number of seconds", escape_for_terminal(epoch)));
  }
  // Reports write four-digit years: 1970-01-01 to 9999-12-31 (253402300799 seconds).
  constexpr long long k_last_second = 253402300799LL;
  if (seconds < 0 || seconds > k_last_second) {
    throw UsageError(fmt::format("SOURCE_DATE_EPOCH: {} is out of range; give seconds from 0 (1970-01-01) to {} (9999-12-31)", seconds,
                                 k_last_second));
  }
  return date_from_unix_seconds(seconds);
}

void Context::report(const Diagnostics& diagnostics) {
  const Lang lang = message_lang();
  for (const auto& diagnostic : diagnostics.in_reading_order()) m_streams.err << format_diagnostic(localize(diagnostic, lang)) << '\n';
}

void Context::emit(const OutputOptions& output, const std::string& text) {
  if (output.output.empty() || output.output == "-") {
    m_streams.out << text;
    m_streams.out.flush();
    return;
  }
  m_streams.out.flush(); // -o /dev/stdout writes to the same descriptor
  io::create_parent_directories(output.output); // -o into a new directory creates it, as --out-dir does
  io::write_file_atomically(output.output, text, output.force ? io::Overwrite::allow : io::Overwrite::refuse);
  spdlog::info("wrote {}", escape_for_terminal(output.output));
}

std::string Context::read_input(const std::string& file) {
  if (file != "-") return io::read_file(file);
  std::string text(std::istreambuf_iterator<char>(m_streams.in), {});
  if (text.size() > io::k_max_input_bytes) {
    Diagnostics diagnostics;
    diagnostics.error({"<stdin>"}, "input is larger than the 16 MiB limit");
    throw InputError(std::move(diagnostics));
  }
  return text;
}

std::string display_name(const std::string& file) { return file == "-" ? "<stdin>" : file; }

} // namespace secaction::cli
