#include "secaction/core/messages.hpp"

#include <optional>
#include <regex>
#include <vector>

#include "secaction/core/messages_ja.hpp"

namespace secaction {
namespace {

struct CompiledEntry {
  std::regex english;
  std::vector<int> hole_numbers; // the number of each capture group, in order
  std::string_view japanese;
};

bool is_regex_special(char c) { return std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos; }

CompiledEntry compile(const MessageEntry& entry) {
  CompiledEntry compiled;
  std::string pattern = "^";
  const std::string_view en = entry.english;
  for (std::size_t i = 0; i < en.size(); ++i) {
    if (en[i] == '{' && i + 2 < en.size() && en[i + 1] >= '1' && en[i + 1] <= '9' && en[i + 2] == '}') {
      compiled.hole_numbers.push_back(en[i + 1] - '0');
      pattern += "([\\s\\S]*?)";
      i += 2;
      continue;
    }
    if (is_regex_special(en[i])) pattern += '\\';
    pattern += en[i];
  }
  pattern += "$";
  compiled.english = std::regex(pattern, std::regex::ECMAScript | std::regex::optimize);
  compiled.japanese = entry.japanese;
  return compiled;
}

std::vector<CompiledEntry> compile_all(std::span<const MessageEntry> entries) {
  std::vector<CompiledEntry> all;
  for (const auto& entry : entries) all.push_back(compile(entry));
  return all;
}

const std::vector<CompiledEntry>& compiled_messages() {
  static const std::vector<CompiledEntry> entries = compile_all(japanese_messages());
  return entries;
}

const std::vector<CompiledEntry>& compiled_phrases() {
  static const std::vector<CompiledEntry> entries = compile_all(japanese_phrases());
  return entries;
}

std::optional<std::string> from_terms(std::string_view text) {
  for (const auto& term : japanese_terms()) {
    if (term.english == text) return std::string(term.japanese);
  }
  return std::nullopt;
}

std::optional<std::string> from_catalogue(const std::vector<CompiledEntry>& catalogue, std::string_view message, int depth);

// A hole's value: itself, or (for {n*}) its rendering as a term, a whole message or a phrase.
std::string render_hole(const std::string& value, bool translate, int depth) {
  if (!translate) return value;
  if (auto term = from_terms(value)) return *term;
  if (auto whole = from_catalogue(compiled_messages(), value, depth + 1)) return *whole;
  if (auto phrase = from_catalogue(compiled_phrases(), value, depth + 1)) return *phrase;
  return value;
}

std::optional<std::string> from_catalogue(const std::vector<CompiledEntry>& catalogue, std::string_view message, int depth) {
  if (depth > 6) return std::nullopt;
  const std::string text(message);
  std::smatch match;
  for (const auto& entry : catalogue) {
    if (!std::regex_match(text, match, entry.english)) continue;
    std::string out;
    const std::string_view ja = entry.japanese;
    for (std::size_t i = 0; i < ja.size(); ++i) {
      if (ja[i] == '{' && i + 2 < ja.size() && ja[i + 1] >= '1' && ja[i + 1] <= '9') {
        const bool translate = ja[i + 2] == '*';
        const std::size_t close = translate ? i + 3 : i + 2;
        if (close < ja.size() && ja[close] == '}') {
          const int number = ja[i + 1] - '0';
          for (std::size_t group = 0; group < entry.hole_numbers.size(); ++group) {
            if (entry.hole_numbers[group] == number) out += render_hole(match[group + 1].str(), translate, depth);
          }
          i = close;
          continue;
        }
      }
      out += ja[i];
    }
    return out;
  }
  return std::nullopt;
}

} // namespace

std::string localize(std::string_view message, Lang lang) {
  if (lang == Lang::en) return std::string(message);
  if (auto japanese = from_catalogue(compiled_messages(), message, 0)) return *japanese;
  return std::string(message);
}

Diagnostic localize(const Diagnostic& diagnostic, Lang lang) {
  Diagnostic localized = diagnostic;
  localized.message = localize(diagnostic.message, lang);
  return localized;
}

std::string localize_error_line(std::string_view line, Lang lang) {
  for (std::string_view marker : {": error: ", ": warning: "}) {
    const std::size_t at = line.find(marker);
    if (at != std::string_view::npos) {
      const std::size_t start = at + marker.size();
      return std::string(line.substr(0, start)) + localize(line.substr(start), lang);
    }
  }
  for (std::string_view marker : {"error: ", "warning: "}) {
    if (line.rfind(marker, 0) == 0) return std::string(marker) + localize(line.substr(marker.size()), lang);
  }
  return localize(line, lang);
}

bool has_japanese(std::string_view message) { return from_catalogue(compiled_messages(), message, 0).has_value(); }

} // namespace secaction
