// The incident guidance content: the laws an incident may involve (orientation, dated) and where to
// get help (dated sources), as loaded, refused and shown in a report.
#include <doctest/doctest.h>

#include <algorithm>

#include "secaction/content/shipped.hpp"
#include "secaction/incident/guidance.hpp"
#include "secaction/load/incident_loader.hpp"
#include "test_support.hpp"

using namespace secaction;

namespace {

const char* k_laws = R"(schema: secaction.incident-laws/v1
as_of: 2030-01-02
shown_with: [incident-response]
title: {ja: 法令, en: Laws}
notice: {ja: 目安です, en: Orientation}
names_source: {ja: 出典, en: source}
laws:
  - {id: penal-code, name: {ja: 刑法, en: Penal Code}}
  - {id: privacy, name: {ja: 個人情報保護法, en: Privacy Act}}
penal_code_offences:
  - {id: fraud, name: {ja: 電子計算機使用詐欺罪, en: Computer fraud}}
kinds:
  - id: leak
    title: {ja: 漏えい, en: Leak}
    laws: [privacy]
    duties: {ja: [報告する], en: [Report it]}
  - id: fraud
    title: {ja: 詐欺, en: Fraud}
    laws: [penal-code]
    offences: [fraud]
    duties: {ja: [警察に相談する], en: [Consult the police]}
)";

const char* k_contacts = R"(schema: secaction.support-contacts/v1
shown_with: [incident-response]
title: {ja: 相談先, en: Help}
notice: {ja: 時点に注意, en: Dated}
sources:
  - {id: guide, title: {ja: 手引き, en: Guide}, as_of: 2020-09}
groups:
  - id: report
    title: {ja: 届出, en: Reporting}
    entries:
      - {id: desk, origin: official, source: guide, name: {ja: 相談窓口, en: Desk}}
      - {id: ours, origin: secaction, name: {ja: 当社メモ, en: Our note}}
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

bool has_heading(const report::Document& doc, const std::string& text) {
  return std::any_of(doc.blocks.begin(), doc.blocks.end(), [&](const report::Block& block) {
    const auto* heading = std::get_if<report::Heading>(&block);
    return heading != nullptr && heading->text == text;
  });
}

} // namespace

TEST_CASE("the shipped incident guidance is dated, maps each kind to laws the file names, and lists the desks") {
  Diagnostics diagnostics;
  const auto guidance = content::incident_guidance(test::embedded_library(), diagnostics);
  CHECK_FALSE(diagnostics.has_errors());
  REQUIRE(guidance.laws.has_value());
  REQUIRE(guidance.contacts.has_value());
  CHECK(guidance.laws->as_of == "2022-04-01");
  CHECK(guidance.shown_with("incident-response"));
  CHECK_FALSE(guidance.shown_with("cloud"));
  // The kinds the issue names, each with at least one law and one duty.
  for (const char* id : {"unauthorized-access", "personal-data-leak", "ransomware", "insider"}) {
    const auto kind =
        std::find_if(guidance.laws->kinds.begin(), guidance.laws->kinds.end(), [&](const auto& k) { return k.id == id; });
    REQUIRE_MESSAGE(kind != guidance.laws->kinds.end(), id);
    CHECK_FALSE(kind->laws.empty());
    CHECK_FALSE(kind->duties_ja.empty());
  }
  // The report to 個人情報保護委員会 is named for a personal data leak.
  const auto leak = std::find_if(guidance.laws->kinds.begin(), guidance.laws->kinds.end(),
                                 [](const auto& k) { return k.id == "personal-data-leak"; });
  CHECK(leak->duties_ja.front().find("個人情報保護委員会への報告") != std::string::npos);
  // Seed 004's 2020 list of the お助け隊 has fifteen teams.
  const incident::Contact* otasuketai = nullptr;
  for (const auto& group : guidance.contacts->groups) {
    for (const auto& entry : group.entries) {
      if (entry.id == "otasuketai") otasuketai = &entry;
    }
  }
  REQUIRE(otasuketai != nullptr);
  CHECK(otasuketai->teams.size() == 15);
  CHECK(guidance.contacts->source(otasuketai->source)->as_of == "2020-09");
}

