#include "secaction/load/yaml_reader.hpp"

#include <charconv>
#include <map>
#include <optional>
#include <sstream>
#include <tuple>
#include <cstdint>
#include <unordered_set>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
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
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (i % k_stride == 0) m_characters_before.push_back(characters);
      if (is_character_start(text[i])) ++characters;
      if (text[i] == '\n') m_line_starts.push_back(i + 1);
    }
  }

  [[nodiscard]] Mark map(const YAML::Mark& mark) const {
    if (mark.line < 0 || static_cast<std::size_t>(mark.line) >= m_line_starts.size()) return {mark.line + 1, mark.column + 1};
    const std::size_t start = m_line_starts[static_cast<std::size_t>(mark.line)];
    const std::size_t end = std::min(m_text.size(), start + static_cast<std::size_t>(std::max(mark.column, 0)));
    return {mark.line + 1, static_cast<int>(characters_before(end) - characters_before(start)) + 1};
  }

private:
  // A mark is asked for every node: counting from the start of its line each time made a long
  // line (one flow list of 200,000 values) quadratic. Counts kept every k_stride bytes bound the
  // work per mark and take 1/32 of the text's size.
  static constexpr std::size_t k_stride = 256;
  static bool is_character_start(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; } // not a continuation byte

  [[nodiscard]] std::size_t characters_before(std::size_t at) const {
    if (m_characters_before.empty()) return 0;
    const std::size_t block = std::min(at / k_stride, m_characters_before.size() - 1);
    std::size_t characters = m_characters_before[block];
    for (std::size_t i = block * k_stride; i < at; ++i) {
      if (is_character_start(m_text[i])) ++characters;
    }
    return characters;
  }

  std::string_view m_text;
  std::vector<std::size_t> m_line_starts;
  std::vector<std::size_t> m_characters_before; // characters in m_text[0, k * k_stride)
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

// yaml-cpp turns the escapes "\N" (U+0085) and "\_" (U+00A0) of a double-quoted scalar into the
// single bytes 0x85 and 0xA0, which are not UTF-8 (the input itself was checked to be UTF-8, so
// such bytes can only come from there). They are re-encoded as the characters they stand for;
// left alone they made the JSON output throw.
std::string utf8_scalar(const std::string& text) {
  if (!find_invalid_utf8(text)) return text;
  std::string repaired;
  repaired.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 0;
    if (const auto bad = find_invalid_utf8(std::string_view(text).substr(i, 4)); !bad || bad->line > 1 || bad->column > 1) {
      // A valid character starts here: copy it (its length from the lead byte).
      const auto lead = static_cast<unsigned char>(text[i]);
      length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      repaired.append(text, i, length);
    } else {
      const auto byte = static_cast<unsigned char>(text[i]);
      repaired += static_cast<char>(0xC0 | (byte >> 6));
      repaired += static_cast<char>(0x80 | (byte & 0x3F));
      length = 1;
    }
    i += length;
  }
  return repaired;
}

// How many nodes and bytes of text the document expands to, computed without expanding it: an
// alias is the very node it refers to, so sizes are memoised per node (keyed by its position and
// kind, which aliases share). A 400-byte "billion laughs" document is refused after visiting a
// few dozen nodes, and 3,000 aliases of one 1 MiB string after counting 3,000 nodes, instead of
// converting gigabytes. Returns nullopt for an alias that contains itself. Deeper than the depth
// limit it stops counting: the converter reports the depth, before it expands anything.
class ExpansionCounter {
public:
  struct Size {
    std::size_t nodes = 0;
    std::size_t bytes = 0;
  };
  enum class Over { none, nodes, bytes };

  ExpansionCounter(const YamlLimits& limits) : m_limits(limits) {}

