#pragma once
// The procedure documents (実施手順書) of seed 002 §7 and who receives them: the catalogue read from
// content/policy/procedures.yaml, which documents a profile and level get (and why the others are
// left out), and the drafts: one file per document and an index by audience. Values in, values
// out: no files, no clock.
#include <string>
#include <string_view>
#include <vector>

#include "secaction/core/lang.hpp"
#include "secaction/core/provenance.hpp"
#include "secaction/policy/generate.hpp"
#include "secaction/policy/profile.hpp"

namespace secaction::policy {

/// One of the profile's uses.* switches.
enum class Practice { cloud, telework, system_development, outsourcing, my_number, website, byod };

/// "cloud", "system_development", ... as the profile and the content spell it.
std::string_view practice_id(Practice practice);
std::optional<Practice> parse_practice(std::string_view id);
bool uses(const Practices& practices, Practice practice);

/// Who receives documents: the seed's words (official) and secaction's translation.
struct Audience {
  std::string id;
  std::string name; // official (ja)
  std::string en;   // secaction's translation
  int line = 0;     // in the seed
};

/// 組織的 / 人的 / 技術的 / 物理的: the seed's section heading (official).
struct ProcedureArea {
  std::string id;
  std::string heading; // official, e.g. "7.3 組織的対策"
  std::string en;
  int line = 0;
};

struct ProcedureDocument {
  std::string id;
  std::string area;                        // a ProcedureArea id
  Origin heading_origin = Origin::official; // official: the seed's words at `line`
  std::string heading;                     // ja
  int line = 0;
  std::string en;                          // secaction's English title
  Level level = Level::regulations;        // the lowest --level that drafts it
  std::vector<Practice> when;              // any of these must be in use; empty: always
  std::vector<std::string> audiences;      // Audience ids
  LocalText body;                          // secaction's draft (Markdown with mustache tags)

  /// Its file among the drafts, e.g. "procedures/cloud-use.md".
  [[nodiscard]] std::string file_name(std::string_view extension = ".md") const;
};

struct ProcedureCatalogue {
  LocalText source;        // the seed document's title (ja official)
  std::string section;     // e.g. "7.1.1"
  std::string heading;     // that section's heading (official)
  int line = 0;
  std::vector<Audience> audiences;
  std::vector<ProcedureArea> areas;
  std::vector<ProcedureDocument> documents;

  [[nodiscard]] const Audience* audience(const std::string& id) const;
  [[nodiscard]] const ProcedureArea* area(const std::string& id) const;
};

/// Whether a document is drafted for a profile and level, and why (or why not).
struct ProcedureChoice {
  const ProcedureDocument* document = nullptr;
  bool included = false;
  LocalText reason;
};

/// Every document of the catalogue, in its order.
std::vector<ProcedureChoice> select_procedures(const ProcedureCatalogue& catalogue, const Practices& practices, Level level);

/// Where the catalogue is in the content (embedded or --content DIR).
inline constexpr const char* k_procedures_content = "policy/procedures.yaml";
inline constexpr const char* k_procedure_index = "procedures/index.md";

/// Every file `generate_procedures` can write for this catalogue (any level or profile): the index first.
std::vector<std::string> all_procedure_file_names(const ProcedureCatalogue& catalogue);

struct ProcedureRequest {
  const Profile& profile;
  NamedInput profile_input;
  const ProcedureCatalogue& catalogue;
  NamedInput catalogue_input; // content/policy/procedures.yaml, named with its hash in every header
  Level level = Level::policy_and_handbook;
  Lang lang = Lang::ja;
  std::string version;
  std::string link_extension = ".md"; // what the index's links end with (".html" when the set is HTML)
};

/// The index and the documents `select_procedures` includes. A broken body template throws InputError
/// naming content/policy/procedures.yaml and the document.
std::vector<GeneratedFile> generate_procedures(const ProcedureRequest& request);

} // namespace secaction::policy
