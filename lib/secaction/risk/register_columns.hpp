#pragma once
// The columns of the asset register (情報資産管理台帳): their keys, and the names people write for
// them in a YAML register or a CSV header. The register loader reads them and `secaction risk
// --template` prints them, so both speak of the same columns.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace secaction::risk {

struct RegisterColumn {
  const char* key;                // the key in schemas/risk-register.schema.json
  std::vector<std::string> names; // Japanese first, then English spellings (compared normalised)
  bool required;
  [[nodiscard]] const std::string& japanese() const { return names.front(); }
};

/// The columns of an asset, in the order the template prints them.
const std::vector<RegisterColumn>& register_columns();
/// CSV only: the treatment's reason and measures get columns of their own there.
const std::vector<RegisterColumn>& csv_only_columns();
/// Columns a spreadsheet export may carry that secaction computes itself (No., 重要度, リスク値, …), normalised.
const std::vector<std::string>& computed_columns();
/// The keys inside a treatment: 種類 (option), 理由 (reason), 内容 (measures).
const std::vector<RegisterColumn>& treatment_fields();

/// "Asset Name", "asset_name", " asset-name " all read as "asset name".
std::string normalise_register_name(std::string_view text);
/// Whether `name` normalises to `wanted` (already normalised), without building the normalised
/// text: every field of every asset is looked up among all column names and media.
bool register_name_matches(std::string_view name, std::string_view wanted);

/// The column `written` names (any of its names, normalised), or nullptr.
const RegisterColumn* find_register_column(const std::vector<RegisterColumn>& columns, std::string_view written);
/// The treatment field whose Japanese name is exactly `written`, or nullptr.
const RegisterColumn* find_treatment_field(std::string_view written);
/// The column (of register_columns or treatment_fields) with this key; the key must exist.
const RegisterColumn& register_column(std::string_view key);

/// "情報資産名称 (name)": a column as messages name it.
std::string column_label(const RegisterColumn& column);

} // namespace secaction::risk
