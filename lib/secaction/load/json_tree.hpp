#pragma once
// A parsed input as JSON (what the schemas and loaders work on) plus, for every node, where it
// stood in the source file, so that every problem can be reported as file:line:col.
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "secaction/core/diagnostic.hpp"

namespace secaction::load {

struct Mark {
  int line = 0;   // 1-based
  int column = 0; // 1-based
};

class JsonTree {
public:
  JsonTree() = default;
  JsonTree(std::string file, nlohmann::json root) : m_file(std::move(file)), m_root(std::move(root)) {}
  // Move-only: marks read on demand are read once, into the one tree that asked for them.
  JsonTree(JsonTree&&) noexcept = default;
  JsonTree& operator=(JsonTree&&) noexcept = default;
  JsonTree(const JsonTree&) = delete;
  JsonTree& operator=(const JsonTree&) = delete;
  ~JsonTree() = default;

  [[nodiscard]] const std::string& file() const { return m_file; }
  [[nodiscard]] const nlohmann::json& root() const { return m_root; }

  /// Where the value at `pointer` (an RFC 6901 JSON pointer, "" for the root) starts.
  [[nodiscard]] SourceLocation at(const std::string& pointer) const;
  /// Where the key of the member at `pointer` starts (falls back to the value).
  [[nodiscard]] SourceLocation key_at(const std::string& pointer) const;

  void set_root(nlohmann::json root) { m_root = std::move(root); }
  /// Every mark at once (a parsed file's: one pointer each), kept sorted: a parse gives each of
  /// its nodes a mark, and a table per node cost an allocation per node.
  using Marks = std::vector<std::pair<std::string, Mark>>;
  void set_marks(Marks values, Marks keys);

  /// Marks read when one is first asked for (at, key_at, move_marks applied to them then): a file
  /// read without its marks keeps what it takes to read them — its text is parsed again, once,
  /// which only a file with a problem to report needs. The marks given with set_marks are those
  /// the reader took at once (they must agree with what `read` returns). Safe to ask from
  /// several threads at once.
  using MarkReader = std::function<std::pair<Marks, Marks>()>; // value marks, key marks
  void set_mark_reader(MarkReader read);
  /// Whether every mark is at hand (no mark reader, or it has run): for tests and benchmarks,
  /// which check that a valid file is parsed only once.
  [[nodiscard]] bool marks_read() const { return !m_pending || m_pending->done; }

  /// Rewrites a stored mark's pointer in place, or returns false to drop the mark.
  using PointerMove = std::function<bool(std::string& pointer)>;
  /// For a root whose keys were renamed (take_root, change, set_root): every stored mark moves
  /// with `move`, in one pass over the marks (copying them node by node through at() cost a
  /// search and two allocations per node). Marks not read yet (set_mark_reader) move when they
  /// are read, so `move` keeps a copy of what it uses. Computed marks (set_mark_lookup) do not
  /// move: they answer for the old pointers.
  void move_marks(const PointerMove& move);
  [[nodiscard]] nlohmann::json take_root() { return std::move(m_root); }

  /// Where a value is, computed on demand for pointers that have no stored mark (nullopt: none).
  /// A large table (a CSV register) keeps its positions compactly instead of one map entry per
  /// cell, which took about 200 bytes a cell.
  using MarkLookup = std::function<std::optional<Mark>(const std::string& pointer)>;
  void set_mark_lookup(MarkLookup lookup) { m_lookup = std::move(lookup); }

private:
  [[nodiscard]] std::optional<Mark> stored_or_computed(const Marks& sorted, const std::string& pointer) const;
  // A stored mark, the pending ones read first if it is not among those at hand.
  [[nodiscard]] std::optional<Mark> stored(const Marks& sorted, const std::string& pointer) const;
  void read_pending_marks() const;
  static void apply_move(Marks& marks, const PointerMove& move);

  // What set_mark_reader leaves to do: the reader, and the moves asked for before it ran.
  struct PendingMarks {
    std::once_flag once;
    std::atomic<bool> done = false;
    MarkReader read;
    std::vector<PointerMove> moves;
  };

  std::string m_file;
  nlohmann::json m_root;
  // Mutable: filled in by read_pending_marks (under m_pending->once) from const lookups.
  mutable Marks m_sorted_value_marks;
  mutable Marks m_sorted_key_marks;
  MarkLookup m_lookup;
  std::unique_ptr<PendingMarks> m_pending;
};

/// `parent` + "/" + key, escaped as RFC 6901 requires.
std::string child_pointer(const std::string& parent, std::string_view key);
std::string child_pointer(const std::string& parent, std::size_t index);
/// A pointer as a reader would write it: "/answers/3" -> "answers.3" ("(top level)" for "").
std::string readable_path(const std::string& pointer);

} // namespace secaction::load
