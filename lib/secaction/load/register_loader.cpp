#include "secaction/load/register_loader.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/load/shipped_schema.hpp"
#include "secaction/load/json_tree.hpp"
#include "secaction/load/schema.hpp"
#include "secaction/load/yaml_reader.hpp"
#include "secaction/core/csv_reader.hpp"
#include "secaction/core/date.hpp"
#include "secaction/load/common_fields.hpp"
#include "secaction/core/text.hpp"

namespace secaction::load {
namespace {

using Json = nlohmann::json;

// One column of the 台帳: its key in the register schema and the names people write for it.
struct Column {
  const char* key;
  std::vector<std::string> names; // Japanese first, then English spellings (compared normalised)
  bool required;
};

const std::vector<Column>& columns() {
  static const std::vector<Column> table = {
      {"category", {"業務分類", "category", "business area"}, false},
      {"name", {"情報資産名称", "情報資産", "name", "asset", "asset name"}, true},
      {"remarks", {"備考", "remarks", "notes"}, false},
      {"users", {"利用者範囲", "users"}, false},
      {"owner", {"リスク所有者", "owner", "risk owner"}, false},
      {"department", {"管理部署", "department"}, false},
      {"medium", {"媒体・保存先", "媒体", "保存先", "medium", "storage"}, true},
      {"personal_information", {"個人情報の種類", "個人情報", "personal information", "personal data"}, false},
      {"confidentiality", {"機密性", "confidentiality"}, true},
      {"integrity", {"完全性", "integrity"}, true},
      {"availability", {"可用性", "availability"}, true},
      {"business_critical", {"企業の存続を左右しかねない", "企業の存続", "business critical", "survival"}, false},
      {"retention", {"保存期限", "retention"}, false},
      {"registered_on", {"登録日", "registered on", "registered"}, false},
      {"threat", {"脅威", "脅威の起こりやすさ", "threat"}, false},
      {"vulnerability", {"脆弱性", "脆弱性のつけ込みやすさ", "vulnerability"}, false},
      {"treatment", {"対策", "対策の種類", "treatment"}, false},
  };
  return table;
}

// CSV only: the treatment's reason and measures get columns of their own.
const std::vector<Column>& csv_extra_columns() {
  static const std::vector<Column> table = {
      {"treatment_reason", {"対策の理由", "treatment reason"}, false},
      {"treatment_measures", {"対策内容", "treatment measures"}, false},
  };
  return table;
}

// Columns a spreadsheet export may carry that secaction computes itself.
const std::vector<std::string>& computed_columns() {
  static const std::vector<std::string> names = {"no", "no.", "番号", "重要度", "importance", "被害発生可能性",
                                                 "likelihood", "リスク値", "risk", "risk value"};
  return names;
}

const std::map<std::string, std::string>& treatment_keys() {
  static const std::map<std::string, std::string> keys = {{"種類", "option"}, {"理由", "reason"}, {"内容", "measures"}};
  return keys;
}

// "Asset Name", "asset_name", " asset-name " all read as "asset name".
std::string normalise_name(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '_' || c == '-') c = ' ';
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  const auto first = out.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  out = out.substr(first, out.find_last_not_of(" \t") - first + 1);
  return out;
}

// Spreadsheets in Japan often hold full-width digits and spaces; "３" means 3.
std::string ascii_digits_trimmed(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    // U+FF10..U+FF19 are EF BC 90..99 in UTF-8; U+3000 (ideographic space) is E3 80 80.
    if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xEF && static_cast<unsigned char>(text[i + 1]) == 0xBC &&
        static_cast<unsigned char>(text[i + 2]) >= 0x90 && static_cast<unsigned char>(text[i + 2]) <= 0x99) {
      out += static_cast<char>('0' + (static_cast<unsigned char>(text[i + 2]) - 0x90));
      i += 2;
    } else if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE3 &&
               static_cast<unsigned char>(text[i + 1]) == 0x80 && static_cast<unsigned char>(text[i + 2]) == 0x80) {
      out += ' ';
      i += 2;
    } else {
      out += text[i];
    }
  }
  const auto first = out.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return out.substr(first, out.find_last_not_of(" \t\r\n") - first + 1);
}

