#pragma once
// An instrument: a questionnaire from the guidance (the self-diagnosis, a checklist, …) as content
// describes it. Plain values; loaded by content/, scored by questionnaire/assess.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "secaction/core/lang.hpp"
#include "secaction/core/provenance.hpp"

namespace secaction::questionnaire {

/// Whether a text is quoted from the source (directly or through a named secondary source) or
/// written by secaction.
using secaction::Origin;

/// Answers the report lists separately (IPA asks for every わからない to be checked).
enum class AnswerFlag { none, unknown, not_applicable };

struct ScaleOption {
  std::string id; // yes | partial | no | unknown | na, or a level such as "3"
  LocalText label;
  double points = 0;
  bool counts_toward_max = true;
  AnswerFlag flag = AnswerFlag::none;
  std::vector<std::string> aliases;
};

struct Band {
  std::string id;
  double min = 0;
  double max = 0;
  LocalText status; // 現在の状況
  LocalText next;   // 次の対策
  Origin origin = Origin::official; // of status and next
  LocalText via;                    // the secondary source, when origin is official_secondary
  LocalText advice;                 // always secaction's
};

struct CriteriaBlock {
  LocalText title;
  Origin origin = Origin::official;
  LocalText via; // the secondary source, when origin is official_secondary
  LocalList points;
};

struct ItemRef {
  std::string instrument;
  std::string item;
};

struct Item {
  std::string number; // the official number as written: "7", "1-1"
  std::string id;
  LocalText question;
  Origin question_origin = Origin::official;
  LocalText source_ref;
  LocalText why;
  LocalList measures;
  std::vector<CriteriaBlock> criteria;
  LocalText if_neglected;
  std::map<std::string, LocalText> levels;
  std::vector<ItemRef> refs;
  std::string requirement; // the id of the requirement this item (a criterion) belongs to (scoring all-met)
  std::string target;      // the target level (a scale option id) of this item (scoring maturity); empty: the instrument's
};

struct Part {
  std::string id;
  LocalText title;
  LocalText description;
  std::vector<Item> items;
};

struct Note {
  Origin origin = Origin::secaction;
  LocalText text;
  LocalText via; // the secondary source, when origin is official_secondary
};

struct PreambleEntry {
  LocalText label;
  LocalText text;
  LocalText explanation; // optional: the source's explanation of the entry
};

/// Guidance shown beside the items (3原則, 経営者への問い, …): a title, an optional lead text and
/// entries, all of one origin.
struct Preamble {
  std::string id; // set for `context` blocks
  LocalText title;
  LocalText intro;
  Origin origin = Origin::official;
  LocalText via;
  LocalText source_ref; // where the block stands in the source
  std::vector<PreambleEntry> entries;
  [[nodiscard]] bool empty() const { return title.empty(); }
};

/// The official file an instrument was imported from (`secaction import-sheet`).
struct ImportedFile {
  std::string name;   // the workbook's file name, as given to import-sheet (no directories)
  std::string sha256; // of the whole file, lower-case hex
  std::string sheet;  // the worksheet read
  [[nodiscard]] bool empty() const { return name.empty(); }
};

struct Source {
  LocalText publisher;
  LocalText document;
  LocalText edition;
  LocalText item_numbering;
  std::string url;
  ImportedFile file;
};

/// A requirement of an "all criteria must be met" instrument (e.g. 1-2-1): its criteria are the
/// items whose `requirement` names it.
struct Requirement {
  std::string id;
  LocalText text;
  Origin origin = Origin::official;
};

/// How the items of an older edition correspond to this one's (supplied with the newer edition).
struct EditionMapSpec {
  std::string edition; // the older edition's id
  /// New item number -> old item number; nullopt marks a new item. An item not listed corresponds to
  /// the old item with the same number, if there is one.
  std::map<std::string, std::optional<std::string>> items;
};

/// sum: total = Σ points; completion: percent = Σ points / Σ max; maturity: levels against a target
/// level per item; all_met: every criterion must be met (points at the maximum).
enum class ScoringMethod { sum, completion, maturity, all_met };
enum class BandBasis { total, percent };

/// "sum" | "completion" | "maturity" | "all-met", as content and JSON spell it.
std::string_view method_id(ScoringMethod method);

struct Scoring {
  ScoringMethod method = ScoringMethod::sum;
  double max_points_per_item = 1;
  BandBasis band_basis = BandBasis::total;
  std::string target_level; // maturity: the target level (a scale option id) of items that name none
};

struct Instrument {
  std::string id;
  std::string command; // diagnose | checklist | benchmark
  LocalText title;
  LocalText summary;
  Source source;
  Origin question_origin = Origin::official;
  /// Its answers place the organisation in a class (posture) and are not measures: `plan` makes no
  /// actions from them.
  bool classification_only = false;
  std::vector<ScaleOption> scale;
  Scoring scoring;
  std::vector<Band> bands;
  std::vector<Note> notes;
  Preamble preamble;             // printed before the items
  std::vector<Preamble> context; // further guidance from the source, printed beside the items
  std::vector<Part> parts;
  std::vector<Requirement> requirements; // all-met: the requirements the items' criteria belong to
  /// The edition's id ("2025", "3.1"), when the instrument names one: answer files and results carry
  /// it, and two editions of one instrument can be installed side by side.
  std::string edition;
  std::optional<EditionMapSpec> maps_from;
  /// A pack instrument that takes the place of the built-in one with this id names the built-in's
  /// edition here (its edition id, or its source edition text in either language).
  std::string replaces_edition;

  /// "id" or "id@edition": how answer files, results and --template name this very edition.
  [[nodiscard]] std::string key() const { return edition.empty() ? id : id + "@" + edition; }
  /// The points an item should reach: its target level's (maturity), else the maximum.
  [[nodiscard]] double goal_points(const Item& item) const;
  /// The option an item's target level names (maturity), or nullptr.
  [[nodiscard]] const ScaleOption* target_option(const Item& item) const;
  [[nodiscard]] const Requirement* find_requirement(const std::string& id) const;
  [[nodiscard]] const Item* find_item(const std::string& number) const;
  [[nodiscard]] const ScaleOption* find_option_by_id(const std::string& id) const;
  /// Matches an answer as written in an answer file: an id, a ja/en label or an alias.
  [[nodiscard]] const ScaleOption* match_answer(const std::string& text) const;
  /// The option flagged `unknown`, if the scale has one.
  [[nodiscard]] const ScaleOption* unknown_option() const;
  [[nodiscard]] std::size_t item_count() const;
};

} // namespace secaction::questionnaire
