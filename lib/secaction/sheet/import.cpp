#include "secaction/sheet/import.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "secaction/load/yaml_writer.hpp"

namespace secaction::sheet {
namespace {

using OrderedJson = nlohmann::ordered_json;

OrderedJson both(const std::string& text) { return OrderedJson{{"ja", text}, {"en", text}}; }

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\n");
  return std::string(text.substr(first, last - first + 1));
}

// An official number as written, with full-width letters, digits and dashes made half-width
// (the same number, not a rewording).
std::string half_width_number(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == 0xEF && i + 2 < text.size()) {
      const unsigned code = ((byte & 0x0FU) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3FU) << 6) |
                            (static_cast<unsigned char>(text[i + 2]) & 0x3FU);
      if (code >= 0xFF01 && code <= 0xFF5E) {
        out += static_cast<char>(code - 0xFF01 + 0x21);
        i += 3;
        continue;
      }
    }
    if (byte == 0xE2 && i + 2 < text.size()) {
      const unsigned code = ((byte & 0x0FU) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3FU) << 6) |
                            (static_cast<unsigned char>(text[i + 2]) & 0x3FU);
      if ((code >= 0x2010 && code <= 0x2015) || code == 0x2212) {
        out += '-';
        i += 3;
        continue;
      }
    }
    out += text[i];
    ++i;
  }
  return out;
}

bool valid_number(const std::string& number) {
  if (number.empty() || std::isalnum(static_cast<unsigned char>(number.front())) == 0) return false;
  return std::all_of(number.begin(), number.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '-';
  });
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// A cell's text as separate lines (the points of a criteria block), blank lines dropped.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    std::string line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
    if (!trimmed(line).empty()) lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

struct Role {
  int column = 0;
  std::string name; // for messages: "id", "question", "group", …
};

class Importer {
public:
  Importer(const Worksheet& sheet, const SheetMap& map, const Workbook& workbook, Diagnostics& diagnostics)
      : m_sheet(sheet), m_map(map), m_workbook(workbook), m_diagnostics(diagnostics) {
    add_role(map.id, "id");
    add_role(map.question, "question");
    add_role(map.group, "group");
    add_role(map.requirement_id, "requirement_id");
    add_role(map.requirement, "requirement");
    add_role(map.target, "target");
    for (const auto& text : map.criteria) add_role(text.column, "criteria");
    for (const auto& text : map.guidance) add_role(text.column, "guidance");
    for (const auto& [level, column] : map.levels) add_role(column, "levels." + level);
    m_first = map.first_data_row;
    m_last = map.last_row > 0 ? map.last_row : std::max(sheet.last_row(), map.first_data_row);
  }

