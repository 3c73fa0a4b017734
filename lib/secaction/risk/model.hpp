#pragma once
// The values the risk engine works on: the rules of one edition, secaction's threat catalogue and
// an asset register (情報資産管理台帳). Loaded by content/, never read from files here.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "secaction/core/date.hpp"
#include "secaction/core/lang.hpp"
#include "secaction/core/organization.hpp"
#include "secaction/core/provenance.hpp"
#include "secaction/risk/top_threats.hpp"

namespace secaction::risk {

using secaction::Origin;

struct Note {
  Origin origin = Origin::secaction;
  LocalText text;
  LocalText via;
};

/// A text of the rules with its provenance (docs/CONTENT.md): what the verbatim content test checks.
struct Quote {
  std::string ja;
  Origin origin = Origin::official;
  std::string where; // e.g. "editions/3.1/cia/confidentiality/3"
};

/// A level of a scale (機密性 3, 脅威 2, …) and what it means.
using LevelTexts = std::map<int, LocalText>;

struct LikelihoodCell {
  int threat = 0;
  int vulnerability = 0;
  int likelihood = 0;
};

struct Band {
  std::string id; // high | medium | low
  int min = 0;
  int max = 0;
  LocalText label;   // 大 / 中 / 小
  LocalText meaning; // 深刻な事故が起きる可能性大, …
  Origin origin = Origin::official;
  LocalText via; // the secondary source, when origin is official_secondary
};

/// 対策の決定: an option's title (the guideline's) and definition.
enum class TreatmentOption { reduce, avoid, transfer, retain }; // 低減 / 回避 / 移転 / 保有

struct TreatmentText {
  TreatmentOption option = TreatmentOption::reduce;
  LocalText title;
  LocalText definition;
  Origin origin = Origin::official; // of the definition
  LocalText via;
};

/// The rules of one edition of the guideline (第3.1版: C/I/A 1–3; 第3版: 0–2).
struct Edition {
  std::string id; // "3.1" | "3"
  LocalText title;
  Origin criteria_origin = Origin::official; // of the criteria texts below, unless a quote says otherwise
  LocalText criteria_via;
  int cia_min = 1;
  int cia_max = 3;
  LevelTexts confidentiality;
  LevelTexts integrity;
  LevelTexts availability;
  LocalText importance_rule;
  Origin importance_rule_origin = Origin::official;
  int forced_importance = 3; // when personal information is held or survival is at stake
  LevelTexts importance_levels;
  LevelTexts threat_levels;
  LevelTexts vulnerability_levels;
  LevelTexts likelihood_levels; // 被害発生可能性 1–3
  std::vector<LikelihoodCell> likelihood_table; // 被害発生可能性の換算表
  /// Bands are matched against (importance + offset) × likelihood: 0 for 第3.1版; 第3版 has no
  /// published bands, so secaction lifts its importance onto the 3.1 scale.
  int band_importance_offset = 0;
  std::vector<Band> bands; // first match wins
  std::vector<Note> notes;
  std::vector<TreatmentText> treatments; // 対策の決定, in the guideline's order (shared by the editions)
};

struct RulesSource {
  LocalText publisher;
  LocalText document;
  std::string url;
  LocalText secondary;
};

struct Rules {
  RulesSource source;
  std::vector<Edition> editions;
  std::vector<Quote> quotes; // every text of the rules with its provenance, in file order
  [[nodiscard]] const Edition* find(const std::string& id) const {
    for (const auto& edition : editions) {
      if (edition.id == id) return &edition;
    }
    return nullptr;
  }
};

// --- secaction's threat catalogue ---

struct TopThreat {
  int rank = 0;
  LocalText name;
};

struct Threat {
  std::string id;
  LocalText name;
  int likelihood = 1; // default 起こりやすさ 1–3
  std::vector<int> top10; // ranks in IPA's 10大脅威 (組織)
};

struct Countermeasure {
  std::string id;
  LocalText text;
};

struct Medium {
  std::string id;
  LocalText name;
  std::vector<std::string> aliases;
  bool avoidable = false; // an asset can stop using this medium (so 回避 is realistic)
  std::vector<Threat> threats;
  std::vector<Countermeasure> countermeasures;
};

struct Catalogue {
  LocalText notice;
  LocalText threat_rule;
  LocalText vulnerability_rule;
  LocalText top10_source;
  std::string top10_url;
  std::vector<TopThreat> top10; // the list the threats' top10 ranks refer to
  int top10_year = 0;
  std::string top10_list;                    // organization | individual
  std::optional<TopThreatLists> top10_lists; // both lists of that year (content/threats/top10-<year>.yaml)
  std::vector<Medium> media;

  [[nodiscard]] const Medium* find_medium(const std::string& id) const {
    for (const auto& medium : media) {
      if (medium.id == id) return &medium;
    }
    return nullptr;
  }
  [[nodiscard]] const TopThreat* find_top10(int rank) const {
    for (const auto& entry : top10) {
      if (entry.rank == rank) return &entry;
    }
    return nullptr;
  }
};

// --- the register ---

struct Treatment {
  TreatmentOption option = TreatmentOption::reduce;
  std::string reason;
  std::vector<std::string> measures;
};

struct PersonalInformation {
  bool personal = false;  // 個人情報
  bool sensitive = false; // 要配慮個人情報
  bool my_number = false; // 特定個人情報
  [[nodiscard]] bool any() const { return personal || sensitive || my_number; }
};

struct Asset {
  std::string category;   // 業務分類
  std::string name;       // 情報資産名称
  std::string remarks;    // 備考
  std::string users;      // 利用者範囲
  std::string owner;      // リスク所有者
  std::string department; // 管理部署
  std::string medium;     // 媒体・保存先: a catalogue medium id
  PersonalInformation personal_information;
  int confidentiality = 0;
  int integrity = 0;
  int availability = 0;
  bool business_critical = false; // 企業の存続を左右しかねない
  std::string retention;          // 保存期限
  std::string registered_on;      // 登録日
  std::optional<int> threat;        // given 起こりやすさ, else from the catalogue
  std::optional<int> vulnerability; // given つけ込みやすさ, else from the countermeasures
  std::optional<Treatment> treatment;
  /// 想定被害額: the loss (円) the organisation estimates if the asset is harmed; `plan --costs`
  /// weighs actions with it (secaction's rule), `risk` does not use it.
  std::optional<long long> estimated_loss;
};

using secaction::Organization;

/// Countermeasure id -> in place, per medium id. Countermeasures not listed are unanswered.
using CountermeasureAnswers = std::map<std::string, std::map<std::string, bool>>;

struct Register {
  Organization organization;
  std::optional<Date> assessed_on;
  std::string assessor;
  std::vector<Asset> assets; // in register order
  CountermeasureAnswers countermeasures;
};

} // namespace secaction::risk
