#include "secaction/risk/register_columns.hpp"

#include <cctype>
#include <stdexcept>

#include <fmt/format.h>

namespace secaction::risk {

const std::vector<RegisterColumn>& register_columns() {
  static const std::vector<RegisterColumn> table = {
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
      {"estimated_loss", {"想定被害額", "estimated loss", "loss"}, false},
  };
  return table;
}

const std::vector<RegisterColumn>& csv_only_columns() {
  static const std::vector<RegisterColumn> table = {
      {"treatment_reason", {"対策の理由", "treatment reason"}, false},
      {"treatment_measures", {"対策内容", "treatment measures"}, false},
  };
  return table;
}

const std::vector<std::string>& computed_columns() {
  static const std::vector<std::string> names = {"no", "no.", "番号", "重要度", "importance", "被害発生可能性",
                                                 "likelihood", "リスク値", "risk", "risk value"};
  return names;
}

const std::vector<RegisterColumn>& treatment_fields() {
  static const std::vector<RegisterColumn> table = {
      {"option", {"種類"}, true},
      {"reason", {"理由"}, false},
      {"measures", {"内容"}, false},
  };
  return table;
}

namespace {
bool is_trimmed(char c) { return c == ' ' || c == '\t' || c == '_' || c == '-'; } // '_' and '-' read as spaces
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
} // namespace

std::string normalise_register_name(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '_' || c == '-') c = ' ';
    out += ascii_lower(c);
  }
  const auto first = out.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  return out.substr(first, out.find_last_not_of(" \t") - first + 1);
}

bool register_name_matches(std::string_view name, std::string_view wanted) {
  std::size_t first = 0;
  std::size_t last = name.size();
  while (first < last && is_trimmed(name[first])) ++first;
  while (last > first && is_trimmed(name[last - 1])) --last;
  if (last - first != wanted.size()) return false;
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    const char c = name[first + i];
    if ((c == '_' || c == '-' ? ' ' : ascii_lower(c)) != wanted[i]) return false;
  }
  return true;
}

const RegisterColumn* find_register_column(const std::vector<RegisterColumn>& columns, std::string_view written) {
  const std::string wanted = normalise_register_name(written);
  for (const auto& column : columns) {
    for (const auto& name : column.names) {
      if (register_name_matches(name, wanted)) return &column;
    }
  }
  return nullptr;
}

const RegisterColumn* find_treatment_field(std::string_view written) {
  for (const auto& field : treatment_fields()) {
    if (field.japanese() == written) return &field;
  }
  return nullptr;
}

const RegisterColumn& register_column(std::string_view key) {
  for (const auto* table : {&register_columns(), &treatment_fields()}) {
    for (const auto& column : *table) {
      if (column.key == key) return column;
    }
  }
  throw std::logic_error(fmt::format("no register column '{}'", key));
}

std::string column_label(const RegisterColumn& column) { return fmt::format("{} ({})", column.japanese(), column.key); }

} // namespace secaction::risk
