#include "context.hpp"

#include <cstdlib>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "secaction/core/error.hpp"
#include "secaction/io/files.hpp"
#include "secaction/report/csv.hpp"
#include "secaction/report/markdown.hpp"

namespace secaction::cli {
namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

Context::Context(Streams streams, const GlobalOptions& options) : m_streams(streams), m_options(options) {}

content::Library& Context::library() {
  if (!m_library) {
    std::string dir = m_options.content_dir.empty() ? env("SECACTION_CONTENT") : m_options.content_dir;
    auto source = dir.empty() ? content::embedded_content() : content::directory_content(dir);
    spdlog::info("using {}", source->describe());
    m_library = std::make_unique<content::Library>(std::move(source));
  }
  return *m_library;
}

Lang Context::lang() const {
  if (!m_options.lang.empty()) return *parse_lang(m_options.lang); // validated by CLI11
  // The environment's locale: LC_ALL, then LC_MESSAGES, then LANG (as gettext does).
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const std::string value = env(name);
    if (value.empty()) continue;
    if (value.rfind("en", 0) == 0) return Lang::en;
    return Lang::ja;
  }
  return Lang::ja;
}

std::optional<Date> Context::as_of() const {
  if (!m_options.as_of.empty()) {
    auto date = parse_date(m_options.as_of);
    if (!date) throw UsageError(fmt::format("--as-of: '{}' is not a date; write YYYY-MM-DD", m_options.as_of));
    return date;
  }
  const std::string epoch = env("SOURCE_DATE_EPOCH");
  if (epoch.empty()) return std::nullopt;
  try {
    std::size_t used = 0;
    const long long seconds = std::stoll(epoch, &used);
    if (used != epoch.size()) throw std::invalid_argument(epoch);
    return date_from_unix_seconds(seconds);
  } catch (const std::exception&) {
    throw UsageError(fmt::format("SOURCE_DATE_EPOCH: '{}' is not a number of seconds", epoch));
  }
}

void Context::report(const Diagnostics& diagnostics) {
  for (const auto& diagnostic : diagnostics.in_reading_order()) m_streams.err << format_diagnostic(diagnostic) << '\n';
}

void Context::emit(const OutputOptions& output, const std::string& text) {
  if (output.output.empty() || output.output == "-") {
    m_streams.out << text;
    m_streams.out.flush();
    return;
  }
  io::write_file_atomically(output.output, text, output.force ? io::Overwrite::allow : io::Overwrite::refuse);
  spdlog::info("wrote {}", output.output);
}

Format resolve_format(const OutputOptions& output) {
  if (output.format == "md" || output.format == "markdown") return Format::markdown;
  if (output.format == "csv") return Format::csv;
  if (output.format == "json") return Format::json;
  if (ends_with(output.output, ".csv")) return Format::csv;
  if (ends_with(output.output, ".json")) return Format::json;
  if (output.excel) return Format::csv;
  return Format::markdown;
}

std::string render_report(Format format, const OutputOptions& output, const std::function<report::Document()>& document,
                          const std::function<nlohmann::ordered_json()>& json) {
  switch (format) {
  case Format::json:
    return json().dump(2) + "\n";
  case Format::csv:
    return report::render_csv(document(), output.excel ? report::ExcelBom::yes : report::ExcelBom::no);
  case Format::markdown:
    break;
  }
  return report::render_markdown(document());
}

} // namespace secaction::cli
