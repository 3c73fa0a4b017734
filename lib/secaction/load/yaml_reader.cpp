#include "secaction/load/yaml_reader.hpp"

#include <charconv>
#include <map>
#include <optional>
#include <tuple>
#include <cstdint>
#include <unordered_set>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "secaction/core/text.hpp"

namespace secaction::load {
namespace {

// yaml-cpp marks count lines from 0 and columns in bytes from 0. People (and editors) count
// from 1 and in characters, which differ on every line with Japanese text.
class MarkMapper {
public:
  explicit MarkMapper(std::string_view text) : m_text(text) {
    m_line_starts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') m_line_starts.push_back(i + 1);
    }
  }

  [[nodiscard]] Mark map(const YAML::Mark& mark) const {
    if (mark.line < 0 || static_cast<std::size_t>(mark.line) >= m_line_starts.size()) return {mark.line + 1, mark.column + 1};
    const std::size_t start = m_line_starts[static_cast<std::size_t>(mark.line)];
    const std::size_t end = std::min(m_text.size(), start + static_cast<std::size_t>(std::max(mark.column, 0)));
    int characters = 0;
    for (std::size_t i = start; i < end; ++i) {
      if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80) ++characters; // not a continuation byte
    }
    return {mark.line + 1, characters + 1};
  }

private:
  std::string_view m_text;
  std::vector<std::size_t> m_line_starts;
};

// The first tab in a line's indentation (before its first other character; blank and comment-only
// lines skipped), 1-based line and column. YAML forbids tabs there, and yaml-cpp's words for it
// ("illegal map value", "illegal tab when looking for indentation") do not say what to do.
std::optional<Mark> find_indentation_tab(std::string_view text) {
  int line = 1;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view row = text.substr(start, end - start);
    const std::size_t first = row.find_first_not_of(" \t");
    const std::size_t tab = row.find('\t');
    if (first != std::string_view::npos && row[first] != '#' && row[first] != '\r' && tab < first) {
      return Mark{line, static_cast<int>(tab) + 1}; // indentation is ASCII: bytes are characters
    }
    if (end == text.size()) break;
    start = end + 1;
    ++line;
  }
  return std::nullopt;
}

bool is_blank(std::string_view text) {
  bool in_comment = false;
  for (char c : text) {
    if (c == '\n') {
      in_comment = false;
    } else if (c == '#') {
      in_comment = true;
    } else if (!in_comment && c != ' ' && c != '\t' && c != '\r') {
      return false;
    }
  }
  return true;
}

// The YAML 1.2 core schema's integer and float forms, checked by scanning: std::regex_match
// here was most of the time spent reading an answer file (every plain scalar is tested).
std::size_t digits_from(std::string_view text, std::size_t at) {
  while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
  return at;
}

std::size_t after_sign(std::string_view text) { return !text.empty() && (text[0] == '-' || text[0] == '+') ? 1 : 0; }

// [-+]?[0-9]+
bool is_integer_text(std::string_view text) {
  const std::size_t start = after_sign(text);
  return start < text.size() && digits_from(text, start) == text.size();
}

// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
bool is_decimal_text(std::string_view text) {
  std::size_t at = after_sign(text);
  if (at < text.size() && text[at] == '.') {
    const std::size_t end = digits_from(text, at + 1);
    if (end == at + 1) return false;
    at = end;
  } else {
    const std::size_t end = digits_from(text, at);
    if (end == at) return false;
    at = end;
    if (at < text.size() && text[at] == '.') at = digits_from(text, at + 1);
  }
  if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
    ++at;
    if (at < text.size() && (text[at] == '-' || text[at] == '+')) ++at;
    const std::size_t end = digits_from(text, at);
    if (end == at) return false;
    at = end;
  }
  return at == text.size();
}

