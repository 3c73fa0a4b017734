#include "secaction/risk/register_columns.hpp"

#include <algorithm>
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
// The one rule of register names: spaces, tabs, '_' and '-' around a name are dropped; inside it,
// '_' and '-' read as spaces and ASCII letters as lower case. normalise_register_name and
// register_name_matches both apply it through these two functions.
bool is_trimmed(char c) { return c == ' ' || c == '\t' || c == '_' || c == '-'; }
char normalised_char(char c) {
  if (c == '_' || c == '-') return ' ';
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
std::string_view trimmed_name(std::string_view text) {
  while (!text.empty() && is_trimmed(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_trimmed(text.back())) text.remove_suffix(1);
  return text;
}
} // namespace

std::string normalise_register_name(std::string_view text) {
  std::string out;
  for (const char c : trimmed_name(text)) out += normalised_char(c);
  return out;
}

bool register_name_matches(std::string_view name, std::string_view wanted) {
  const std::string_view kept = trimmed_name(name);
  return std::equal(kept.begin(), kept.end(), wanted.begin(), wanted.end(),
                    [](char c, char normalised) { return normalised_char(c) == normalised; });
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