const Column* find_column(const std::vector<Column>& table, const std::string& written) {
  const std::string wanted = normalise_name(written);
  for (const auto& column : table) {
    for (const auto& name : column.names) {
      if (normalise_name(name) == wanted) return &column;
    }
  }
  return nullptr;
}

std::string column_label(const Column& column) { return fmt::format("{} ({})", column.names[0], column.key); }

Mark mark_of(const SourceLocation& where) { return {where.line, where.column}; }

// Copies `value` (at `from` in `source`) into `target` at `to`, with every mark.
void copy_marks(const JsonTree& source, const std::string& from, JsonTree& target, const std::string& to, const Json& value) {
  target.set_value_mark(to, mark_of(source.at(from)));
  target.set_key_mark(to, mark_of(source.key_at(from)));
  if (value.is_object()) {
    for (const auto& [key, child] : value.items()) copy_marks(source, child_pointer(from, key), target, child_pointer(to, key), child);
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) copy_marks(source, child_pointer(from, i), target, child_pointer(to, i), value[i]);
  }
}

// Renames the Japanese keys of each asset (and of its treatment) to the schema's English keys, so
// one schema checks both spellings; marks move along so messages still point into the file.
JsonTree english_keys(const JsonTree& tree, Diagnostics& diagnostics) {
  Json root = tree.root();
  JsonTree result(tree.file(), nullptr);
  copy_marks(tree, "", result, "", root);
  if (!root.is_object() || !root.contains("assets") || !root["assets"].is_array()) {
    result.set_root(std::move(root));
    return result;
  }
  Json& assets = root["assets"];
  for (std::size_t i = 0; i < assets.size(); ++i) {
    if (!assets[i].is_object()) continue;
    const std::string asset_pointer = child_pointer("/assets", i);
    Json renamed = Json::object();
    std::map<std::string, std::string> written_as;
    for (const auto& [key, value] : assets[i].items()) {
      const Column* column = find_column(columns(), key);
      const std::string new_key = column ? column->key : key;
      const std::string from = child_pointer(asset_pointer, key);
      if (renamed.contains(new_key)) {
        diagnostics.error(tree.key_at(from), fmt::format("'{}' is given twice in this asset (also as '{}')", key, written_as[new_key]));
        continue;
      }
      written_as[new_key] = key;
      Json moved = value;
      if (new_key == "treatment" && moved.is_object()) {
        Json treatment = Json::object();
        for (const auto& [inner_key, inner_value] : value.items()) {
          auto english = treatment_keys().find(inner_key);
          const std::string name = english != treatment_keys().end() ? english->second : inner_key;
          treatment[name] = inner_value;
          copy_marks(tree, child_pointer(from, inner_key), result, child_pointer(child_pointer(asset_pointer, new_key), name), inner_value);
        }
        moved = std::move(treatment);
        result.set_value_mark(child_pointer(asset_pointer, new_key), mark_of(tree.at(from)));
        result.set_key_mark(child_pointer(asset_pointer, new_key), mark_of(tree.key_at(from)));
      } else {
        copy_marks(tree, from, result, child_pointer(asset_pointer, new_key), value);
      }
      renamed[new_key] = std::move(moved);
    }
    assets[i] = std::move(renamed);
  }
  result.set_root(std::move(root));
  return result;
}

// --- CSV -> the same tree a YAML register gives ---

