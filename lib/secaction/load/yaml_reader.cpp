#include "secaction/load/yaml_reader.hpp"

#include <algorithm>
#include <charconv>
#include <memory>
#include <optional>
#include <istream>
#include <streambuf>
#include <utility>
#include <cstdint>
#include <vector>

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
    if (end - start <= k_stride) return {mark.line + 1, static_cast<int>(characters_between(start, end)) + 1};
    return {mark.line + 1, static_cast<int>(characters_before(end) - characters_before(start)) + 1};
  }

private:
  // A mark is asked for every node: counting from the start of its line each time made a long
  // line (one flow list of 200,000 values) quadratic. Counts kept every k_stride bytes bound the
  // work per mark and take 1/32 of the text's size.
  static constexpr std::size_t k_stride = 256;
  static bool is_character_start(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; } // not a continuation byte

  [[nodiscard]] std::size_t characters_between(std::size_t from, std::size_t to) const {
    std::size_t characters = 0;
    for (std::size_t i = from; i < to; ++i) characters += is_character_start(m_text[i]) ? 1 : 0;
    return characters;
  }

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
  if (text.empty()) return nullptr;
  // Most scalars are words or numbers: look at the first character before comparing words.
  switch (text[0]) {
  case '~':
  case 'n':
  case 'N':
    if (text == "~" || text == "null" || text == "Null" || text == "NULL") return nullptr;
    break;
  case 't':
  case 'T':
    if (text == "true" || text == "True" || text == "TRUE") return true;
    break;
  case 'f':
  case 'F':
    if (text == "false" || text == "False" || text == "FALSE") return false;
    break;
  default:
    break;
  }
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