TEST_CASE("a kind naming a law the file does not list is refused at that place") {
  Diagnostics diagnostics;
  CHECK_FALSE(
      load::load_incident_laws(replaced(k_laws, "laws: [privacy]", "laws: [privcy]"), "laws.yaml", diagnostics).has_value());
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.all().front().message == "kind 'leak': unknown law 'privcy'");
  CHECK(diagnostics.all().front().where.line == 15);
}

TEST_CASE("offences need 刑法 among the kind's laws, and duties come in both languages") {
  Diagnostics no_penal_code;
  CHECK_FALSE(load::load_incident_laws(replaced(k_laws, "laws: [penal-code]", "laws: [privacy]"), "laws.yaml", no_penal_code)
                  .has_value());
  CHECK(no_penal_code.all().front().message == "kind 'fraud': offences need penal-code among its laws");
  Diagnostics one_language;
  CHECK_FALSE(load::load_incident_laws(replaced(k_laws, "ja: [報告する]", "ja: [報告する, 通知する]"), "laws.yaml", one_language)
                  .has_value());
  CHECK(one_language.all().front().message == "kind 'leak': 2 Japanese and 1 English duties; give each in both languages");
}

TEST_CASE("an official contact must name a source the file lists; secaction's own names none") {
  Diagnostics unknown;
  CHECK_FALSE(
      load::load_support_contacts(replaced(k_contacts, "source: guide", "source: gide"), "contacts.yaml", unknown).has_value());
  CHECK(unknown.all().front().message == "'desk': unknown source 'gide' (the file's sources: guide)");
  Diagnostics missing;
  CHECK_FALSE(load::load_support_contacts(replaced(k_contacts, "source: guide, ", ""), "contacts.yaml", missing).has_value());
  CHECK(missing.all().front().message == "'desk': an official entry names its source");
  Diagnostics ours;
  CHECK_FALSE(load::load_support_contacts(replaced(k_contacts, "origin: secaction,", "origin: secaction, source: guide,"),
                                          "contacts.yaml", ours)
                  .has_value());
  CHECK(ours.all().front().message == "'ours': secaction's own entry names no source");
}

TEST_CASE("the sections go only into the reports that content names, with the date and whose words they are") {
  Diagnostics diagnostics;
  incident::Guidance guidance;
  guidance.laws = load::load_incident_laws(k_laws, "laws.yaml", diagnostics);
  guidance.contacts = load::load_support_contacts(k_contacts, "contacts.yaml", diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());

  report::Document other;
  incident::add_guidance(other, Lang::ja, guidance, "cloud");
  CHECK(other.blocks.empty());

  report::Document doc;
  incident::add_guidance(doc, Lang::ja, guidance, "incident-response");
  CHECK(has_heading(doc, "法令"));
  CHECK(has_heading(doc, "種類ごとの主な義務と対応（secaction の要約、2030年1月2日時点）"));
  CHECK(has_heading(doc, "相談先"));
  const auto* table = std::get_if<report::Table>(&doc.blocks.at(3));
  REQUIRE(table != nullptr);
  CHECK(table->rows.at(1).at(1) == "刑法（電子計算機使用詐欺罪）");
  bool dated_source = false;
  for (const auto& block : doc.blocks) {
    if (const auto* t = std::get_if<report::Table>(&block)) {
      for (const auto& row : t->rows) {
        if (row.back() == "公式：手引き（2020年9月）") dated_source = true;
        if (row.front() == "当社メモ") CHECK(row.back() == "secaction 独自");
      }
    }
  }
  CHECK(dated_source);
  CHECK(std::find(doc.credits.begin(), doc.credits.end(), report::Credit{Origin::official, "出典", "", "法令名と刑法の罪名"}) !=
        doc.credits.end());
}