bool is_level_column(const std::string& key) {
  return key == "confidentiality" || key == "integrity" || key == "availability" || key == "threat" || key == "vulnerability";
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> items;
  std::string current;
  auto flush = [&] {
    auto trimmed = ascii_digits_trimmed(current);
    if (!trimmed.empty()) items.push_back(trimmed);
    current.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Separators: newline, ';', ',', and the Japanese 、 (E3 80 81) and ； (EF BC 9B).
    if (text[i] == '\n' || text[i] == ';' || text[i] == ',') {
      flush();
    } else if (text.compare(i, 3, "\xE3\x80\x81") == 0 || text.compare(i, 3, "\xEF\xBC\x9B") == 0) {
      flush();
      i += 2;
    } else {
      current += text[i];
    }
  }
  flush();
  return items;
}

std::optional<JsonTree> csv_tree(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  const auto records = read_csv(text, file, diagnostics);
  if (records.empty()) {
    if (diagnostics.error_count() > errors_before) return std::nullopt;
    diagnostics.error({file, 1, 1}, "file is empty; the first row must be the header (情報資産名称, 媒体・保存先, 機密性, …)");
    return std::nullopt;
  }
  const CsvRecord& header = records.front();
  std::vector<const Column*> by_index;
  std::vector<std::string> valid;
  for (const auto& column : columns()) valid.push_back(column.names[0]);
  for (const auto& column : csv_extra_columns()) valid.push_back(column.names[0]);
  bool header_ok = true;
  std::map<std::string, const CsvField*> seen;
  for (const auto& field : header.fields) {
    const Column* column = find_column(columns(), field.text);
    if (column == nullptr) column = find_column(csv_extra_columns(), field.text);
    const std::string written = ascii_digits_trimmed(field.text);
    const bool computed = std::find(computed_columns().begin(), computed_columns().end(), normalise_name(written)) !=
                          computed_columns().end();
    if (column == nullptr && !computed) {
      diagnostics.error({file, field.line, field.column},
                        fmt::format("unknown column '{}'; valid columns: {} (or their English names)", written, fmt::join(valid, ", ")));
      header_ok = false;
    } else if (column != nullptr) {
      if (auto previous = seen.find(column->key); previous != seen.end()) {
        diagnostics.error({file, field.line, field.column},
                          fmt::format("column {} is given twice (first at column {})", column_label(*column), previous->second->column));
        header_ok = false;
        column = nullptr;
      } else {
        seen.emplace(column->key, &field);
      }
    }
    by_index.push_back(column);
  }
  for (const auto& column : columns()) {
    if (column.required && !seen.count(column.key)) {
      diagnostics.error({file, header.line, 1}, fmt::format("missing column {}; a register needs 情報資産名称, 媒体・保存先, 機密性, "
                                                            "完全性 and 可用性", column_label(column)));
      header_ok = false;
    }
  }
  if (!header_ok) return std::nullopt;

  JsonTree tree(file, nullptr);
  Json assets = Json::array();
  tree.set_value_mark("", {1, 1});
  tree.set_value_mark("/assets", {header.line, 1});
  bool rows_ok = true;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& record = records[r];
    if (record.fields.size() != header.fields.size()) {
      const CsvField& last = record.fields.back();
      diagnostics.error({file, record.line, record.fields.size() < header.fields.size() ? last.column : record.fields[header.fields.size()].column},
                        fmt::format("row has {} fields but the header has {}; a column is {} (check for a missing or extra comma)",
                                    record.fields.size(), header.fields.size(),
                                    record.fields.size() < header.fields.size() ? "missing" : "extra"));
      rows_ok = false;
      continue;
    }
    const std::string pointer = child_pointer("/assets", assets.size());
    tree.set_value_mark(pointer, {record.line, 1});
    Json asset = Json::object();
    Json treatment = Json::object();
    for (std::size_t c = 0; c < record.fields.size(); ++c) {
      if (by_index[c] == nullptr) continue;
      const CsvField& field = record.fields[c];
      const std::string key = by_index[c]->key;
      const std::string value = ascii_digits_trimmed(field.text);
      if (value.empty()) continue;
      const Mark where{field.line, field.column};
      if (key == "treatment" || key == "treatment_reason" || key == "treatment_measures") {
        const std::string inner = key == "treatment" ? "option" : key == "treatment_reason" ? "reason" : "measures";
        treatment[inner] = inner == "measures" ? Json(split_list(field.text)) : Json(value);
        tree.set_value_mark(pointer + "/treatment/" + inner, where);
        tree.set_value_mark(pointer + "/treatment", where);
        continue;
      }
      const std::string member = child_pointer(pointer, key);
      tree.set_value_mark(member, where);
      tree.set_key_mark(member, where);
      if (is_level_column(key) && std::all_of(value.begin(), value.end(), [](unsigned char ch) { return std::isdigit(ch) != 0; }) &&
          value.size() < 4) {
        asset[key] = std::stoi(value);
      } else if (key == "personal_information") {
        asset[key] = split_list(value);
      } else {
        asset[key] = value;
      }
    }
    if (!treatment.empty()) asset["treatment"] = std::move(treatment);
    assets.push_back(std::move(asset));
  }
  // A malformed quote leaves a field cut short: report the row problems, not the cell values.
  if (!rows_ok || diagnostics.error_count() > errors_before) return std::nullopt;
  tree.set_root(Json{{"assets", std::move(assets)}});
  return tree;
}