  std::optional<ImportedInstrument> run() {
    const std::size_t errors_before = m_diagnostics.error_count();
    check_sha256();
    index_merges();
    OrderedJson parts = OrderedJson::array();
    OrderedJson requirements = OrderedJson::array();
    std::map<std::string, std::pair<std::string, CellRef>> requirement_texts; // id -> text, where first given
    std::map<std::string, CellRef> numbers;                                    // number -> where first given
    std::string current_group;
    bool have_part = false;
    std::size_t items = 0;
    const std::string prefix = m_map.instrument.at("id").get<std::string>();
    for (int row = m_first; row <= m_last; ++row) {
      if (m_map.skip_rows.count(row)) continue;
      const std::string number = half_width_number(trimmed(value({row, m_map.id})));
      const std::string question = value({row, m_map.question});
      if (inside_refused_id_merge(row)) continue; // already reported at the merged range
      if (number.empty() && trimmed(question).empty()) {
        refuse_stray_text(row);
        continue;
      }
      if (number.empty()) {
        error({row, m_map.id}, "the item has a question but no id; fill in the id, or list the row under skip_rows");
        continue;
      }
      if (trimmed(question).empty()) {
        error({row, m_map.question}, fmt::format("item {} has no question text", number));
        continue;
      }
      if (!valid_number(number)) {
        error({row, m_map.id}, fmt::format("'{}' cannot be an item number: use letters, digits, '.' and '-'", number));
        continue;
      }
      if (auto [at, inserted] = numbers.emplace(number, CellRef{row, m_map.id}); !inserted) {
        error({row, m_map.id}, fmt::format("item id {} is used twice (first at {})", number, cell_name(at->second)));
        continue;
      }
      // Parts: each run of rows with one group title (a merged group cell covers its rows).
      const std::string group = m_map.group != 0 ? trimmed(value({row, m_map.group})) : std::string();
      if (m_map.group != 0 && group.empty()) {
        error({row, m_map.group}, fmt::format("item {} has no group title", number));
        continue;
      }
      if (!have_part || group != current_group) {
        const std::string title = m_map.group != 0 ? group : std::string();
        OrderedJson part{{"id", fmt::format("part-{}", parts.size() + 1)}};
        part["title"] = m_map.group != 0 ? both(title)
                        : m_map.instrument.contains("part_title") ? m_map.instrument.at("part_title")
                                                                   : both(m_sheet.name);
        part["items"] = OrderedJson::array();
        parts.push_back(std::move(part));
        current_group = group;
        have_part = true;
      }
      OrderedJson item{{"number", number}, {"id", prefix + "." + lower(number)}, {"question", both(question)}};
      item["source_ref"] = OrderedJson{{"ja", fmt::format("「{}」シート {}行", m_sheet.name, row)},
                                       {"en", fmt::format("sheet “{}”, row {}", m_sheet.name, row)}};
      if (m_map.requirement_id != 0 && !add_requirement(row, number, item, requirements, requirement_texts)) continue;
      if (m_map.target != 0 && !add_target(row, item)) continue;
      add_levels(row, item);
      OrderedJson criteria = OrderedJson::array();
      for (const auto& column : m_map.criteria) add_block(row, column, "評価基準", "Criteria", criteria);
      for (const auto& column : m_map.guidance) add_block(row, column, "解説", "Guidance", criteria);
      if (!criteria.empty()) item["criteria"] = std::move(criteria);
      parts.back()["items"].push_back(std::move(item));
      ++items;
    }
    if (items == 0 && m_diagnostics.error_count() == errors_before) {
      m_diagnostics.error({m_workbook.display_name + ":" + m_sheet.name},
                          fmt::format("no items in rows {} to {} (columns {} and {}); check header_row/first_data_row in {}", m_first,
                                      m_last, column_name(m_map.id), column_name(m_map.question), m_map.file));
    }
    if (m_diagnostics.error_count() != errors_before) return std::nullopt;
    ImportedInstrument result;
    result.id = prefix;
    result.items = items;
    result.yaml = header_comment() + load::write_yaml(instrument(std::move(parts), std::move(requirements)));
    return result;
  }

private:
  void add_role(int column, std::string name) {
    if (column != 0) m_roles.push_back({column, std::move(name)});
  }

  SourceLocation at(CellRef cell) const {
    return {fmt::format("{}:{}!{}", m_workbook.display_name, m_sheet.name, cell_name(cell))};
  }

  void error(CellRef cell, std::string message) { m_diagnostics.error(at(cell), std::move(message)); }

  void check_sha256() {
    const auto given = m_map.instrument.find("sha256");
    if (given == m_map.instrument.end()) return;
    if (lower(given->get<std::string>()) != m_workbook.sha256) {
      m_diagnostics.error(m_map.sha256_at, fmt::format("the map is for the workbook with SHA-256 {}, but {} has SHA-256 {}; "
                                                       "is this another download or edition?",
                                                       lower(given->get<std::string>()), m_workbook.display_name, m_workbook.sha256));
    }
  }

  // The merged ranges that cover a mapped column within the rows read, per column, by first row;
  // and the puzzles merged cells can make.
  void index_merges() {
    const int top = m_map.header_row > 0 ? m_map.header_row : m_first;
    for (const auto& range : m_sheet.merged) {
      if (range.last.row < top || range.first.row > m_last) continue;
      std::vector<const Role*> covered;
      for (const auto& role : m_roles) {
        if (role.column >= range.first.column && role.column <= range.last.column) covered.push_back(&role);
      }
      if (covered.empty()) continue;
      if (covered.size() > 1) {
        error(range.first, fmt::format("the merged cells {} span column {} ({}) and column {} ({}); each mapped column needs cells "
                                       "of its own",
                                       range_name(range), column_name(covered[0]->column), covered[0]->name,
                                       column_name(covered[1]->column), covered[1]->name));
        continue;
      }
      if (range.first.row < m_first && range.last.row >= m_first) {
        error(range.first, fmt::format("the merged cells {} run from above the first item row ({}) into the items; unmerge them, or "
                                       "set first_data_row",
                                       range_name(range), m_first));
        continue;
      }
      if (covered[0]->column == m_map.id && range.last.row > range.first.row) {
        error(range.first, fmt::format("the item ids {} are merged cells; each item needs a row and an id of its own",
                                       range_name(range)));
        m_refused_id_merges.push_back(&range);
        continue;
      }
      m_merges[covered[0]->column].push_back(&range);
    }
    for (auto& [column, ranges] : m_merges) {
      std::sort(ranges.begin(), ranges.end(), [](const CellRange* a, const CellRange* b) { return a->first.row < b->first.row; });
      for (std::size_t i = 1; i < ranges.size(); ++i) {
        if (ranges[i]->first.row <= ranges[i - 1]->last.row) {
          error(ranges[i]->first, fmt::format("the merged cells {} and {} overlap", range_name(*ranges[i - 1]), range_name(*ranges[i])));
        }
      }
    }
    // Excel shows only the first cell of a merged range; a value hidden under it is a puzzle.
    for (const auto& [cell, text] : m_sheet.cells) {
      if (cell.row < top || cell.row > m_last) continue;
      const CellRange* range = merge_at(cell);
      if (range != nullptr && cell != range->first) {
        error(cell, fmt::format("has a value, but lies inside the merged cells {}, which show only {}; clear it or unmerge the cells",
                                range_name(*range), cell_name(range->first)));
      }
    }
  }

