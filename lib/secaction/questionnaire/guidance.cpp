#include "secaction/questionnaire/guidance.hpp"

#include <fmt/format.h>

namespace secaction::questionnaire {

std::vector<const Preamble*> guidance_blocks(const Instrument& instrument) {
  std::vector<const Preamble*> blocks;
  if (!instrument.preamble.empty()) blocks.push_back(&instrument.preamble);
  for (const auto& block : instrument.context) {
    if (!block.empty()) blocks.push_back(&block);
  }
  return blocks;
}

std::string guidance_provenance(Lang lang, const Preamble& block) {
  std::string origin = origin_label(lang, block.origin, block.via);
  // Official texts are quoted in Japanese; their English is secaction's own rendering.
  if (lang == Lang::en && block.origin != Origin::secaction) origin += "; the English is secaction's rendering";
  const std::string& where = block.source_ref.in(lang);
  if (where.empty()) return lang == Lang::ja ? fmt::format("（{}）", origin) : fmt::format("({})", origin);
  return lang == Lang::ja ? fmt::format("出典：{}（{}）", where, origin) : fmt::format("Source: {} ({})", where, origin);
}

std::string guidance_entry(Lang lang, const PreambleEntry& entry) {
  const std::string& label = entry.label.in(lang);
  const std::string& text = entry.text.in(lang);
  const std::string& explanation = entry.explanation.in(lang);
  if (lang == Lang::ja) {
    std::string line = label.empty() ? fmt::format("「{}」", text) : fmt::format("{}「{}」", label, text);
    if (!explanation.empty()) line += "：" + explanation;
    return line;
  }
  // "(1) …" reads as a numbered line; a word label such as "Principle 1" takes a colon.
  std::string line = label.empty() ? text : label + (label.front() == '(' ? " " : ": ") + text;
  if (!explanation.empty()) line += " — " + explanation;
  return line;
}

} // namespace secaction::questionnaire
