#include "secaction/sheet/xlsx_reader.hpp"

#include <algorithm>
#include <cctype>
#include <climits>
#include <memory>
#include <set>
#include <stdexcept>

#include <expat.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/sheet/libzip_library.hpp"

namespace secaction::sheet {
namespace {

constexpr int k_max_rows = 1048576;
constexpr int k_max_columns = 16384;
constexpr std::string_view k_ole2_magic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Ends the reading of a workbook with one message (caught in read_worksheet).
struct Refusal : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string not_xlsx(std::string_view why) { return fmt::format("not an .xlsx workbook: {}", why); }

// ---------------------------------------------------------------------------------------------
// The zip archive

bool climbs_out(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.find('\\') != std::string_view::npos || name.find(':') != std::string_view::npos ||
      name.find('\0') != std::string_view::npos) {
    return true;
  }
  std::size_t start = 0;
  while (start <= name.size()) {
    const auto end = std::min(name.find('/', start), name.size());
    if (name.substr(start, end - start) == "..") return true;
    start = end + 1;
  }
  return false;
}

class Archive {
public:
  Archive(std::string_view bytes, const XlsxLimits& limits) : m_limits(limits) {
    zip_error_t error;
    m_libzip.zip_error_init(&error);
    zip_source_t* source = m_libzip.zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) throw Refusal(not_xlsx("the zip archive cannot be opened"));
    m_zip.reset(m_libzip.zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (m_zip == nullptr) {
      m_libzip.zip_source_free(source);
      const std::string why = m_libzip.zip_error_strerror(&error);
      m_libzip.zip_error_fini(&error);
      throw Refusal(not_xlsx(fmt::format("the zip archive is damaged ({})", why)));
    }
    m_libzip.zip_error_fini(&error);
    check_entries();
  }
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  /// The entry's bytes, inflated; nullopt when there is no such entry.
  std::optional<std::string> read(const std::string& name) {
    const auto found = m_entries.find(name);
    if (found == m_entries.end()) return std::nullopt;
    const auto [index, size] = found->second;
    zip_file_t* file = m_libzip.zip_fopen_index(m_zip.get(), index, 0);
    if (file == nullptr) throw Refusal(fmt::format("{}: cannot be read ({})", name, m_libzip.zip_strerror(m_zip.get())));
    std::string data;
    data.reserve(static_cast<std::size_t>(size));
    char buffer[65536];
    while (true) {
      const zip_int64_t got = m_libzip.zip_fread(file, buffer, sizeof buffer);
      if (got < 0) {
        const std::string why = m_libzip.zip_file_strerror(file);
        m_libzip.zip_fclose(file);
        throw Refusal(fmt::format("{}: damaged ({})", name, why));
      }
      if (got == 0) break;
      data.append(buffer, static_cast<std::size_t>(got));
      // Never trust the header alone: stop as soon as an entry inflates past what it declared.
      if (data.size() > size) {
        m_libzip.zip_fclose(file);
        throw Refusal(fmt::format("{}: inflates to more than the {} bytes its header declares; refusing the workbook", name, size));
      }
    }
    m_libzip.zip_fclose(file);
    return data;
  }

private:
  // Every entry is judged by its declared size and ratio before anything is inflated.
  void check_entries() {
    const zip_int64_t count = m_libzip.zip_get_num_entries(m_zip.get(), 0);
    if (count < 0 || static_cast<std::uint64_t>(count) > m_limits.max_entries) {
      throw Refusal(fmt::format("the zip archive has {} entries, more than the limit of {}; refusing the workbook", count,
                                m_limits.max_entries));
    }
    std::uint64_t total = 0;
    for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
      zip_stat_t stat;
      m_libzip.zip_stat_init(&stat);
      if (m_libzip.zip_stat_index(m_zip.get(), i, 0, &stat) != 0 || (stat.valid & ZIP_STAT_NAME) == 0 ||
          (stat.valid & ZIP_STAT_SIZE) == 0) {
        throw Refusal(not_xlsx("a zip entry cannot be read"));
      }
      const std::string name = stat.name;
      if (climbs_out(name)) {
        throw Refusal(fmt::format("zip entry '{}' has a name that climbs out of the archive (absolute, '..', '\\' or a drive); "
                                  "refusing the workbook",
                                  name));
      }
      if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
        throw Refusal(fmt::format("zip entry '{}' is encrypted; remove the password and save the workbook again", name));
      }
      if ((stat.valid & ZIP_STAT_COMP_METHOD) != 0 && stat.comp_method != ZIP_CM_STORE && stat.comp_method != ZIP_CM_DEFLATE) {
        throw Refusal(fmt::format("zip entry '{}' uses compression method {}, which .xlsx workbooks do not use; refusing the workbook",
                                  name, stat.comp_method));
      }
      if (stat.size > m_limits.max_entry_bytes) {
        throw Refusal(fmt::format("zip entry '{}' would inflate to {} bytes, more than the limit of {} (a zip bomb?); refusing the "
                                  "workbook",
                                  name, stat.size, m_limits.max_entry_bytes));
      }
      const std::uint64_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) != 0 ? stat.comp_size : 0;
      if (stat.size > m_limits.ratio_floor_bytes &&
          (compressed == 0 || static_cast<double>(stat.size) / static_cast<double>(compressed) > m_limits.max_ratio)) {
        throw Refusal(fmt::format("zip entry '{}' would inflate {} bytes to {} bytes, a ratio above {}:1 (a zip bomb?); refusing the "
                                  "workbook",
                                  name, compressed, stat.size, m_limits.max_ratio));
      }
      total += stat.size;
      if (total > m_limits.max_total_bytes) {
        throw Refusal(fmt::format("the zip archive would inflate to more than {} bytes in all (a zip bomb?); refusing the workbook",
                                  m_limits.max_total_bytes));
      }
      if (!m_entries.emplace(name, std::pair(i, stat.size)).second) {
        throw Refusal(fmt::format("the zip archive has two entries named '{}'; refusing the workbook", name));
      }
    }
  }

  const Libzip& m_libzip = libzip(); // loaded here, on the first workbook of the run
  const XlsxLimits& m_limits;
  // Owned from the moment it is opened, so a refusal thrown by the constructor still closes it.
  std::unique_ptr<zip_t, void (*)(zip_t*)> m_zip{nullptr, m_libzip.zip_discard};
  std::map<std::string, std::pair<zip_uint64_t, std::uint64_t>> m_entries; // name -> index, declared size
};

