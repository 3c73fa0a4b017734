#include "secaction/load/json_tree.hpp"

#include <algorithm>

namespace secaction::load {

namespace {
bool pointer_less(const std::pair<std::string, Mark>& entry, const std::string& pointer) { return entry.first < pointer; }

std::optional<Mark> find_sorted(const JsonTree::Marks& marks, const std::string& pointer) {
  const auto found = std::lower_bound(marks.begin(), marks.end(), pointer, pointer_less);
  if (found != marks.end() && found->first == pointer) return found->second;
  return std::nullopt;
}
} // namespace

void JsonTree::set_marks(Marks values, Marks keys) {
  const auto by_pointer = [](const auto& a, const auto& b) { return a.first < b.first; };
  std::sort(values.begin(), values.end(), by_pointer);
  std::sort(keys.begin(), keys.end(), by_pointer);
  m_sorted_value_marks = std::move(values);
  m_sorted_key_marks = std::move(keys);
}

void JsonTree::set_mark_reader(MarkReader read) {
  m_pending = std::make_unique<PendingMarks>();
  m_pending->read = std::move(read);
}

void JsonTree::apply_move(Marks& marks, const PointerMove& move) {
  const auto dropped = std::remove_if(marks.begin(), marks.end(), [&move](auto& entry) { return !move(entry.first); });
  marks.erase(dropped, marks.end());
}

void JsonTree::move_marks(const PointerMove& move) {
  apply_move(m_sorted_value_marks, move);
  apply_move(m_sorted_key_marks, move);
  set_marks(std::move(m_sorted_value_marks), std::move(m_sorted_key_marks));
  // Marks not yet read move when they are: the moves are kept, in order.
  if (m_pending && !m_pending->done) m_pending->moves.push_back(move);
}

void JsonTree::read_pending_marks() const {
  if (!m_pending) return;
  std::call_once(m_pending->once, [this] {
    auto [values, keys] = m_pending->read();
    for (const auto& move : m_pending->moves) {
      apply_move(values, move);
      apply_move(keys, move);
    }
    const auto by_pointer = [](const auto& a, const auto& b) { return a.first < b.first; };
    std::sort(values.begin(), values.end(), by_pointer);
    std::sort(keys.begin(), keys.end(), by_pointer);
    m_sorted_value_marks = std::move(values);
    m_sorted_key_marks = std::move(keys);
    m_pending->read = nullptr;
    m_pending->moves.clear();
    m_pending->done = true;
  });
}

std::optional<Mark> JsonTree::stored(const Marks& sorted, const std::string& pointer) const {
  if (auto found = find_sorted(sorted, pointer)) return found;
  if (!m_pending || m_pending->done) return std::nullopt;
  read_pending_marks();
  return find_sorted(sorted, pointer);
}

std::optional<Mark> JsonTree::stored_or_computed(const Marks& sorted, const std::string& pointer) const {
  if (auto found = stored(sorted, pointer)) return found;
  if (m_lookup) return m_lookup(pointer);
  return std::nullopt;
}

SourceLocation JsonTree::at(const std::string& pointer) const {
  std::string probe = pointer;
  // A node created by conversion always has a mark; walk up for safety (e.g. a missing member).
  while (true) {
    if (auto mark = stored_or_computed(m_sorted_value_marks, probe)) return {m_file, mark->line, mark->column};
    if (probe.empty()) return {m_file, 1, 1};
    probe.erase(probe.rfind('/'));
  }
}

SourceLocation JsonTree::key_at(const std::string& pointer) const {
  if (auto found = stored(m_sorted_key_marks, pointer)) return {m_file, found->line, found->column};
  return at(pointer);
}

std::string child_pointer(const std::string& parent, std::string_view key) {
  std::string result = parent;
  result += '/';
  for (char c : key) {
    if (c == '~') {
      result += "~0";
    } else if (c == '/') {
      result += "~1";
    } else {
      result += c;
    }
  }
  return result;
}

std::string child_pointer(const std::string& parent, std::size_t index) {
  return parent + "/" + std::to_string(index);
}

std::string readable_path(const std::string& pointer) {
  if (pointer.empty()) return "(top level)";
  std::string result;
  for (std::size_t i = 1; i < pointer.size(); ++i) {
    if (pointer[i] == '/') {
      result += '.';
    } else if (pointer[i] == '~' && i + 1 < pointer.size()) {
      result += pointer[i + 1] == '0' ? '~' : '/';
      ++i;
    } else {
      result += pointer[i];
    }
  }
  return result;
}

} // namespace secaction::load
