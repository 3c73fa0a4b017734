#pragma once
// Shared pieces of the libFuzzer targets: the embedded content, loaded once per process, and a
// helper that renders a document in every format (so presenters and renderers are fuzzed too).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "secaction/content/library.hpp"
#include "secaction/content/source.hpp"
#include "secaction/report/csv.hpp"
#include "secaction/report/document.hpp"
#include "secaction/report/markdown.hpp"

namespace secaction::fuzz {

inline content::Library& library() {
  static content::Library instance(content::embedded_content());
  return instance;
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Renders in every format; the sizes are returned so the work cannot be optimised away.
inline std::size_t render_all(const report::Document& document, const nlohmann::ordered_json& json) {
  return report::render_markdown(document).size() + report::render_csv(document, report::ExcelBom::yes).size() +
         json.dump(2).size();
}

} // namespace secaction::fuzz