// ---------------------------------------------------------------------------------------------
// XML: expat with namespaces ("uri|local" names), no DTD at all

std::string_view local_name(std::string_view name) {
  const auto bar = name.rfind('|');
  return bar == std::string_view::npos ? name : name.substr(bar + 1);
}

/// An attribute by local name; `ns_suffix` requires its namespace URI to end so ("" = no namespace).
std::string attribute(const char** attrs, std::string_view local, std::string_view ns_suffix = {}) {
  for (int i = 0; attrs[i] != nullptr; i += 2) {
    const std::string_view name = attrs[i];
    const auto bar = name.rfind('|');
    const std::string_view ns = bar == std::string_view::npos ? std::string_view() : name.substr(0, bar);
    const std::string_view own = bar == std::string_view::npos ? name : name.substr(bar + 1);
    if (own != local) continue;
    if (ns_suffix.empty() ? ns.empty() : ns.ends_with(ns_suffix)) return attrs[i + 1];
  }
  return {};
}

class XmlHandler {
public:
  virtual ~XmlHandler() = default;
  virtual void start(std::string_view name, const char** attrs) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view) {}
  /// A handler that finds a problem sets it here; parsing stops.
  std::string failure;
};

struct ParseState {
  XML_Parser parser = nullptr;
  XmlHandler* handler = nullptr;
  bool refused_dtd = false;
};

void on_start(void* data, const XML_Char* name, const XML_Char** attrs) {
  auto* state = static_cast<ParseState*>(data);
  state->handler->start(local_name(name), attrs);
  if (!state->handler->failure.empty()) XML_StopParser(state->parser, XML_FALSE);
}

void on_end(void* data, const XML_Char* name) {
  auto* state = static_cast<ParseState*>(data);
  state->handler->end(local_name(name));
  if (!state->handler->failure.empty()) XML_StopParser(state->parser, XML_FALSE);
}

