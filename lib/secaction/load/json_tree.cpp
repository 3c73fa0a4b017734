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

void JsonTree::move_marks(const PointerMove& move) {
  const auto moved = [&move](Marks& marks) {
    const auto dropped = std::remove_if(marks.begin(), marks.end(), [&move](auto& entry) { return !move(entry.first); });
    marks.erase(dropped, marks.end());
  };
  moved(m_sorted_value_marks);
  moved(m_sorted_key_marks);
  set_marks(std::move(m_sorted_value_marks), std::move(m_sorted_key_marks));
}

std::optional<Mark> JsonTree::stored_or_computed(const Marks& sorted, const std::string& pointer) const {
  if (auto found = find_sorted(sorted, pointer)) return found;
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
  if (auto found = find_sorted(m_sorted_key_marks, pointer)) return {m_file, found->line, found->column};
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
