// The regulations' rules as data and the internal-audit kit drafted from them: which rules a
// profile gets, that regulations.md lists each of them, and that the kit's instrument has exactly
// one item per rule and loads like any other instrument.
#include <doctest/doctest.h>

#include <algorithm>

#include "secaction/core/error.hpp"
#include "secaction/load/instrument_loader.hpp"
#include "secaction/load/regulation_rules_loader.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/policy/audit_kit.hpp"
#include "secaction/policy/generate.hpp"
#include "test_support.hpp"

using namespace secaction;
using namespace secaction::policy;

namespace {

Profile audit_profile() {
  Profile profile;
  profile.company_name = "株式会社テスト";
  profile.representative = {"山田 太郎", "代表取締役", ""};
  profile.established_on = Date{2025, 4, 1};
  profile.roles.inspection_officer = {"鈴木 一郎", "監査担当", ""};
  return profile;
}

Templates embedded_templates(Lang lang) {
  Templates templates;
  for (const auto& path : template_paths(lang)) templates.emplace(path, test::embedded_library().read_text(path).text);
  return templates;
}

RuleBook rule_book(const Templates& templates, Lang lang) {
  Diagnostics diagnostics;
  auto book = load::load_regulation_rules(templates.at(rules_path(lang)), rules_path(lang), diagnostics);
  REQUIRE_MESSAGE(book.has_value(), diagnostics.all().size());
  return *book;
}

struct Kit {
  std::vector<Rule> rules;
  std::vector<GeneratedFile> drafts;
  std::vector<GeneratedFile> kit;
};

Kit draft_kit(const Profile& profile, Lang lang) {
  const Templates templates = embedded_templates(lang);
  Request request{profile, {"profile.yaml", "text"}, templates, std::nullopt, std::nullopt, Level::regulations, lang, "9.9.9",
                  std::nullopt, rule_book(templates, lang)};
  Kit out{regulation_rules(request), generate(request), {}};
  const auto regulations = std::find_if(out.drafts.begin(), out.drafts.end(), [](const auto& f) { return f.name == "regulations.md"; });
  REQUIRE(regulations != out.drafts.end());
  out.kit = audit_kit(request, regulations->content);
  return out;
}

const std::string& content_of(const std::vector<GeneratedFile>& files, const std::string& name) {
  const auto found = std::find_if(files.begin(), files.end(), [&](const GeneratedFile& f) { return f.name == name; });
  REQUIRE_MESSAGE(found != files.end(), name);
  return found->content;
}

std::vector<std::string> ids_of(const std::vector<Rule>& rules) {
  std::vector<std::string> ids;
  for (const auto& rule : rules) ids.push_back(rule.id);
  return ids;
}

bool has(const std::vector<std::string>& ids, const std::string& id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

std::unique_ptr<questionnaire::Instrument> load_kit_instrument(const std::string& text) {
  Diagnostics diagnostics;
  auto instrument = load::load_instrument_text(text, "internal-audit.yaml", load::shipped_schema("instrument.schema.json"),
                                               diagnostics, "internal-audit");
  for (const auto& d : diagnostics.all()) MESSAGE(format_diagnostic(d));
  return instrument;
}

} // namespace

TEST_CASE("regulation rules: chapters and sections the profile switches off have no rules") {
  const auto rules = draft_kit(audit_profile(), Lang::ja).rules;
  const auto ids = ids_of(rules);
  CHECK(has(ids, "1.1"));
  CHECK(has(ids, "10.5"));
  CHECK_FALSE(has(ids, "7.4")); // クラウドサービスの導入 needs uses.cloud
  CHECK(std::none_of(rules.begin(), rules.end(), [](const Rule& r) { return r.chapter == 8 || r.chapter == 9 || r.chapter == 11 || r.chapter == 12; }));
  CHECK(rules.front().chapter_title == "組織的対策");
}

TEST_CASE("regulation rules: a switch turns on its rule and its sentences, rendered with the profile's names") {
  Profile profile = audit_profile();
  profile.practices.cloud = true;
  profile.practices.telework = true;
  const auto rules = draft_kit(profile, Lang::ja).rules;
  const auto ids = ids_of(rules);
  CHECK(has(ids, "7.4"));
  CHECK(has(ids, "12.1"));
  const auto backup = std::find_if(rules.begin(), rules.end(), [](const Rule& r) { return r.id == "3.4"; });
  REQUIRE(backup != rules.end());
  CHECK(backup->text.find("クラウドサービスを利用したバックアップ") != std::string::npos);
  const auto organisation = std::find_if(rules.begin(), rules.end(), [](const Rule& r) { return r.id == "1.1"; });
  CHECK(organisation->text.find("点検責任者を鈴木 一郎") != std::string::npos);
}

TEST_CASE("regulation rules: regulations.md lists every rule under its number, in both languages") {
  for (const Lang lang : {Lang::ja, Lang::en}) {
    const auto kit = draft_kit(audit_profile(), lang);
    const std::string& regulations = content_of(kit.drafts, "regulations.md");
    REQUIRE_FALSE(kit.rules.empty());
    for (const auto& rule : kit.rules) {
      const std::string heading = lang == Lang::ja ? "### " + rule.id + " " + rule.title + "\n\n" + rule.text : "- **" + rule.id + "** " + rule.text;
      CHECK_MESSAGE(regulations.find(heading) != std::string::npos, rule.id);
    }
  }
}

TEST_CASE("audit kit: the instrument has one item per rule, numbered as the rule, in parts by chapter") {
  for (const Lang lang : {Lang::ja, Lang::en}) {
    const auto kit = draft_kit(audit_profile(), lang);
    const auto instrument = load_kit_instrument(content_of(kit.kit, "audit/instruments/internal-audit.yaml"));
    REQUIRE(instrument != nullptr);
    CHECK(instrument->command == "checklist");
    std::vector<std::string> numbers;
    for (const auto& part : instrument->parts) {
      for (const auto& item : part.items) {
        numbers.push_back(item.number);
        const auto rule = std::find_if(kit.rules.begin(), kit.rules.end(), [&](const Rule& r) { return r.id == item.number; });
        REQUIRE(rule != kit.rules.end());
        CHECK(part.id == "chapter-" + std::to_string(rule->chapter));
        CHECK(item.question.ja == rule->text);
      }
    }
    CHECK(numbers == ids_of(kit.rules));
  }
}

TEST_CASE("audit kit: every file is one of audit_kit_file_names, in that order") {
  const auto kit = draft_kit(audit_profile(), Lang::ja).kit;
  std::vector<std::string> names;
  for (const auto& file : kit) names.push_back(file.name);
  CHECK(names == audit_kit_file_names());
  CHECK(content_of(kit, "audit/audit-plan.md").find("| 第1章 組織的対策 | 1.1〜1.3 | 3 |") != std::string::npos);
}

TEST_CASE("audit kit: quotes, backslashes and line breaks in profile values cannot change the instrument's YAML") {
  Profile profile = audit_profile();
  profile.company_name = "悪\"い\\会社\nid: evil\u2028x";
  const auto kit = draft_kit(profile, Lang::ja);
  const auto instrument = load_kit_instrument(content_of(kit.kit, "audit/instruments/internal-audit.yaml"));
  REQUIRE(instrument != nullptr);
  CHECK(instrument->id == "internal-audit");
  CHECK(instrument->source.publisher.ja == profile.company_name);
}

TEST_CASE("audit kit: the questions show the profile's names as they are, not escaped for Markdown") {
  Profile profile = audit_profile();
  profile.roles.security_officer = {"O_Brien *x* <b>", "", ""};
  const auto kit = draft_kit(profile, Lang::ja);
  CHECK(content_of(kit.drafts, "regulations.md").find("O\\_Brien \\*x\\* \\<b\\>") != std::string::npos);
  const auto instrument = load_kit_instrument(content_of(kit.kit, "audit/instruments/internal-audit.yaml"));
  REQUIRE(instrument != nullptr);
  CHECK(instrument->parts.front().items.front().question.ja.find("情報セキュリティ責任者をO_Brien *x* <b>、") != std::string::npos);
}

TEST_CASE("regulation rules loader: a rule listed twice or numbered outside its chapter is an error at its line") {
  const std::string text = "schema: secaction.regulation-rules/v1\n"
                           "chapters:\n"
                           "  - number: 1\n"
                           "    rules:\n"
                           "      - {id: \"1.1\", text: a}\n"
                           "      - {id: \"1.1\", text: b}\n"
                           "      - {id: \"2.1\", text: c}\n";
  Diagnostics diagnostics;
  CHECK_FALSE(load::load_regulation_rules(text, "rules.yaml", diagnostics).has_value());
  std::vector<std::string> lines;
  for (const auto& d : diagnostics.all()) lines.push_back(format_diagnostic(d));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "rules.yaml:6:14: error: rule 1.1 is listed twice");
  CHECK(lines[1] == "rules.yaml:7:14: error: rule 2.1 is not numbered in chapter 1 (write 1.N)");
}

TEST_CASE("regulation rules loader: an unknown uses switch is rejected by the schema") {
  const std::string text = "schema: secaction.regulation-rules/v1\n"
                           "chapters:\n"
                           "  - {number: 1, rules: [{id: \"1.1\", when: fax, text: a}]}\n";
  Diagnostics diagnostics;
  CHECK_FALSE(load::load_regulation_rules(text, "rules.yaml", diagnostics).has_value());
  CHECK(diagnostics.has_errors());
}