void on_text(void* data, const XML_Char* text, int length) {
  auto* state = static_cast<ParseState*>(data);
  state->handler->text(std::string_view(text, static_cast<std::size_t>(length)));
  if (!state->handler->failure.empty()) XML_StopParser(state->parser, XML_FALSE);
}

// A DOCTYPE (and with it any entity declaration) is refused outright: no workbook part needs one.
void on_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  auto* state = static_cast<ParseState*>(data);
  state->refused_dtd = true;
  XML_StopParser(state->parser, XML_FALSE);
}

void on_entity(void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*, const XML_Char*, const XML_Char*,
               const XML_Char*) {
  auto* state = static_cast<ParseState*>(data);
  state->refused_dtd = true;
  XML_StopParser(state->parser, XML_FALSE);
}

void parse_xml(const std::string& xml, const std::string& part, XmlHandler& handler) {
  if (xml.size() > static_cast<std::size_t>(INT_MAX)) throw Refusal(fmt::format("{}: too large", part));
  XML_Parser parser = XML_ParserCreateNS(nullptr, '|');
  if (parser == nullptr) throw std::bad_alloc();
  ParseState state{parser, &handler, false};
  XML_SetUserData(parser, &state);
  XML_SetElementHandler(parser, on_start, on_end);
  XML_SetCharacterDataHandler(parser, on_text);
  XML_SetStartDoctypeDeclHandler(parser, on_doctype);
  XML_SetEntityDeclHandler(parser, on_entity);
  XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
  const auto status = XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), XML_TRUE);
  std::string error;
  if (state.refused_dtd) {
    error = fmt::format("{}: has a DOCTYPE or entity declaration, which no workbook part needs; refusing the workbook", part);
  } else if (!handler.failure.empty()) {
    error = fmt::format("{}: {}", part, handler.failure);
  } else if (status != XML_STATUS_OK) {
    error = fmt::format("{}:{}:{}: not well-formed XML ({})", part, XML_GetCurrentLineNumber(parser),
                        XML_GetCurrentColumnNumber(parser) + 1, XML_ErrorString(XML_GetErrorCode(parser)));
  }
  XML_ParserFree(parser);
  if (!error.empty()) throw Refusal(error);
}

// Office Open XML escapes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x).
std::string decode_escapes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
  while (i < text.size()) {
    if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && hex(text[i + 2]) && hex(text[i + 3]) && hex(text[i + 4]) &&
        hex(text[i + 5]) && text[i + 6] == '_') {
      const unsigned code = static_cast<unsigned>(std::stoul(std::string(text.substr(i + 2, 4)), nullptr, 16));
      if (code == 0x0D) {
        // a carriage return: line breaks are written as "\n" alone
      } else if (code < 0x20 && code != 0x09 && code != 0x0A) {
        // other control characters cannot appear in a text of ours
      } else if (code < 0x80) {
        out += static_cast<char>(code);
      } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
      } else if (code < 0xD800 || code > 0xDFFF) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
      }
      i += 7;
      continue;
    }
    if (text[i] != '\r') out += text[i];
    ++i;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The parts

struct Relationship {
  std::string type;
  std::string target; // resolved to an entry name
};