// YAML 1.2 core schema resolution for plain (unquoted) scalars.
nlohmann::json resolve_plain_scalar(const std::string& text) {
  if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") return nullptr;
  if (text == "true" || text == "True" || text == "TRUE") return true;
  if (text == "false" || text == "False" || text == "FALSE") return false;
  if (is_integer_text(text)) {
    std::int64_t value = 0;
    const char* begin = text.data() + (text[0] == '+' ? 1 : 0);
    auto [end, ec] = std::from_chars(begin, text.data() + text.size(), value);
    if (ec == std::errc{} && end == text.data() + text.size()) return value;
    return text; // out of range: keep the text, the schema reports the type
  }
  if (is_decimal_text(text)) {
    try {
      return std::stod(text);
    } catch (const std::exception&) {
      return text;
    }
  }
  return text;
}

// How many nodes the document expands to, computed without expanding it: an alias is the very node
// it refers to, so sizes are memoised per node (keyed by its position and kind, which aliases
// share). A 400-byte "billion laughs" document is refused after visiting a few dozen nodes instead of
// converting hundreds of thousands. Returns nullopt for an alias that contains itself.
class ExpansionCounter {
public:
  explicit ExpansionCounter(std::size_t limit) : m_limit(limit) {}

  std::optional<std::size_t> count(const YAML::Node& node, int depth = 0) {
    if (depth > 256) return m_limit + 1; // the converter reports the depth properly
    const auto mark = node.Mark();
    const auto key = std::tuple(mark.line, mark.column, static_cast<int>(node.Type()));
    if (auto found = m_memo.find(key); found != m_memo.end()) {
      if (!found->second) { // still being counted: the node contains itself
        m_where = mark;
        return std::nullopt;
      }
      return found->second;
    }
    m_memo[key] = std::nullopt;
    std::size_t total = 1;
    if (node.IsSequence() || node.IsMap()) {
      for (const auto& child : node) {
        for (const auto& part : node.IsMap() ? std::vector<YAML::Node>{child.first, child.second} : std::vector<YAML::Node>{child}) {
          auto size = count(part, depth + 1);
          if (!size) return std::nullopt;
          total += *size;
          if (total > m_limit) break;
        }
        if (total > m_limit) break;
      }
    }
    if (total > m_limit && !m_over) {
      m_over = true; // the innermost node that is too big: where the repetition is
      m_where = mark;
    }
    m_memo[key] = total;
    return total;
  }

  /// Where the cycle or the oversized node was found.
  [[nodiscard]] const YAML::Mark& where() const { return m_where; }

private:
  std::size_t m_limit;
  bool m_over = false;
  YAML::Mark m_where;
  std::map<std::tuple<int, int, int>, std::optional<std::size_t>> m_memo;
};

class Converter {
public:
  Converter(JsonTree& tree, Diagnostics& diagnostics, const YamlLimits& limits, const MarkMapper& marks)
      : m_tree(tree), m_diagnostics(diagnostics), m_limits(limits), m_marks(marks) {}

  [[nodiscard]] bool aborted() const { return m_aborted; }

  bool convert(const YAML::Node& node, const std::string& pointer, int depth, nlohmann::json& out) {
    if (m_aborted) return false;
    if (++m_nodes > m_limits.max_nodes) {
      m_aborted = true;
      if (!m_reported_size) {
        m_reported_size = true;
        report(node.Mark(), fmt::format("document expands to more than {} nodes (are YAML aliases repeating "
                                        "large parts?); refusing to read it",
                                        m_limits.max_nodes));
      }
      return false;
    }
    if (depth > m_limits.max_depth) {
      m_aborted = true;
      report(node.Mark(), fmt::format("nesting deeper than {} levels; refusing to read it", m_limits.max_depth));
      return false;
    }
    m_tree.set_value_mark(pointer, m_marks.map(node.Mark()));
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      out = nullptr;
      return true;
    case YAML::NodeType::Scalar:
      out = scalar_value(node);
      return true;
    case YAML::NodeType::Sequence: {
      out = nlohmann::json::array();
      std::size_t index = 0;
      for (const auto& child : node) {
        nlohmann::json value;
        if (!convert(child, child_pointer(pointer, index), depth + 1, value) && m_aborted) return false;
        out.push_back(std::move(value));
        ++index;
      }
      return true;
    }
    case YAML::NodeType::Map: {
      out = nlohmann::json::object();
      bool ok = true;
      for (const auto& member : node) {
        const YAML::Node& key = member.first;
        if (!key.IsScalar()) {
          report(key.Mark(), "a key must be a plain value such as a word or a number, not a list or mapping");
          ok = false;
          continue;
        }
        const std::string name = key.Scalar();
        const std::string member_pointer = child_pointer(pointer, name);
        if (out.contains(name)) {
          report(key.Mark(), fmt::format("duplicate key '{}' (first given at line {}); each key may appear only once",
                                         name, m_tree.key_at(member_pointer).line));
          ok = false;
          continue;
        }
        m_tree.set_key_mark(member_pointer, m_marks.map(key.Mark()));
        nlohmann::json value;
        if (!convert(member.second, member_pointer, depth + 1, value)) ok = false;
        if (m_aborted) return false;
        out[name] = std::move(value);
      }
      return ok;
    }
    }
    return true;
  }