// --- the checks beyond the schema ---

std::string valid_media(const risk::Catalogue& catalogue) {
  std::vector<std::string> names;
  for (const auto& medium : catalogue.media) names.push_back(fmt::format("{} ({})", medium.name.ja, medium.id));
  return fmt::format("{}", fmt::join(names, ", "));
}

const risk::Medium* resolve_medium(const risk::Catalogue& catalogue, const std::string& written) {
  const std::string wanted = normalise_name(written);
  for (const auto& medium : catalogue.media) {
    if (normalise_name(medium.id) == wanted || normalise_name(medium.name.ja) == wanted || normalise_name(medium.name.en) == wanted) {
      return &medium;
    }
    for (const auto& alias : medium.aliases) {
      if (normalise_name(alias) == wanted) return &medium;
    }
  }
  return nullptr;
}

std::optional<bool> parse_yes_no(const Json& value) {
  if (value.is_boolean()) return value.get<bool>();
  if (!value.is_string()) return std::nullopt;
  const std::string text = normalise_name(value.get<std::string>());
  for (const char* yes : {"yes", "true", "y", "1", "有", "あり", "はい", "○", "実施", "実施している", "済"}) {
    if (text == yes) return true;
  }
  for (const char* no : {"no", "false", "n", "0", "無", "なし", "いいえ", "×", "-", "未実施", "実施していない", "未"}) {
    if (text == no) return false;
  }
  return std::nullopt;
}

constexpr const char* k_yes_no_choices = "yes/no, true/false, 有/無, はい/いいえ, ○/×";

std::optional<risk::TreatmentOption> parse_treatment(const std::string& written) {
  const std::string text = normalise_name(written);
  if (text == "低減" || text == "reduce" || text == "リスク低減") return risk::TreatmentOption::reduce;
  if (text == "回避" || text == "avoid" || text == "リスク回避") return risk::TreatmentOption::avoid;
  if (text == "移転" || text == "transfer" || text == "リスク移転") return risk::TreatmentOption::transfer;
  if (text == "保有" || text == "受容" || text == "retain" || text == "accept" || text == "リスク保有") return risk::TreatmentOption::retain;
  return std::nullopt;
}

class RegisterChecker {
public:
  RegisterChecker(const JsonTree& tree, const risk::Edition& edition, const risk::Catalogue& catalogue, Diagnostics& diagnostics)
      : m_tree(tree), m_edition(edition), m_catalogue(catalogue), m_diagnostics(diagnostics) {}