  std::optional<Size> count(const YAML::Node& node, int depth = 0) {
    if (depth > m_limits.max_depth) return Size{}; // the converter reports it
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
    Size total{1, node.IsScalar() ? node.Scalar().size() : 0};
    if (node.IsSequence() || node.IsMap()) {
      for (const auto& child : node) {
        for (const auto& part : node.IsMap() ? std::vector<YAML::Node>{child.first, child.second} : std::vector<YAML::Node>{child}) {
          auto size = count(part, depth + 1);
          if (!size) return std::nullopt;
          total.nodes += size->nodes;
          total.bytes += size->bytes;
          if (over(total) != Over::none) break;
        }
        if (over(total) != Over::none) break;
      }
    }
    if (over(total) != Over::none && m_over == Over::none) {
      m_over = over(total); // the innermost node that is too big: where the repetition is
      m_where = mark;
    }
    m_memo[key] = total;
    return total;
  }

  [[nodiscard]] Over over() const { return m_over; }
  /// Where the cycle or the oversized node was found.
  [[nodiscard]] const YAML::Mark& where() const { return m_where; }

private:
  [[nodiscard]] Over over(const Size& size) const {
    if (size.nodes > m_limits.max_nodes) return Over::nodes;
    if (size.bytes > m_limits.max_expanded_bytes) return Over::bytes;
    return Over::none;
  }

  const YamlLimits& m_limits;
  Over m_over = Over::none;
  YAML::Mark m_where;
  std::map<std::tuple<int, int, int>, std::optional<Size>> m_memo;
};

bool before(const YAML::Mark& a, const YAML::Mark& b) { return std::tie(a.line, a.column) < std::tie(b.line, b.column); }

class Converter {
public:
  Converter(JsonTree& tree, Diagnostics& diagnostics, const YamlLimits& limits, const MarkMapper& marks)
      : m_tree(tree), m_diagnostics(diagnostics), m_limits(limits), m_marks(marks) {}

  [[nodiscard]] bool aborted() const { return m_aborted; }

  // `alias_at`: where the first alias on the way here was used (nullptr: none).
  bool convert(const YAML::Node& node, const std::string& pointer, int depth, nlohmann::json& out,
               const YAML::Mark* alias_at = nullptr) {
    if (m_aborted) return false;
    if (++m_nodes > m_limits.max_nodes) {
      // Aliases were counted before converting, so only a plain document gets here.
      m_aborted = true;
      report(node.Mark(), fmt::format("the document has more than {} values (each key, value and list entry counts); "
                                      "refusing to read it; split it into smaller files",
                                      m_limits.max_nodes));
      return false;
    }
    if (depth > m_limits.max_depth) {
      m_aborted = true;
      if (alias_at != nullptr) {
        report(*alias_at, fmt::format("a chain of aliases nests deeper than {} levels (an alias refers to a node that holds "
                                      "another alias, and so on); refusing to read it",
                                      m_limits.max_depth));
      } else {
        report(node.Mark(), fmt::format("nesting deeper than {} levels; refusing to read it", m_limits.max_depth));
      }
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
        if (!convert(child, child_pointer(pointer, index), depth + 1, value, alias_path(node, child, alias_at)) && m_aborted) {
          return false;
        }
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
        if (key.IsNull()) {
          // `~: yes`, `null: yes` or `: yes`: the number or name before ':' is missing.
          report(key.Mark(), pointer == "/answers"
                                 ? std::string("an item number is missing before ':' (the key is ~, null or empty); write the "
                                               "item's number")
                                 : std::string("a key is missing before ':' (it is ~, null or empty); write a name"));
          ok = false;
          continue;
        }
        if (key.IsScalar() && key.Tag() == "?" && key.Scalar() == "<<") {
          // YAML 1.1 merge keys are not part of YAML 1.2; left as a key '<<' they gave a cascade of
          // confusing errors. One line, and nothing else from this file.
          m_aborted = true;
          report(key.Mark(), "YAML merge keys ('<<: *anchor') are not supported; write the keys out in full");
          return false;
        }
        if (!key.IsScalar()) {
          report(key.Mark(), "a key must be a plain value such as a word or a number, not a list or mapping");
          ok = false;
          continue;
        }
        const std::string name = utf8_scalar(key.Scalar());
        const std::string member_pointer = child_pointer(pointer, name);
        if (out.contains(name)) {
          report(key.Mark(), fmt::format("duplicate key '{}' (first given at line {}); each key may appear only once",
                                         name, m_tree.key_at(member_pointer).line));
          ok = false;
          continue;
        }
        m_tree.set_key_mark(member_pointer, m_marks.map(key.Mark()));
        nlohmann::json value;
        if (!convert(member.second, member_pointer, depth + 1, value, alias_path(node, member.second, alias_at))) ok = false;
        if (m_aborted) return false;
        out[name] = std::move(value);
      }
      return ok;
    }
    }
    return true;
  }