private:
  static nlohmann::json scalar_value(const YAML::Node& node) {
    const std::string& tag = node.Tag();
    if (tag == "?") return resolve_plain_scalar(node.Scalar());
    return node.Scalar(); // quoted ("!") or explicitly tagged: keep the text
  }

  void report(const YAML::Mark& mark, std::string message) {
    const Mark where = m_marks.map(mark);
    m_diagnostics.error({m_tree.file(), where.line, where.column}, std::move(message));
  }

  JsonTree& m_tree;
  Diagnostics& m_diagnostics;
  const YamlLimits& m_limits;
  const MarkMapper& m_marks;
  std::size_t m_nodes = 0;
  bool m_reported_size = false;
  bool m_aborted = false;
};

} // namespace

std::optional<JsonTree> read_yaml(std::string_view text, const std::string& file, Diagnostics& diagnostics,
                                  const YamlLimits& limits) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(nul), '\n');
    diagnostics.error({file, static_cast<int>(line), 1}, "file contains a NUL byte; it looks binary, not YAML text");
    return std::nullopt;
  }
  if (auto bad = find_invalid_utf8(text)) {
    diagnostics.error({file, bad->line, bad->column},
                      "invalid UTF-8; save the file as UTF-8 (not Shift_JIS or another encoding)");
    return std::nullopt;
  }
  if (is_blank(text)) {
    diagnostics.error({file, 1, 1}, "file is empty");
    return std::nullopt;
  }
  const MarkMapper marks(text);
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    if (const auto tab = find_indentation_tab(text)) {
      diagnostics.error({file, tab->line, tab->column}, "tabs are not allowed in YAML indentation; indent with spaces");
      return std::nullopt;
    }
    const Mark where = marks.map(e.mark);
    diagnostics.error({file, std::max(where.line, 1), std::max(where.column, 1)},
                      fmt::format("not valid YAML: {}", e.msg));
    return std::nullopt;
  }
  if (text.find('*') != std::string_view::npos) { // aliases need '*': only then can a small text expand
    ExpansionCounter counter(limits.max_nodes);
    const auto size = counter.count(root);
    if (!size || *size > limits.max_nodes) {
      const Mark where = marks.map(counter.where());
      diagnostics.error({file, std::max(where.line, 1), std::max(where.column, 1)},
                        !size ? std::string("an alias refers to this node from inside it (a loop); refusing to read it")
                              : fmt::format("document expands to more than {} nodes (are YAML aliases repeating large "
                                            "parts?); refusing to read it",
                                            limits.max_nodes));
      return std::nullopt;
    }
  }
  JsonTree tree(file, nullptr);
  Converter converter(tree, diagnostics, limits, marks);
  nlohmann::json value;
  const std::size_t errors_before = diagnostics.error_count();
  const bool complete = converter.convert(root, "", 0, value);
  // Duplicate or non-scalar keys are reported but leave a usable tree (the first value wins),
  // so later checks can still report every other problem. A breached limit does not.
  if (!complete && diagnostics.error_count() > errors_before && converter.aborted()) return std::nullopt;
  tree.set_root(std::move(value));
  return tree;
}

} // namespace secaction::load