  bool inside_refused_id_merge(int row) const {
    return std::any_of(m_refused_id_merges.begin(), m_refused_id_merges.end(), [&](const CellRange* range) {
      return row > range->first.row && row <= range->last.row;
    });
  }

  const CellRange* merge_at(CellRef cell) const {
    const auto found = m_merges.find(cell.column);
    if (found == m_merges.end()) return nullptr;
    const auto& ranges = found->second;
    auto next = std::upper_bound(ranges.begin(), ranges.end(), cell.row,
                                 [](int row, const CellRange* range) { return row < range->first.row; });
    if (next == ranges.begin()) return nullptr;
    const CellRange* range = *std::prev(next);
    return range->contains(cell) ? range : nullptr;
  }

  // A cell's text; inside a merged range, the text of the range's first cell.
  std::string value(CellRef cell) const {
    if (cell.column == 0) return {};
    const CellRange* range = merge_at(cell);
    const std::string* text = m_sheet.at(range != nullptr ? range->first : cell);
    return text != nullptr ? *text : std::string();
  }

  // A row with neither id nor question is skipped, unless one of its own cells holds text that
  // would then be lost.
  void refuse_stray_text(int row) {
    for (const auto& role : m_roles) {
      const CellRef cell{row, role.column};
      if (merge_at(cell) == nullptr && m_sheet.at(cell) != nullptr && !trimmed(*m_sheet.at(cell)).empty()) {
        error(cell, fmt::format("has text ({}) in a row with no item id or question; list row {} under skip_rows if it is not an item",
                                role.name, row));
        return;
      }
    }
  }

  bool add_requirement(int row, const std::string& number, OrderedJson& item, OrderedJson& requirements,
                       std::map<std::string, std::pair<std::string, CellRef>>& texts) {
    const std::string id = half_width_number(trimmed(value({row, m_map.requirement_id})));
    if (id.empty()) {
      error({row, m_map.requirement_id}, fmt::format("item {} has no requirement id", number));
      return false;
    }
    if (!valid_number(id)) {
      error({row, m_map.requirement_id}, fmt::format("'{}' cannot be a requirement id: use letters, digits, '.' and '-'", id));
      return false;
    }
    const std::string text = m_map.requirement != 0 ? trimmed(value({row, m_map.requirement})) : std::string();
    const auto known = texts.find(id);
    if (known == texts.end()) {
      texts.emplace(id, std::pair(text, CellRef{row, m_map.requirement != 0 ? m_map.requirement : m_map.requirement_id}));
      OrderedJson requirement{{"id", id}, {"text", both(text.empty() ? id : text)}};
      if (text.empty()) requirement["origin"] = "secaction"; // no text given: the id stands in, as ours
      requirements.push_back(std::move(requirement));
    } else if (known->second.first != text) {
      error({row, m_map.requirement != 0 ? m_map.requirement : m_map.requirement_id},
            fmt::format("requirement {} has another text here than at {}", id, cell_name(known->second.second)));
      return false;
    }
    item["requirement"] = id;
    return true;
  }

  bool add_target(int row, OrderedJson& item) {
    const std::string target = half_width_number(trimmed(value({row, m_map.target})));
    if (target.empty()) return true;
    const bool known = std::any_of(m_map.scale.begin(), m_map.scale.end(), [&](const OrderedJson& option) {
      return option.contains("id") && option.at("id").is_string() && option.at("id").get<std::string>() == target;
    });
    if (!known) {
      error({row, m_map.target}, fmt::format("target level '{}' is not a level of the scale", target));
      return false;
    }
    item["target"] = target;
    return true;
  }

  void add_levels(int row, OrderedJson& item) {
    OrderedJson levels = OrderedJson::object();
    for (const auto& [level, column] : m_map.levels) {
      const std::string text = value({row, column});
      if (!trimmed(text).empty()) levels[level] = both(text);
    }
    if (!levels.empty()) item["levels"] = std::move(levels);
  }