private:
  // An aliased node was defined before the node that uses it; the parent's place stands for the
  // alias (yaml-cpp keeps no mark of the alias itself).
  const YAML::Mark* alias_path(const YAML::Node& parent, const YAML::Node& child, const YAML::Mark* alias_at) {
    if (alias_at != nullptr) return alias_at;
    if (!before(child.Mark(), parent.Mark())) return nullptr;
    m_alias_marks.push_back(std::make_unique<YAML::Mark>(parent.Mark()));
    return m_alias_marks.back().get();
  }

  static nlohmann::json scalar_value(const YAML::Node& node) {
    const std::string& tag = node.Tag();
    if (tag == "?") return resolve_plain_scalar(node.Scalar());
    return utf8_scalar(node.Scalar()); // quoted ("!") or explicitly tagged: keep the text
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
  bool m_aborted = false;
  std::vector<std::unique_ptr<YAML::Mark>> m_alias_marks;
};

// Where the first tab in a line's indentation is (1-based line and column), if any: yaml-cpp
// says "illegal map value" or "illegal tab when looking for indentation", neither of which names
// the tab.
std::optional<Mark> first_tab_in_indentation(std::string_view text) {
  int line = 1;
  for (std::size_t start = 0; start < text.size(); ++line) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view content = text.substr(start, end - start);
    const std::size_t indent = content.find_first_not_of(" \t");
    if (indent != std::string_view::npos && content[indent] != '#' && content[indent] != '\r') {
      if (const auto tab = content.substr(0, indent).find('\t'); tab != std::string_view::npos) return Mark{line, static_cast<int>(tab) + 1};
    }
    start = end + 1;
  }
  return std::nullopt;
}

// Where nesting first goes deeper than `max_depth` (1-based line and column), for documents so deep
// that yaml-cpp gives up itself (at 500 levels, far from where the limit was passed): the 65th
// open bracket of flow style (outside quotes and comments), or the first line indented at a 65th
// level of block style.
std::optional<Mark> deep_nesting_at(std::string_view text, int max_depth) {
  int line = 1;
  int column = 1;
  int flow_depth = 0;
  char quote = 0;
  bool comment = false;
  bool line_start = true;
  std::vector<std::size_t> indents; // block style: the indentation of each open level
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      ++line;
      column = 1;
      comment = false;
      line_start = true;
      continue;
    }
    if (line_start && quote == 0 && flow_depth == 0) {
      const std::size_t indent = text.find_first_not_of(' ', i) - i;
      const char first = i + indent < text.size() ? text[i + indent] : '\n';
      if (first != '\n' && first != '#' && first != '\r') {
        while (!indents.empty() && indents.back() >= indent) indents.pop_back();
        indents.push_back(indent);
        if (static_cast<int>(indents.size()) > max_depth + 1) return Mark{line, static_cast<int>(indent) + 1};
      }
    }
    line_start = false;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;
    if (comment) continue;
    if (quote != 0) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '#') {
      comment = true;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '[' || c == '{') {
      if (++flow_depth + static_cast<int>(indents.size()) - 1 > max_depth) return Mark{line, column - 1};
    } else if ((c == ']' || c == '}') && flow_depth > 0) {
      --flow_depth;
    }
  }
  return std::nullopt;
}

