#include "secaction/load/register_checks.hpp"

#include <algorithm>
#include <initializer_list>
#include <string_view>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/core/date.hpp"
#include "secaction/load/common_fields.hpp"
#include "secaction/load/register_csv.hpp"
#include "secaction/load/yen_amount.hpp"
#include "secaction/risk/register_columns.hpp"

namespace secaction::load {
namespace {

using Json = nlohmann::json;
using risk::normalise_register_name;
using risk::register_name_matches;

std::string valid_media(const risk::Catalogue& catalogue) {
  std::vector<std::string> names;
  for (const auto& medium : catalogue.media) names.push_back(fmt::format("{} ({})", medium.name.ja, medium.id));
  return fmt::format("{}", fmt::join(names, ", "));
}

const risk::Medium* resolve_medium(const risk::Catalogue& catalogue, const std::string& written) {
  const std::string wanted = normalise_register_name(written);
  for (const auto& medium : catalogue.media) {
    if (register_name_matches(medium.id, wanted) || register_name_matches(medium.name.ja, wanted) ||
        register_name_matches(medium.name.en, wanted)) {
      return &medium;
    }
    for (const auto& alias : medium.aliases) {
      if (register_name_matches(alias, wanted)) return &medium;
    }
  }
  return nullptr;
}

// Whether `written` reads as one of `names` (each already normalised), compared in place: a value
// is looked up among many names, and normalising it into a new string first would allocate each time.
bool reads_as_one_of(std::string_view written, std::initializer_list<std::string_view> names) {
  return std::any_of(names.begin(), names.end(), [&](std::string_view name) { return register_name_matches(written, name); });
}

std::optional<bool> parse_yes_no(const Json& value) {
  if (value.is_boolean()) return value.get<bool>();
  if (!value.is_string()) return std::nullopt;
  const auto& text = value.get_ref<const std::string&>();
  if (reads_as_one_of(text, {"yes", "true", "y", "1", "有", "あり", "はい", "○", "実施", "実施している", "済"})) return true;
  if (reads_as_one_of(text, {"no", "false", "n", "0", "無", "なし", "いいえ", "×", "-", "未実施", "実施していない", "未"}))
    return false;
  return std::nullopt;
}

constexpr const char* k_yes_no_choices = "yes/no, true/false, 有/無, はい/いいえ, ○/×";

std::optional<risk::TreatmentOption> parse_treatment(const std::string& written) {
  if (reads_as_one_of(written, {"低減", "reduce", "リスク低減"})) return risk::TreatmentOption::reduce;
  if (reads_as_one_of(written, {"回避", "avoid", "リスク回避"})) return risk::TreatmentOption::avoid;
  if (reads_as_one_of(written, {"移転", "transfer", "リスク移転"})) return risk::TreatmentOption::transfer;
  if (reads_as_one_of(written, {"保有", "受容", "retain", "accept", "リスク保有"})) return risk::TreatmentOption::retain;
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
    if (found != value.end() && found->is_null()) {
      // Never read a blank rating as the lowest level: a forgotten rating would understate the risk.
      m_diagnostics.error(
          m_tree.key_at(child_pointer(pointer, key)),
          fmt::format("{}: {} ({}) is blank; rate it {}–{} (edition {}; the criteria are in `secaction risk --template`)",
                      label(pointer, value), japanese, key, m_edition.cia_min, m_edition.cia_max, m_edition.id));
      return m_edition.cia_max;
    }
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

  // 想定被害額: a whole number of yen, written 300000, "300,000", "300000円" or "¥300,000".
  std::optional<long long> estimated_loss(const std::string& pointer, const Json& value) {
    const auto found = value.find("estimated_loss");
    if (found == value.end() || found->is_null()) return std::nullopt;
    constexpr long long k_max_loss = 1'000'000'000'000'000; // 1000兆円: far above any SME's loss
    std::optional<long long> amount;
    if (found->is_number_integer()) {
      if (found->is_number_unsigned() || found->get<long long>() >= 0) amount = found->get<long long>();
    } else if (found->is_string()) {
      amount = yen_amount(found->get<std::string>());
    }
    if (!amount || *amount < 0 || *amount > k_max_loss) {
      m_diagnostics.error(m_tree.at(child_pointer(pointer, "estimated_loss")),
                          fmt::format("{}: 想定被害額 (estimated_loss) {} is not an amount of yen; write a whole number from 0 to {}, "
                                      "e.g. 3000000 or 3,000,000円",
                                      label(pointer, value), found->dump(), k_max_loss));
      return std::nullopt;
    }
    return amount;
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
    asset.estimated_loss = estimated_loss(pointer, value);
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
      if (reads_as_one_of(kind, {"個人情報", "personal"})) {
        asset.personal_information.personal = true;
      } else if (reads_as_one_of(kind, {"要配慮個人情報", "sensitive"})) {
        asset.personal_information.sensitive = true;
      } else if (reads_as_one_of(kind, {"特定個人情報", "my number", "マイナンバー"})) {
        asset.personal_information.my_number = true;
      } else if (!reads_as_one_of(kind, {"なし", "無", "none", "-"})) {
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

} // namespace

risk::Register check_register(const JsonTree& tree, const risk::Edition& edition, const risk::Catalogue& catalogue,
                              Diagnostics& diagnostics) {
  return RegisterChecker(tree, edition, catalogue, diagnostics).build();
}

risk::CountermeasureAnswers check_countermeasures(const JsonTree& tree, const risk::Catalogue& catalogue, Diagnostics& diagnostics) {
  const risk::Edition unused; // countermeasures do not depend on the edition
  return RegisterChecker(tree, unused, catalogue, diagnostics).countermeasures(tree.root().at("countermeasures"));
}

} // namespace secaction::load