  risk::Register build() {
    risk::Register reg;
    const Json& root = m_tree.root();
    reg.organization = read_organization(m_tree);
    reg.assessed_on = read_date(m_tree, "/assessed_on", m_diagnostics);
    reg.assessor = string_at(root, "assessor");
    if (auto answers = root.find("countermeasures"); answers != root.end() && answers->is_object()) {
      reg.countermeasures = countermeasures(*answers);
    }
    if (auto assets = root.find("assets"); assets != root.end() && assets->is_array()) {
      for (std::size_t i = 0; i < assets->size(); ++i) {
        if ((*assets)[i].is_object()) reg.assets.push_back(asset(child_pointer("/assets", i), (*assets)[i]));
      }
    }
    return reg;
  }

  risk::CountermeasureAnswers countermeasures(const Json& answers) {
    risk::CountermeasureAnswers result;
    for (const auto& [medium_key, measures] : answers.items()) {
      const std::string pointer = child_pointer("/countermeasures", medium_key);
      const risk::Medium* medium = resolve_medium(m_catalogue, medium_key);
      if (medium == nullptr) {
        m_diagnostics.error(m_tree.key_at(pointer), fmt::format("unknown medium '{}' in countermeasures; valid media: {}", medium_key,
                                                                valid_media(m_catalogue)));
        continue;
      }
      if (result.count(medium->id)) {
        m_diagnostics.error(m_tree.key_at(pointer), fmt::format("countermeasures of {} are given twice", medium->name.ja));
        continue;
      }
      auto& answered = result[medium->id];
      if (!measures.is_object()) continue;
      for (const auto& [measure_id, value] : measures.items()) {
        const std::string measure_pointer = child_pointer(pointer, measure_id);
        const bool known = std::any_of(medium->countermeasures.begin(), medium->countermeasures.end(),
                                       [&id = measure_id](const risk::Countermeasure& c) { return c.id == id; });
        if (!known) {
          std::vector<std::string> ids;
          for (const auto& c : medium->countermeasures) ids.push_back(c.id);
          m_diagnostics.error(m_tree.key_at(measure_pointer), fmt::format("unknown countermeasure '{}' for {}; valid: {}", measure_id,
                                                                          medium->name.ja, fmt::join(ids, ", ")));
          continue;
        }
        if (value.is_null()) continue; // left blank: unanswered
        auto in_place = parse_yes_no(value);
        if (!in_place) {
          m_diagnostics.error(m_tree.at(measure_pointer), fmt::format("countermeasure {}: '{}' is not an answer; write {}", measure_id,
                                                                      value.is_string() ? value.get<std::string>() : value.dump(),
                                                                      k_yes_no_choices));
          continue;
        }
        answered[measure_id] = *in_place;
      }
    }
    return result;
  }

private:
  static std::string string_at(const Json& parent, const char* key) {
    auto found = parent.find(key);
    if (found == parent.end()) return {};
    if (found->is_string()) return found->get<std::string>();
    if (found->is_number_integer()) return std::to_string(found->get<long long>());
    return {};
  }

  std::string label(const std::string& asset_pointer, const Json& value) const {
    const auto row = m_tree.at(asset_pointer).line;
    return value.contains("name") && value["name"].is_string() ? fmt::format("asset '{}'", value["name"].get<std::string>())
                                                                : fmt::format("asset at line {}", row);
  }

  int level(const std::string& pointer, const Json& value, const char* key, const char* japanese) {
    auto found = value.find(key);
    if (found == value.end() || !found->is_number_integer()) return m_edition.cia_min; // reported by the schema
    const int given = found->get<int>();
    if (given < m_edition.cia_min || given > m_edition.cia_max) {
      std::string hint;
      if (m_edition.cia_min == 1 && given == 0) hint = "; 0 belongs to the 0–2 scale of 第3版: use --edition 3";
      if (m_edition.cia_max == 2 && given == 3) hint = "; 3 belongs to the 1–3 scale of 第3.1版: use --edition 3.1 (the default)";
      m_diagnostics.error(m_tree.at(child_pointer(pointer, key)),
                          fmt::format("{} ({}) {} is outside the scale of edition {}; valid values: {}–{}{}", japanese, key, given,
                                      m_edition.id, m_edition.cia_min, m_edition.cia_max, hint));
    }
    return given;
  }