// The events of one document: whether it holds anything, and where it and its first node start.
class DocumentProbe : public YAML::EventHandler {
public:
  void OnDocumentStart(const YAML::Mark& mark) override { start = mark; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { note(mark); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string&) override { note(mark); }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    note(mark);
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { note(mark); }
  void OnMapEnd() override {}

  YAML::Mark start;
  YAML::Mark first;
  bool content = false;

private:
  void note(const YAML::Mark& mark) {
    if (!content) first = mark;
    content = true;
  }
};

struct SecondDocument {
  YAML::Mark mark;
  bool stuck = false; // the parser did not move on: a stray flow token
};

// A second document with content, if the text has one (yaml-cpp's parser, two documents at most).
std::optional<SecondDocument> second_document(std::string_view text) {
  std::istringstream stream{std::string(text)};
  YAML::Parser parser(stream);
  DocumentProbe first;
  if (!parser.HandleNextDocument(first)) return std::nullopt;
  DocumentProbe second;
  if (!parser.HandleNextDocument(second) || !second.content) return std::nullopt;
  const bool stuck = !first.content || second.first.pos <= first.first.pos;
  return SecondDocument{second.first, stuck};
}

} // namespace

std::optional<JsonTree> read_yaml(std::string_view text, const std::string& file, Diagnostics& diagnostics,
                                  const YamlLimits& limits) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (const auto encoding = utf16_encoding(text)) {
    diagnostics.error({file, 1, 1}, fmt::format("file is {}, not UTF-8; save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8)",
                                                *encoding));
    return std::nullopt;
  }
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
  const auto report_at = [&](const YAML::Mark& mark, std::string message) {
    const Mark where = marks.map(mark);
    diagnostics.error({file, std::max(where.line, 1), std::max(where.column, 1)}, std::move(message));
  };
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
    // Text after "..." or a second "---" is not silently ignored. Not YAML::LoadAll: on a stray flow
    // token (",a: {}") it returns a new document forever without moving on (yaml-cpp 0.7), so the
    // documents are walked here, two at the most, and a second one that does not move on is invalid.
    if (const auto second = second_document(text)) {
      report_at(second->mark, second->stuck ? std::string("not valid YAML: a ',' or other flow token outside [ ] or { }")
                                            : std::string("a second YAML document starts here (after '---' or '...'); "
                                                          "secaction reads one document per file: remove it or put it in a "
                                                          "file of its own"));
      return std::nullopt;
    }
  } catch (const YAML::DeepRecursion& e) {
    const auto deep = deep_nesting_at(text, limits.max_depth);
    const Mark where = deep ? *deep : marks.map(e.mark);
    diagnostics.error({file, std::max(where.line, 1), std::max(where.column, 1)},
                      fmt::format("nesting deeper than {} levels; refusing to read it", limits.max_depth));
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    if (const auto tab = find_indentation_tab(text)) {
      diagnostics.error({file, tab->line, tab->column}, "tabs are not allowed in YAML indentation; indent with spaces");
      return std::nullopt;
    }
    const Mark where = marks.map(e.mark);
    if (const auto tab = first_tab_in_indentation(text); tab && tab->line <= std::max(where.line, 1)) {
      diagnostics.error({file, tab->line, tab->column}, "tabs are not allowed in YAML indentation; indent with spaces");
      return std::nullopt;
    }
    diagnostics.error({file, std::max(where.line, 1), std::max(where.column, 1)}, fmt::format("not valid YAML: {}", e.msg));
    return std::nullopt;
  }
  if (text.find('*') != std::string_view::npos) { // aliases need '*': only then can a small text expand
    ExpansionCounter counter(limits);
    const auto size = counter.count(root);
    if (!size) {
      report_at(counter.where(), "an alias refers to this node from inside it (a loop); refusing to read it");
      return std::nullopt;
    }
    if (counter.over() == ExpansionCounter::Over::nodes) {
      report_at(counter.where(), fmt::format("document expands to more than {} nodes (are YAML aliases repeating large "
                                             "parts?); refusing to read it",
                                             limits.max_nodes));
      return std::nullopt;
    }
    if (counter.over() == ExpansionCounter::Over::bytes) {
      report_at(counter.where(), fmt::format("aliases repeat this text to more than {} MiB ({} bytes) in all; refusing to "
                                             "read it",
                                             limits.max_expanded_bytes / (1024 * 1024), limits.max_expanded_bytes));
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