// Builds the JSON tree straight from yaml-cpp's parser events, in one pass over the text. (It
// used to load yaml-cpp's node graph, walk it to count what aliases expand to, walk it again to
// convert, and parse the text a second time to look for a second document: the parse is most of
// the cost of reading a file, and it was paid twice.)
//
// The checks keep the order and the words they had when they were separate passes: a syntax
// error or a second document wins over everything else; then, in a text with aliases, a loop or
// an expansion over the limits; then the conversion's own findings (duplicate, missing,
// non-scalar and merge keys, nesting, too many values). Findings are held back until the text
// has parsed, and only the winners are reported.
//
// A quick read (no MarkMapper) builds the same tree without the marks: no pointer per node, no
// mark table to sort. It takes only the marks of `kept` pointers, which a loader keeps for later
// messages. At its first finding it stops: the careful read (with marks) reports the file.
class TreeBuilder : public YAML::EventHandler {
public:
  TreeBuilder(const std::string& file, const YamlLimits& limits, const MarkMapper& marks, bool has_aliases)
      : m_file(file), m_limits(limits), m_marks(&marks), m_has_aliases(has_aliases) {}
  TreeBuilder(const std::string& file, const YamlLimits& limits, std::string_view text, const std::vector<std::string>& kept)
      : m_file(file), m_limits(limits), m_text(text), m_kept(&kept), m_has_aliases(false) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node node = start_node(mark, anchor, true);
    node.kind = Kind::null;
    finish_node(std::move(node), nullptr);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, const std::string& value) override {
    note_content(mark);
    Node node = start_node(mark, anchor, true);
    node.kind = Kind::scalar;
    if (node.is_key || anchor != 0) node.text = value; // only a key's or a named node's text is read again
    node.plain = tag.size() == 1 && tag[0] == '?';
    node.size.bytes = value.size();
    nlohmann::json json = node.plain ? resolve_plain_scalar(value) : nlohmann::json(utf8_scalar(value));
    finish_node(std::move(node), std::move(json));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    note_content(mark);
    const Anchor* target = anchor < m_anchors.size() ? m_anchors[anchor].get() : nullptr;
    if (target == nullptr || !target->done) {
      // Still open: the alias is inside the node it names.
      expansion_problem(target != nullptr ? target->mark : mark, Expansion::loop);
      m_skip_all = true;
      return;
    }
    alias(*target, anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
    note_content(mark);
    open(mark, anchor, Kind::sequence);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
    note_content(mark);
    open(mark, anchor, Kind::map);
  }
  void OnMapEnd() override { close(); }

  /// Whether the document had any node other than null, and where the first one was.
  [[nodiscard]] bool has_content() const { return m_content; }
  [[nodiscard]] const YAML::Mark& first_content() const { return m_first_content; }

  /// Reports what a loop or an expansion over the limits found (true if it did).
  bool report_expansion(Diagnostics& diagnostics) const {
    if (m_expansion == Expansion::none) return false;
    const Mark where = m_marks->map(m_expansion_at);
    const SourceLocation at{m_file, std::max(where.line, 1), std::max(where.column, 1)};
    switch (m_expansion) {
    case Expansion::loop:
      diagnostics.error(at, "an alias refers to this node from inside it (a loop); refusing to read it");
      break;
    case Expansion::nodes:
      diagnostics.error(at, fmt::format("document expands to more than {} nodes (are YAML aliases repeating large parts?); "
                                        "refusing to read it",
                                        m_limits.max_nodes));
      break;
    case Expansion::bytes:
      diagnostics.error(at, fmt::format("aliases repeat this text to more than {} MiB ({} bytes) in all; refusing to read it",
                                        m_limits.max_expanded_bytes / (1024 * 1024), m_limits.max_expanded_bytes));
      break;
    case Expansion::none:
      break;
    }
    return true;
  }

  /// The conversion's findings; whether the tree is usable despite them (a breached limit or a
  /// merge key leaves none; duplicate or missing keys leave one where the first value won).
  [[nodiscard]] const Diagnostics& findings() const { return m_findings; }
  [[nodiscard]] bool aborted() const { return m_aborted; }
  /// A quick read that found something to report: only the careful read can say what and where.
  [[nodiscard]] bool needs_careful_read() const { return m_needs_careful_read; }

  using Marks = JsonTree::Marks;

  /// The marks alone (a careful read done again for them).
  std::pair<Marks, Marks> take_marks() { return {std::move(m_value_marks), std::move(m_key_marks)}; }

  /// The tree, with the marks of every value and key.
  JsonTree take_tree() {
    copy_aliases();
    JsonTree tree(m_file, std::move(m_root));
    tree.set_marks(std::move(m_value_marks), std::move(m_key_marks));
    return tree;
  }

private:
  enum class Kind { null, scalar, sequence, map };
  enum class Expansion { none, loop, nodes, bytes };
  struct Size {
    std::size_t nodes = 1;
    std::size_t bytes = 0;
  };

  // A node being read. `silent`: it is not part of the tree (a key that is a list or mapping, the
  // value of a refused key), so nothing in it is converted, counted or reported, as the
  // conversion never visited it; it is still read, for the anchors in it.
  struct Node {
    Kind kind = Kind::null;
    YAML::Mark mark;
    YAML::anchor_t anchor = 0;
    std::string pointer;
    int depth = 0;
    bool silent = false;
    bool is_key = false;
    bool is_alias = false;
    bool tracked = false; // a quick read: `pointer` is built, as it leads to a kept mark
    Size size;           // what it expands to: itself, keys, values and what aliases in it repeat
    int levels = 0;      // how many levels of values it holds below itself, through aliases
    std::string text;    // a scalar's text
    bool plain = false;  // a scalar without quotes or tag
    std::size_t value_marks_from = 0; // its marks and aliases, for an anchor's copies
    std::size_t key_marks_from = 0;
    std::size_t aliases_from = 0;
    // Containers:
    nlohmann::json json;
    std::size_t index = 0;          // sequence: the next entry
    bool expecting_key = true;      // map: the next node is a key
    std::string member;             // map: the key just read
    bool skip_value = false;        // map: the key was refused, so is its value
    bool value_silent = false;
  };

  // A named node. Aliases of a node in the tree are copied from the tree once the whole text has
  // parsed and passed the expansion limits (so a refused "billion laughs" costs no copying);
  // its marks are its own and those of the aliases inside it.
  struct Anchor {
    bool done = false;
    YAML::Mark mark;
    Kind kind = Kind::null;
    std::string text;
    bool plain = false;
    Size size;
    int levels = 0;
    bool in_tree = false;
    std::string pointer;  // in the tree: where (its marks' pointers start with it)
    nlohmann::json json;  // not in the tree (a key, a refused key's value): the value itself
    Mark key_mark;        // not in the tree: where it is
    std::size_t value_marks_from = 0, value_marks_to = 0;
    std::size_t key_marks_from = 0, key_marks_to = 0;
    std::size_t aliases_from = 0, aliases_to = 0; // the aliases inside it (indexes of m_aliases)
  };

  // An alias in the tree, copied when the text has parsed; then the marks of its copy.
  struct PendingAlias {
    std::string pointer;
    YAML::anchor_t anchor = 0;
    std::size_t value_marks_from = 0, value_marks_to = 0;
    std::size_t key_marks_from = 0, key_marks_to = 0;
  };

  // Where the next node goes in its container, and what it is there: an entry, a key (not a
  // value: checked when complete) or a member's value.
  void place(Node& node) {
    if (m_stack.empty()) {
      node.tracked = m_kept != nullptr && !m_kept->empty();
      return;
    }
    const Node& parent = m_stack.back();
    node.depth = parent.depth + 1;
    node.silent = parent.silent;
    const bool pointers = m_marks != nullptr || parent.tracked;
    if (parent.kind == Kind::sequence) {
      if (!node.silent && pointers) node.pointer = child_pointer(parent.pointer, parent.index);
    } else if (parent.expecting_key) {
      node.is_key = true;
      node.silent = true;
      node.depth = parent.depth;
    } else {
      node.silent = node.silent || parent.value_silent;
      if (!node.silent && pointers) node.pointer = child_pointer(parent.pointer, parent.member);
    }
    if (m_marks == nullptr && !node.pointer.empty()) {
      node.tracked = leads_to_kept(node.pointer);
      if (!node.tracked) node.pointer.clear();
    }
  }

  // A quick read: whether `pointer` is a kept one or on the way to one.
  [[nodiscard]] bool leads_to_kept(const std::string& pointer) const {
    return std::any_of(m_kept->begin(), m_kept->end(), [&](const std::string& kept) {
      return kept.starts_with(pointer) && (kept.size() == pointer.size() || kept[pointer.size()] == '/');
    });
  }
  [[nodiscard]] bool is_kept(const std::string& pointer) const {
    return std::find(m_kept->begin(), m_kept->end(), pointer) != m_kept->end();
  }

  // The line and column (in characters) of a mark, without MarkMapper's table: for the few
  // marks a quick read keeps.
  [[nodiscard]] Mark map_alone(const YAML::Mark& mark) const {
    if (mark.line < 0 || mark.column < 0 || mark.pos < mark.column || static_cast<std::size_t>(mark.pos) > m_text.size()) {
      return {mark.line + 1, mark.column + 1};
    }
    const std::string_view before = m_text.substr(static_cast<std::size_t>(mark.pos - mark.column), static_cast<std::size_t>(mark.column));
    const auto characters = std::count_if(before.begin(), before.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
    return {mark.line + 1, static_cast<int>(characters) + 1};
  }

  // `leaf`: a scalar or null, which has no children to build pointers from.
  Node start_node(const YAML::Mark& mark, YAML::anchor_t anchor, bool leaf) {
    Node node;
    node.mark = mark;
    node.anchor = anchor;
    place(node);
    if (anchor != 0) {
      if (m_anchors.size() <= anchor) m_anchors.resize(anchor + 1);
      m_anchors[anchor] = std::make_unique<Anchor>();
      m_anchors[anchor]->mark = mark;
    }
    node.value_marks_from = m_value_marks.size();
    node.key_marks_from = m_key_marks.size();
    node.aliases_from = m_aliases.size();
    if (!node.silent) visit_value(node, leaf);
    return node;
  }

  // The conversion's checks made on entering a value, in document order.
  void visit_value(Node& node, bool leaf) {
    if (stopped()) return;
    if (!m_has_aliases && ++m_values > m_limits.max_nodes) {
      abort(node.mark, fmt::format("the document has more than {} values (each key, value and list entry counts); "
                                   "refusing to read it; split it into smaller files",
                                   m_limits.max_nodes));
      return;
    }
    if (node.depth > m_limits.max_depth) {
      abort(node.mark, fmt::format("nesting deeper than {} levels; refusing to read it", m_limits.max_depth));
      return;
    }
    if (m_marks == nullptr) {
      if (node.tracked && is_kept(node.pointer)) m_value_marks.emplace_back(node.pointer, map_alone(node.mark));
      return;
    }
    // A leaf that is not named (no anchor) never needs its pointer again: give it to its mark.
    if (leaf && node.anchor == 0) {
      m_value_marks.emplace_back(std::move(node.pointer), m_marks->map(node.mark));
    } else {
      m_value_marks.emplace_back(node.pointer, m_marks->map(node.mark));
    }
  }

  void open(const YAML::Mark& mark, YAML::anchor_t anchor, Kind kind) {
    Node node = start_node(mark, anchor, false);
    node.kind = kind;
    // A silent node is built too (not checked, not marked), for an alias that names it.
    if (!stopped()) node.json = kind == Kind::map ? nlohmann::json::object() : nlohmann::json::array();
    m_stack.push_back(std::move(node));
  }

  void close() {
    Node node = std::move(m_stack.back());
    m_stack.pop_back();
    nlohmann::json json = std::move(node.json);
    finish_node(std::move(node), std::move(json));
  }

  void alias(const Anchor& target, YAML::anchor_t anchor) {
    Node node = start_alias(target);
    if (!node.silent && !stopped()) m_aliases.push_back(PendingAlias{node.pointer, anchor});
    finish_node(std::move(node), nullptr); // a place for the copy
  }

  // An alias stands for the node it names: its kind, text, size and levels, and (for the
  // conversion) the marks of that node and of everything in it.
  Node start_alias(const Anchor& target) {
    Node node;
    node.mark = target.mark;
    node.kind = target.kind;
    node.text = target.text;
    node.plain = target.plain;
    node.size = target.size;
    node.levels = target.levels;
    node.is_alias = true;
    if (m_stack.empty()) return node;
    place(node);
    const Node& parent = m_stack.back();
    if (!node.silent && !stopped()) {
      // The conversion placed the aliased node (yaml-cpp keeps no mark of the alias itself) at its
      // container's mark, and met the first level too deep inside it there.
      if (node.depth + node.levels > m_limits.max_depth) {
        abort(parent.mark, fmt::format("a chain of aliases nests deeper than {} levels (an alias refers to a node that holds "
                                       "another alias, and so on); refusing to read it",
                                       m_limits.max_depth));
      }
    }
    return node;
  }

  // Copies what aliases name, in document order: an alias comes after the node it names, so the
  // aliases inside that node are copied before it is.
  void copy_aliases() {
    for (auto& alias : m_aliases) {
      const Anchor& anchor = *m_anchors[alias.anchor];
      Marks values;
      Marks keys;
      nlohmann::json copy;
      if (anchor.in_tree) {
        copy = m_root.at(nlohmann::json::json_pointer(anchor.pointer));
        const auto rebase = [&](Marks& to, const Marks& from, std::size_t first, std::size_t last) {
          for (std::size_t i = first; i < last; ++i) to.emplace_back(alias.pointer + from[i].first.substr(anchor.pointer.size()), from[i].second);
        };
        rebase(values, m_value_marks, anchor.value_marks_from, anchor.value_marks_to);
        rebase(keys, m_key_marks, anchor.key_marks_from, anchor.key_marks_to);
        for (std::size_t i = anchor.aliases_from; i < anchor.aliases_to; ++i) {
          rebase(values, m_value_marks, m_aliases[i].value_marks_from, m_aliases[i].value_marks_to);
          rebase(keys, m_key_marks, m_aliases[i].key_marks_from, m_aliases[i].key_marks_to);
        }
      } else {
        copy = anchor.json;
        values.emplace_back(alias.pointer, anchor.key_mark);
      }
      m_root[nlohmann::json::json_pointer(alias.pointer)] = std::move(copy);
      alias.value_marks_from = m_value_marks.size();
      m_value_marks.insert(m_value_marks.end(), std::make_move_iterator(values.begin()), std::make_move_iterator(values.end()));
      alias.value_marks_to = m_value_marks.size();
      alias.key_marks_from = m_key_marks.size();
      m_key_marks.insert(m_key_marks.end(), std::make_move_iterator(keys.begin()), std::make_move_iterator(keys.end()));
      alias.key_marks_to = m_key_marks.size();
    }
  }

  // A node is complete: keep it as an anchor if it has one, then give it to its container.
  void finish_node(Node node, nlohmann::json json) {
    if (node.anchor != 0 && !node.is_alias) remember_anchor(node, json);
    if (m_stack.empty()) {
      if (m_has_aliases && !node.is_alias && over(node.size) != Expansion::none) expansion_problem(node.mark, over(node.size));
      if (!node.silent && !stopped()) m_root = std::move(json);
      return;
    }
    Node& parent = m_stack.back();
    add_size(parent, node);
    if (parent.kind == Kind::sequence) {
      if (!stopped()) parent.json.push_back(std::move(json));
      parent.levels = std::max(parent.levels, node.levels + 1);
      ++parent.index;
      return;
    }
    if (parent.expecting_key) {
      take_key(parent, node);
      parent.expecting_key = false;
      return;
    }
    if (!parent.skip_value && !stopped()) {
      parent.json[parent.member] = std::move(json);
      parent.levels = std::max(parent.levels, node.levels + 1);
    }
    parent.expecting_key = true;
    parent.skip_value = false;
    parent.value_silent = false;
  }

  void remember_anchor(const Node& node, const nlohmann::json& json) {
    Anchor& anchor = *m_anchors[node.anchor];
    anchor.done = true;
    anchor.kind = node.kind;
    anchor.text = node.text;
    anchor.plain = node.plain;
    anchor.size = node.size;
    anchor.levels = node.levels;
    anchor.in_tree = !node.silent;
    if (!anchor.in_tree) {
      // A key (or a refused key's value) named by an alias: its value, at its place.
      anchor.json = json;
      if (m_marks != nullptr) anchor.key_mark = m_marks->map(node.mark); // a quick read has no alias
      return;
    }
    anchor.pointer = node.pointer;
    anchor.value_marks_from = node.value_marks_from;
    anchor.value_marks_to = m_value_marks.size();
    anchor.key_marks_from = node.key_marks_from;
    anchor.key_marks_to = m_key_marks.size();
    anchor.aliases_from = node.aliases_from;
    anchor.aliases_to = m_aliases.size();
  }

  // What the node adds to its container's expanded size; the innermost node found over a limit
  // is where the repetition is.
  void add_size(Node& parent, const Node& child) {
    if (!m_has_aliases || m_expansion != Expansion::none) return;
    if (!child.is_alias && child.kind != Kind::sequence && child.kind != Kind::map && over(child.size) != Expansion::none) {
      expansion_problem(child.mark, over(child.size));
      return;
    }
    parent.size.nodes += child.size.nodes;
    parent.size.bytes += child.size.bytes;
    if (const Expansion problem = over(parent.size); problem != Expansion::none) expansion_problem(parent.mark, problem);
  }

  [[nodiscard]] Expansion over(const Size& size) const {
    if (size.nodes > m_limits.max_nodes) return Expansion::nodes;
    if (size.bytes > m_limits.max_expanded_bytes) return Expansion::bytes;
    return Expansion::none;
  }

  void expansion_problem(const YAML::Mark& mark, Expansion problem) {
    if (m_marks == nullptr) {
      careful_read_needed();
      return;
    }
    if (m_expansion != Expansion::none) return;
    m_expansion = problem;
    m_expansion_at = mark;
    m_skip_all = true; // nothing more to build: the file is refused
  }

  void take_key(Node& parent, const Node& key) {
    parent.skip_value = true;
    parent.value_silent = true;
    if (stopped()) return;
    if (parent.silent) {
      // Inside a silent node: built for an alias, first value winning, nothing reported.
      if (key.kind != Kind::scalar || (key.plain && key.text == "<<")) return;
      std::string name = key_text(key);
      if (parent.json.contains(name)) return;
      parent.member = std::move(name);
      parent.skip_value = false;
      return;
    }
    if (key.kind == Kind::null) {
      // `~: yes`, `null: yes` or `: yes`: the number or name before ':' is missing.
      finding(key.mark, parent.pointer == "/answers"
                            ? std::string("an item number is missing before ':' (the key is ~, null or empty); write the item's number")
                            : std::string("a key is missing before ':' (it is ~, null or empty); write a name"));
      return;
    }
    if (key.kind == Kind::scalar && key.plain && key.text == "<<") {
      // YAML 1.1 merge keys are not part of YAML 1.2; left as a key '<<' they gave a cascade of
      // confusing errors. One line, and nothing else from this file.
      abort(key.mark, "YAML merge keys ('<<: *anchor') are not supported; write the keys out in full");
      return;
    }
    if (key.kind != Kind::scalar) {
      finding(key.mark, "a key must be a plain value such as a word or a number, not a list or mapping");
      return;
    }
    std::string name = key_text(key);
    if (m_marks == nullptr) {
      if (parent.json.contains(name)) {
        careful_read_needed(); // a duplicate key
        return;
      }
      if (parent.tracked) {
        std::string member_pointer = child_pointer(parent.pointer, name);
        if (is_kept(member_pointer)) m_key_marks.emplace_back(std::move(member_pointer), map_alone(key.mark));
      }
      parent.member = std::move(name);
      parent.skip_value = false;
      parent.value_silent = false;
      return;
    }
    std::string member_pointer = child_pointer(parent.pointer, name);
    if (parent.json.contains(name)) {
      finding(key.mark, fmt::format("duplicate key '{}' (first given at line {}); each key may appear only once", name,
                                    first_key_line(member_pointer, parent.key_marks_from)));
      return;
    }
    m_key_marks.emplace_back(std::move(member_pointer), m_marks->map(key.mark));
    parent.member = std::move(name);
    parent.skip_value = false;
    parent.value_silent = false;
  }

  // Only an escape in double quotes can give bytes that are not UTF-8 (the text was checked).
  static std::string key_text(const Node& key) { return key.plain ? key.text : utf8_scalar(key.text); }

  [[nodiscard]] int first_key_line(const std::string& pointer, std::size_t from) const {
    for (std::size_t i = from; i < m_key_marks.size(); ++i) {
      if (m_key_marks[i].first == pointer) return m_key_marks[i].second.line;
    }
    return 0;
  }

  void note_content(const YAML::Mark& mark) {
    if (!m_content) m_first_content = mark;
    m_content = true;
  }

  void finding(const YAML::Mark& mark, std::string message) {
    if (m_marks == nullptr) {
      careful_read_needed();
      return;
    }
    const Mark where = m_marks->map(mark);
    m_findings.error({m_file, where.line, where.column}, std::move(message));
  }

  void abort(const YAML::Mark& mark, std::string message) {
    finding(mark, std::move(message));
    m_aborted = true;
  }

  // A quick read stops at its first finding and builds nothing more: the careful read will.
  void careful_read_needed() {
    m_needs_careful_read = true;
    m_skip_all = true;
  }

  [[nodiscard]] bool stopped() const { return m_aborted || m_skip_all; }

  const std::string& m_file;
  const YamlLimits& m_limits;
  const MarkMapper* m_marks = nullptr;                // null: a quick read
  std::string_view m_text;                            // a quick read: the text, for map_alone
  const std::vector<std::string>* m_kept = nullptr;   // a quick read: the marks it takes
  const bool m_has_aliases; // only then can a small text expand, and sizes are counted
  std::vector<Node> m_stack;
  std::vector<std::unique_ptr<Anchor>> m_anchors; // by yaml-cpp's anchor number
  nlohmann::json m_root;
  std::vector<PendingAlias> m_aliases;
  Marks m_value_marks;
  Marks m_key_marks;
  Diagnostics m_findings;
  std::size_t m_values = 0;
  bool m_aborted = false;
  bool m_needs_careful_read = false;
  bool m_skip_all = false;
  Expansion m_expansion = Expansion::none;
  YAML::Mark m_expansion_at;
  bool m_content = false;
  YAML::Mark m_first_content;
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

// The events of the document after the first: whether it holds anything, and where its first node is.
class DocumentProbe : public YAML::EventHandler {
public:
  void OnDocumentStart(const YAML::Mark&) override {}
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

  YAML::Mark first;
  bool content = false;

private:
  void note(const YAML::Mark& mark) {
    if (!content) first = mark;
    content = true;
  }
};

// What yaml-cpp reads is checked first: its own words for these are no help (or it has none).
// Returns the text without a byte order mark, or nullopt once reported.
std::optional<std::string_view> readable_text(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
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
  return text;
}

// yaml-cpp reads from a stream; this one reads the text where it is (a std::istringstream would copy it).
class TextStreamBuffer : public std::streambuf {
public:
  explicit TextStreamBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data()); // only read: a get area is char*
    setg(begin, begin, begin + text.size());
  }
};