  risk::Asset asset(const std::string& pointer, const Json& value) {
    risk::Asset asset;
    asset.category = string_at(value, "category");
    asset.name = string_at(value, "name");
    asset.remarks = string_at(value, "remarks");
    asset.users = string_at(value, "users");
    asset.owner = string_at(value, "owner");
    asset.department = string_at(value, "department");
    asset.retention = string_at(value, "retention");
    asset.registered_on = string_at(value, "registered_on");
    if (auto medium = value.find("medium"); medium != value.end() && medium->is_string()) {
      if (const auto* found = resolve_medium(m_catalogue, medium->get<std::string>())) {
        asset.medium = found->id;
      } else {
        m_diagnostics.error(m_tree.at(child_pointer(pointer, "medium")),
                            fmt::format("{}: unknown 媒体・保存先 '{}'; valid media: {}", label(pointer, value), medium->get<std::string>(),
                                        valid_media(m_catalogue)));
      }
    }
    asset.confidentiality = level(pointer, value, "confidentiality", "機密性");
    asset.integrity = level(pointer, value, "integrity", "完全性");
    asset.availability = level(pointer, value, "availability", "可用性");
    if (auto threat = value.find("threat"); threat != value.end() && threat->is_number_integer()) asset.threat = threat->get<int>();
    if (auto vuln = value.find("vulnerability"); vuln != value.end() && vuln->is_number_integer()) asset.vulnerability = vuln->get<int>();
    personal_information(pointer, value, asset);
    if (auto critical = value.find("business_critical"); critical != value.end() && !critical->is_null()) {
      if (auto flag = parse_yes_no(*critical)) {
        asset.business_critical = *flag;
      } else if (critical->is_string()) {
        m_diagnostics.error(m_tree.at(child_pointer(pointer, "business_critical")),
                            fmt::format("企業の存続を左右しかねない (business_critical): '{}' is not an answer; write {}",
                                        critical->get<std::string>(), k_yes_no_choices));
      }
    }
    if (auto treatment = value.find("treatment"); treatment != value.end() && treatment->is_object()) {
      const std::string treatment_pointer = child_pointer(pointer, "treatment");
      if (auto option = treatment->find("option"); option != treatment->end() && option->is_string()) {
        if (auto parsed = parse_treatment(option->get<std::string>())) {
          risk::Treatment t;
          t.option = *parsed;
          t.reason = string_at(*treatment, "reason");
          if (auto measures = treatment->find("measures"); measures != treatment->end()) {
            if (measures->is_string()) t.measures = split_list(measures->get<std::string>());
            if (measures->is_array()) {
              for (const auto& m : *measures) {
                if (m.is_string()) t.measures.push_back(m.get<std::string>());
              }
            }
          }
          asset.treatment = std::move(t);
        } else {
          m_diagnostics.error(m_tree.at(treatment_pointer + "/option"),
                              fmt::format("{}: treatment '{}' is not one of 低減 (reduce), 回避 (avoid), 移転 (transfer), 保有 (retain)",
                                          label(pointer, value), option->get<std::string>()));
        }
      }
    }
    return asset;
  }

  void personal_information(const std::string& pointer, const Json& value, risk::Asset& asset) {
    auto found = value.find("personal_information");
    if (found == value.end() || found->is_null()) return;
    std::vector<std::string> kinds;
    if (found->is_string()) kinds = split_list(found->get<std::string>());
    if (found->is_array()) {
      for (const auto& kind : *found) {
        if (kind.is_string()) kinds.push_back(kind.get<std::string>());
      }
    }
    for (const auto& kind : kinds) {
      const std::string text = normalise_name(kind);
      if (text == "個人情報" || text == "personal") {
        asset.personal_information.personal = true;
      } else if (text == "要配慮個人情報" || text == "sensitive") {
        asset.personal_information.sensitive = true;
      } else if (text == "特定個人情報" || text == "my number" || text == "マイナンバー") {
        asset.personal_information.my_number = true;
      } else if (text != "なし" && text != "無" && text != "none" && text != "-") {
        m_diagnostics.error(m_tree.at(child_pointer(pointer, "personal_information")),
                            fmt::format("{}: '{}' is not a kind of personal information; valid: 個人情報 (personal), 要配慮個人情報 "
                                        "(sensitive), 特定個人情報 (my-number), なし (none)",
                                        label(pointer, value), kind));
      }
    }
  }