std::string directory_of(const std::string& part) {
  const auto slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

// A relationship's target, relative to the part's directory (or absolute), as an entry name.
std::string resolve(const std::string& base_dir, const std::string& target) {
  const std::string joined = target.starts_with('/') ? target.substr(1) : base_dir + target;
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    const auto end = std::min(joined.find('/', start), joined.size());
    const std::string segment = joined.substr(start, end - start);
    if (segment == "..") {
      if (segments.empty()) throw Refusal(fmt::format("relationship target '{}' climbs out of the archive; refusing the workbook", target));
      segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  return fmt::format("{}", fmt::join(segments, "/"));
}

class RelationshipsHandler final : public XmlHandler {
public:
  explicit RelationshipsHandler(std::string base_dir) : m_base_dir(std::move(base_dir)) {}
  void start(std::string_view name, const char** attrs) override {
    if (name != "Relationship") return;
    if (attribute(attrs, "TargetMode") == "External") return;
    try {
      relationships[attribute(attrs, "Id")] = {attribute(attrs, "Type"), resolve(m_base_dir, attribute(attrs, "Target"))};
    } catch (const Refusal& e) {
      failure = e.what();
    }
  }
  void end(std::string_view) override {}
  std::map<std::string, Relationship> relationships;

private:
  std::string m_base_dir;
};

struct SheetEntry {
  std::string name;
  std::string relationship;
};

class WorkbookHandler final : public XmlHandler {
public:
  void start(std::string_view name, const char** attrs) override {
    if (name == "sheet") sheets.push_back({attribute(attrs, "name"), attribute(attrs, "id", "relationships")});
  }
  void end(std::string_view) override {}
  std::vector<SheetEntry> sheets;
};

class SharedStringsHandler final : public XmlHandler {
public:
  explicit SharedStringsHandler(std::size_t limit) : m_limit(limit) {}
  void start(std::string_view name, const char**) override {
    if (name == "si") {
      m_in_item = true;
      m_current.clear();
    } else if (name == "rPh") {
      ++m_phonetic; // furigana runs are not part of the text
    } else if (name == "t" && m_in_item && m_phonetic == 0) {
      m_in_text = true;
    }
  }
  void end(std::string_view name) override {
    if (name == "si") {
      m_in_item = false;
      if (strings.size() >= m_limit) {
        failure = fmt::format("more than {} shared strings; refusing the workbook", m_limit);
        return;
      }
      strings.push_back(decode_escapes(m_current));
    } else if (name == "rPh") {
      --m_phonetic;
    } else if (name == "t") {
      m_in_text = false;
    }
  }
  void text(std::string_view text) override {
    if (m_in_text) m_current += text;
  }
  std::vector<std::string> strings;

private:
  std::size_t m_limit;
  bool m_in_item = false;
  bool m_in_text = false;
  int m_phonetic = 0;
  std::string m_current;
};

class SheetHandler final : public XmlHandler {
public:
  SheetHandler(const std::vector<std::string>& strings, std::size_t max_cells) : m_strings(strings), m_max_cells(max_cells) {}

  void start(std::string_view name, const char** attrs) override {
    if (name == "sheetData") {
      m_in_data = true;
    } else if (name == "row" && m_in_data) {
      const std::string r = attribute(attrs, "r");
      m_row = r.empty() ? m_row + 1 : parse_number(r, k_max_rows, "row number");
      m_column = 0;
    } else if (name == "c" && m_in_data) {
      start_cell(attrs);
    } else if (m_in_cell && name == "v") {
      m_collect = &m_value;
    } else if (m_in_cell && name == "rPh") {
      ++m_phonetic;
    } else if (m_in_cell && name == "t" && m_phonetic == 0) {
      m_collect = &m_inline; // <is><t> (or <is><r><t>) of an inline string
    } else if (name == "mergeCell") {
      add_merge(attribute(attrs, "ref"));
    }
  }

  void end(std::string_view name) override {
    if (name == "sheetData") {
      m_in_data = false;
    } else if (name == "c" && m_in_cell) {
      end_cell();
    } else if (name == "v" || name == "t") {
      m_collect = nullptr;
    } else if (name == "rPh") {
      --m_phonetic;
    }
  }

  void text(std::string_view text) override {
    if (m_collect != nullptr) m_collect->append(text);
  }

  std::map<CellRef, std::string> cells;
  std::vector<CellRange> merged;

private:
  int parse_number(const std::string& text, int max, const char* what) {
    int value = 0;
    for (char c : text) {
      if (c < '0' || c > '9' || value > max) {
        failure = fmt::format("{} '{}' is not valid", what, text);
        return 0;
      }
      value = value * 10 + (c - '0');
    }
    if (value < 1 || value > max) failure = fmt::format("{} '{}' is out of range", what, text);
    return value;
  }

  void start_cell(const char** attrs) {
    m_in_cell = true;
    m_value.clear();
    m_inline.clear();
    m_type = attribute(attrs, "t");
    const std::string r = attribute(attrs, "r");
    if (r.empty()) {
      m_cell = {m_row, m_column + 1};
    } else if (auto cell = parse_cell(r)) {
      m_cell = *cell;
    } else {
      failure = fmt::format("cell reference '{}' is not valid", r);
      return;
    }
    if (m_cell.row < 1 || m_cell.column > k_max_columns) failure = fmt::format("cell {} lies outside the sheet", cell_name(m_cell));
    m_column = m_cell.column;
  }

  void end_cell() {
    m_in_cell = false;
    m_collect = nullptr;
    std::string value;
    if (m_type == "s") {
      const auto index = m_value.empty() ? std::optional<std::size_t>() : parse_index(m_value);
      if (!index || *index >= m_strings.size()) {
        failure = fmt::format("cell {} names shared string '{}', which does not exist", cell_name(m_cell), m_value);
        return;
      }
      value = m_strings[*index];
    } else if (m_type == "inlineStr") {
      value = decode_escapes(m_inline);
    } else if (m_type == "b") {
      value = m_value == "1" ? "TRUE" : m_value.empty() ? "" : "FALSE";
    } else if (m_type == "str") {
      value = decode_escapes(m_value); // a formula's cached text: the formula itself is never evaluated
    } else {
      value = m_value; // n, d, e (and a formula's cached number)
    }
    if (value.empty()) return;
    if (cells.size() >= m_max_cells) {
      failure = fmt::format("more than {} cells; refusing the workbook", m_max_cells);
      return;
    }
    cells[m_cell] = std::move(value);
  }

  static std::optional<std::size_t> parse_index(const std::string& text) {
    std::size_t value = 0;
    for (char c : text) {
      if (c < '0' || c > '9' || value > 100000000) return std::nullopt;
      value = value * 10 + static_cast<std::size_t>(c - '0');
    }
    return value;
  }

  void add_merge(const std::string& ref) {
    const auto colon = ref.find(':');
    const auto first = parse_cell(ref.substr(0, colon));
    const auto last = colon == std::string::npos ? first : parse_cell(ref.substr(colon + 1));
    if (!first || !last || last->row < first->row || last->column < first->column) {
      failure = fmt::format("merged cell range '{}' is not valid", ref);
      return;
    }
    merged.push_back({*first, *last});
  }

  const std::vector<std::string>& m_strings;
  std::size_t m_max_cells;
  bool m_in_data = false;
  bool m_in_cell = false;
  int m_row = 0;
  int m_column = 0;
  int m_phonetic = 0;
  CellRef m_cell;
  std::string m_type;
  std::string m_value;
  std::string m_inline;
  std::string* m_collect = nullptr;
};

Worksheet read_sheet(Archive& archive, const std::string& wanted, const XlsxLimits& limits) {
  const auto package_rels_text = archive.read("_rels/.rels");
  if (!package_rels_text) throw Refusal(not_xlsx("the zip archive has no _rels/.rels (is it an .ods, or another kind of zip?)"));
  RelationshipsHandler package_rels("");
  parse_xml(*package_rels_text, "_rels/.rels", package_rels);
  std::string workbook_part;
  for (const auto& [id, relationship] : package_rels.relationships) {
    if (relationship.type.ends_with("/officeDocument")) workbook_part = relationship.target;
  }
  const auto workbook_text = workbook_part.empty() ? std::nullopt : archive.read(workbook_part);
  if (!workbook_text || !workbook_part.ends_with(".xml")) {
    throw Refusal(not_xlsx("it has no workbook part (is it a .docx, .pptx or another Office file?)"));
  }
  WorkbookHandler workbook;
  parse_xml(*workbook_text, workbook_part, workbook);
  const std::string base_dir = directory_of(workbook_part);
  const std::string rels_part = base_dir + "_rels/" + workbook_part.substr(base_dir.size()) + ".rels";
  const auto rels_text = archive.read(rels_part);
  if (!rels_text) throw Refusal(not_xlsx(fmt::format("it has no {}", rels_part)));
  RelationshipsHandler rels(base_dir);
  parse_xml(*rels_text, rels_part, rels);

  std::vector<std::string> names;
  const SheetEntry* entry = nullptr;
  for (const auto& sheet : workbook.sheets) {
    names.push_back(fmt::format("'{}'", sheet.name));
    if (sheet.name == wanted) entry = &sheet;
  }
  if (entry == nullptr) throw Refusal(fmt::format("no sheet '{}'; the workbook's sheets are {}", wanted, fmt::join(names, ", ")));
  const auto relationship = rels.relationships.find(entry->relationship);
  if (relationship == rels.relationships.end() || !relationship->second.type.ends_with("/worksheet")) {
    throw Refusal(fmt::format("sheet '{}' is not a worksheet (a chart sheet or a macro sheet?)", wanted));
  }

  std::vector<std::string> strings;
  for (const auto& [id, shared] : rels.relationships) {
    if (!shared.type.ends_with("/sharedStrings")) continue;
    if (auto text = archive.read(shared.target)) {
      SharedStringsHandler handler(limits.max_shared_strings);
      parse_xml(*text, shared.target, handler);
      strings = std::move(handler.strings);
    }
  }
  const auto sheet_text = archive.read(relationship->second.target);
  if (!sheet_text) throw Refusal(not_xlsx(fmt::format("sheet '{}' names {}, which is not in the archive", wanted, relationship->second.target)));
  SheetHandler handler(strings, limits.max_cells);
  parse_xml(*sheet_text, relationship->second.target, handler);
  Worksheet sheet;
  sheet.name = wanted;
  sheet.cells = std::move(handler.cells);
  sheet.merged = std::move(handler.merged);
  return sheet;
}

} // namespace

std::string column_name(int column) {
  std::string name;
  while (column > 0) {
    const int digit = (column - 1) % 26;
    name.insert(name.begin(), static_cast<char>('A' + digit));
    column = (column - 1) / 26;
  }
  return name;
}

std::string cell_name(CellRef cell) {
  return cell.row > 0 ? fmt::format("{}{}", column_name(cell.column), cell.row) : column_name(cell.column);
}

std::string range_name(const CellRange& range) {
  return range.first == range.last ? cell_name(range.first) : cell_name(range.first) + ":" + cell_name(range.last);
}

std::optional<int> parse_column(std::string_view text) {
  if (text.empty() || text.size() > 3) return std::nullopt;
  int column = 0;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') return std::nullopt;
    column = column * 26 + (c - 'A' + 1);
  }
  if (column > k_max_columns) return std::nullopt;
  return column;
}