// The careful read: every node's mark, and every problem reported with its place. Given
// `marks_only`, a text that reads without a problem gives its marks there instead of a tree (a
// quick read's marks, read when one is asked for).
std::optional<JsonTree> read_with_marks(std::string_view text, const std::string& file, Diagnostics& diagnostics,
                                        const YamlLimits& limits, std::pair<JsonTree::Marks, JsonTree::Marks>* marks_only = nullptr) {
  const MarkMapper marks(text);
  const auto report_at = [&](const YAML::Mark& mark, std::string message) {
    const Mark where = marks.map(mark);
    diagnostics.error({file, std::max(where.line, 1), std::max(where.column, 1)}, std::move(message));
  };
  const bool has_aliases = text.find('*') != std::string_view::npos; // only then can a small text expand
  TreeBuilder builder(file, limits, marks, has_aliases);
  try {
    TextStreamBuffer buffer(text);
    std::istream stream(&buffer);
    YAML::Parser parser(stream);
    parser.HandleNextDocument(builder);
    // Text after "..." or a second "---" is not silently ignored. The parser goes on to the next
    // document; on a stray flow token (",a: {}") yaml-cpp 0.7 starts a new document forever
    // without moving on, so a second one that does not move on is invalid.
    DocumentProbe second;
    if (parser.HandleNextDocument(second) && second.content) {
      const bool stuck = !builder.has_content() || second.first.pos <= builder.first_content().pos;
      report_at(second.first, stuck ? std::string("not valid YAML: a ',' or other flow token outside [ ] or { }")
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
  if (builder.report_expansion(diagnostics)) return std::nullopt;
  diagnostics.append(builder.findings());
  // Duplicate or non-scalar keys are reported but leave a usable tree (the first value wins),
  // so later checks can still report every other problem. A breached limit does not.
  if (builder.aborted()) return std::nullopt;
  if (marks_only != nullptr) {
    *marks_only = builder.take_marks();
    return std::nullopt;
  }
  return builder.take_tree();
}

// The quick read of a text without aliases: the tree, the marks of `kept` pointers, and what it
// takes to read the other marks when one is asked for. Nullopt when the text has anything to
// report (the careful read reports it).
std::optional<JsonTree> read_without_marks(std::string_view text, const std::string& file, const YamlLimits& limits,
                                           const std::vector<std::string>& kept) {
  // The text is kept for the marks, and read from there.
  auto source = std::make_shared<const std::string>(text);
  TreeBuilder builder(file, limits, *source, kept);
  try {
    TextStreamBuffer buffer(*source);
    std::istream stream(&buffer);
    YAML::Parser parser(stream);
    parser.HandleNextDocument(builder);
    DocumentProbe second;
    if (parser.HandleNextDocument(second) && second.content) return std::nullopt;
  } catch (const YAML::Exception&) {
    return std::nullopt;
  }
  if (builder.needs_careful_read() || builder.aborted() || !builder.findings().all().empty()) return std::nullopt;
  JsonTree tree = builder.take_tree();
  tree.set_mark_reader([source, file, limits] {
    std::pair<JsonTree::Marks, JsonTree::Marks> marks;
    Diagnostics unused; // the quick read found nothing to report, and the careful one finds the same
    read_with_marks(*source, file, unused, limits, &marks);
    return marks;
  });
  return tree;
}

} // namespace

std::optional<JsonTree> read_yaml(std::string_view text, const std::string& file, Diagnostics& diagnostics,
                                  const YamlLimits& limits, const std::vector<std::string>& kept_marks) {
  const auto readable = readable_text(text, file, diagnostics);
  if (!readable) return std::nullopt;
  // Aliases need the careful read: the marks of what they repeat are copied with it.
  if (readable->find('*') == std::string_view::npos) {
    if (auto tree = read_without_marks(*readable, file, limits, kept_marks)) return tree;
  }
  return read_with_marks(*readable, file, diagnostics, limits);
}

} // namespace secaction::load