  const JsonTree& m_tree;
  const risk::Edition& m_edition;
  const risk::Catalogue& m_catalogue;
  Diagnostics& m_diagnostics;
};

const Schema& register_schema() { return shipped_schema("risk-register.schema.json"); }

} // namespace

RegisterFormat register_format_for(const std::string& file_name) {
  if (file_name.size() >= 4) {
    std::string suffix = file_name.substr(file_name.size() - 4);
    std::transform(suffix.begin(), suffix.end(), suffix.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (suffix == ".csv") return RegisterFormat::csv;
  }
  return RegisterFormat::yaml;
}

std::optional<risk::Register> load_register(std::string_view text, const std::string& file, RegisterFormat format,
                                            const risk::Edition& edition, const risk::Catalogue& catalogue,
                                            Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  std::optional<JsonTree> tree;
  if (format == RegisterFormat::csv) {
    // A spreadsheet file (.xlsx, .ods) saved under a .csv name: say so instead of reporting its bytes as bad values.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
      const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(nul), '\n');
      diagnostics.error({file, static_cast<int>(line), 1},
                        "file contains a NUL byte; it looks binary (an .xlsx?), not CSV text; save it as CSV UTF-8");
      return std::nullopt;
    }
    if (auto bad = find_invalid_utf8(text)) {
      diagnostics.error({file, bad->line, bad->column}, "invalid UTF-8; save the CSV as UTF-8 (Excel: \"CSV UTF-8\"), not Shift_JIS");
      return std::nullopt;
    }
    tree = csv_tree(text, file, diagnostics);
  } else {
    auto read = read_yaml(text, file, diagnostics);
    if (read) {
      if (!read->root().is_object()) {
        diagnostics.error(read->at(""), "expected a register (a mapping with assets:); print one with `secaction risk --template`");
        return std::nullopt;
      }
      tree = english_keys(*read, diagnostics);
    }
  }
  if (!tree) return std::nullopt;
  register_schema().validate(*tree, diagnostics);
  if (!tree->root().contains("assets")) {
    diagnostics.error(tree->at(""), "no assets: list; print a register with `secaction risk --template`");
  }
  RegisterChecker checker(*tree, edition, catalogue, diagnostics);
  auto reg = checker.build();
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return reg;
}

std::optional<risk::CountermeasureAnswers> load_countermeasure_answers(std::string_view text, const std::string& file,
                                                                      const risk::Catalogue& catalogue,
                                                                      Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  auto tree = read_yaml(text, file, diagnostics);
  if (!tree) return std::nullopt;
  register_schema().validate(*tree, diagnostics);
  const Json& root = tree->root();
  if (!root.is_object() || !root.contains("countermeasures")) {
    diagnostics.error(tree->at(""), "expected countermeasures: (per medium, each countermeasure yes or no)");
    return std::nullopt;
  }
  if (root.contains("assets")) {
    diagnostics.error(tree->key_at("/assets"), "a --measures file holds countermeasures only; give the assets as the register FILE");
  }
  risk::Edition unused;
  RegisterChecker checker(*tree, unused, catalogue, diagnostics);
  risk::CountermeasureAnswers answers;
  if (root.at("countermeasures").is_object()) answers = checker.countermeasures(root.at("countermeasures"));
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return answers;
}

std::vector<std::string> register_column_names() {
  std::vector<std::string> names;
  for (const auto& column : columns()) names.push_back(column.names[0]);
  for (const auto& column : csv_extra_columns()) names.push_back(column.names[0]);
  return names;
}

} // namespace secaction::load