std::optional<CellRef> parse_cell(std::string_view given) {
  // Absolute references ($C$12) appear in merged ranges written by some tools.
  std::string cleaned;
  for (char c : given) {
    if (c != '$') cleaned += c;
  }
  const std::string_view text = cleaned;
  std::size_t letters = 0;
  while (letters < text.size() && std::isalpha(static_cast<unsigned char>(text[letters])) != 0) ++letters;
  const auto column = parse_column(text.substr(0, letters));
  const std::string_view digits = text.substr(letters);
  if (!column || digits.empty() || digits.size() > 7 || digits.front() == '0') return std::nullopt;
  int row = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    row = row * 10 + (c - '0');
  }
  if (row > k_max_rows) return std::nullopt;
  return CellRef{row, *column};
}

const std::string* Worksheet::at(CellRef cell) const {
  const auto found = cells.find(cell);
  return found == cells.end() ? nullptr : &found->second;
}

std::optional<Worksheet> read_worksheet(std::string_view bytes, const std::string& display_name, const std::string& sheet,
                                        Diagnostics& diagnostics, const XlsxLimits& limits) {
  try {
    if (bytes.starts_with(k_ole2_magic)) {
      throw Refusal(not_xlsx("it is an OLE2 compound file: an .xls workbook (Excel 97-2003) or a password-protected workbook; "
                             "open it in Excel and save it without a password as an Excel Workbook (.xlsx)"));
    }
    if (!bytes.starts_with("PK\x03\x04") && !bytes.starts_with("PK\x05\x06")) {
      throw Refusal(not_xlsx("it is not a zip archive (a .csv, or another kind of file?)"));
    }
    Archive archive(bytes, limits);
    return read_sheet(archive, sheet, limits);
  } catch (const Refusal& refusal) {
    diagnostics.error({display_name}, refusal.what());
    return std::nullopt;
  }
}

} // namespace secaction::sheet