  void add_block(int row, const TextColumn& column, const char* ja, const char* en, OrderedJson& blocks) {
    const auto lines = lines_of(value({row, column.column}));
    if (lines.empty()) return;
    OrderedJson title;
    if (!column.title.empty()) {
      title = OrderedJson{{"ja", column.title.ja}, {"en", column.title.en}};
    } else if (m_map.header_row > 0 && !trimmed(value({m_map.header_row, column.column})).empty()) {
      title = both(trimmed(value({m_map.header_row, column.column})));
    } else {
      title = OrderedJson{{"ja", ja}, {"en", en}};
    }
    blocks.push_back(
        OrderedJson{{"title", std::move(title)}, {"origin", "official"}, {"points", OrderedJson{{"ja", lines}, {"en", lines}}}});
  }

  std::string header_comment() const {
    return fmt::format("# Imported by `secaction import-sheet` from {}, sheet \"{}\" (SHA-256 {}).\n"
                       "# Every question, criterion, guidance and level text is the workbook's own, verbatim (official);\n"
                       "# do not edit them here: import the workbook again.\n",
                       m_workbook.file_name, m_sheet.name, m_workbook.sha256);
  }

  OrderedJson instrument(OrderedJson parts, OrderedJson requirements) const {
    const OrderedJson& given = m_map.instrument;
    const std::string edition = given.at("edition").is_string() ? given.at("edition").get<std::string>() : given.at("edition").dump();
    const OrderedJson edition_title = given.contains("edition_title") ? given.at("edition_title") : both(edition);
    OrderedJson out;
    out["schema"] = "secaction.instrument/v1";
    out["id"] = given.at("id");
    out["edition"] = edition;
    out["command"] = given.value("command", "checklist");
    out["title"] = given.at("title");
    out["summary"] = given.contains("summary")
                         ? given.at("summary")
                         : OrderedJson{{"ja", fmt::format("{}（{}）のチェックシートから取り込んだ設問です。",
                                                          given.at("document").at("ja").get<std::string>(),
                                                          edition_title.at("ja").get<std::string>())},
                                       {"en", fmt::format("The items of the check sheet of {} ({}), imported.",
                                                          given.at("document").at("en").get<std::string>(),
                                                          edition_title.at("en").get<std::string>())}};
    OrderedJson source;
    source["publisher"] = given.at("publisher");
    source["document"] = given.at("document");
    source["edition"] = edition_title;
    if (given.contains("url")) source["url"] = given.at("url");
    source["item_numbering"] = OrderedJson{{"ja", "設問番号はチェックシートの公式の番号に一致"},
                                           {"en", "Item numbers are the check sheet's official numbers"}};
    source["file"] = OrderedJson{{"name", m_workbook.file_name}, {"sha256", m_workbook.sha256}, {"sheet", m_sheet.name}};
    out["source"] = std::move(source);
    out["question_origin"] = "official";
    if (given.contains("replaces")) out["replaces"] = given.at("replaces");
    if (given.contains("maps_from")) out["maps_from"] = given.at("maps_from");
    out["scale"] = m_map.scale;
    out["scoring"] = m_map.scoring;
    if (!m_map.bands.is_null()) out["bands"] = m_map.bands;
    out["notes"] = OrderedJson::array({OrderedJson{
        {"origin", "secaction"},
        {"text",
         {{"ja",
           fmt::format("この内容は、利用者が入手した公式のファイル {}（SHA-256 {}、シート「{}」）から secaction import-sheet "
                       "が取り込んだものです。設問文、評価基準、解説とレベルの説明は原文のままで、言い換えや英訳はしていません。"
                       "回答の選択肢の表示名と採点の方法は secaction のものです。",
                       m_workbook.file_name, m_workbook.sha256, m_sheet.name)},
          {"en", fmt::format("This content was imported by secaction import-sheet from the official file {} (SHA-256 {}, sheet "
                             "“{}”) that the user obtained. The questions, criteria, guidance and level descriptions are the "
                             "original text, neither reworded nor translated. The answer labels and the scoring are secaction's.",
                             m_workbook.file_name, m_workbook.sha256, m_sheet.name)}}}}});
    if (!requirements.empty()) out["requirements"] = std::move(requirements);
    out["parts"] = std::move(parts);
    return out;
  }

  const Worksheet& m_sheet;
  const SheetMap& m_map;
  const Workbook& m_workbook;
  Diagnostics& m_diagnostics;
  std::vector<Role> m_roles;
  std::map<int, std::vector<const CellRange*>> m_merges;
  std::vector<const CellRange*> m_refused_id_merges;
  int m_first = 0;
  int m_last = 0;
};

} // namespace

std::optional<ImportedInstrument> import_sheet(const Worksheet& sheet, const SheetMap& map, const Workbook& workbook,
                                               Diagnostics& diagnostics) {
  return Importer(sheet, map, workbook, diagnostics).run();
}

} // namespace secaction::sheet
