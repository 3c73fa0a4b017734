// Every text content tags as official must be the source's own words: its normalised form is found
// in the checked-in excerpts of the seed documents its content file cites (tests/content/
// seed-excerpts, header `for:`). Texts tagged official-secondary are found in the excerpts of the
// secondary source (the project's reference notes). docs/CONTENT.md describes the rule.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "content/excerpts.hpp"
#include "secaction/content/embedded.hpp"
#include "secaction/content/shipped.hpp"
#include "secaction/incident/guidance.hpp"
#include "secaction/load/top_threats_loader.hpp"
#include "secaction/policy/chapters.hpp"
#include "secaction/readiness/present.hpp"
#include "secaction/steps/guide.hpp"
#include "test_support.hpp"

using namespace secaction;

namespace {

const std::filesystem::path k_excerpts = SECACTION_TEST_CONTENT_DIR "/seed-excerpts";
const std::filesystem::path k_not_quotes = SECACTION_TEST_CONTENT_DIR "/not-quotes.txt";
const std::filesystem::path k_shared = SECACTION_SHARED_DIR;

struct Quote {
  std::string content; // the content file, e.g. "instruments/cloud.yaml"
  Origin origin = Origin::official;
  std::string text;    // ja
  std::string where;   // for messages
};

void add(std::vector<Quote>& out, const std::string& content, Origin origin, const std::string& text, const std::string& where) {
  if (origin == Origin::secaction || text.empty()) return;
  out.push_back({content, origin, text, where});
}

void add_block(std::vector<Quote>& out, const std::string& content, const questionnaire::Preamble& block, const std::string& where) {
  if (block.empty()) return;
  add(out, content, block.origin, block.intro.ja, where + " intro");
  for (const auto& entry : block.entries) {
    add(out, content, block.origin, entry.text.ja, where + " " + entry.label.ja);
    add(out, content, block.origin, entry.explanation.ja, where + " " + entry.label.ja + " explanation");
  }
}

std::vector<Quote> instrument_quotes() {
  std::vector<Quote> out;
  auto& library = test::embedded_library();
  for (const auto& id : library.ids()) {
    Diagnostics diagnostics;
    const auto* in = library.get(id, diagnostics);
    REQUIRE_MESSAGE(in != nullptr, id);
    const std::string file = "instruments/" + id + ".yaml";
    for (const auto& note : in->notes) add(out, file, note.origin, note.text.ja, "note");
    for (const auto& band : in->bands) {
      add(out, file, band.origin, band.status.ja, "band " + band.id + " status");
      add(out, file, band.origin, band.next.ja, "band " + band.id + " next");
    }
    add_block(out, file, in->preamble, "preamble");
    for (const auto& block : in->context) add_block(out, file, block, "context " + block.id);
    for (const auto& part : in->parts) {
      for (const auto& item : part.items) {
        add(out, file, item.question_origin, item.question.ja, "No." + item.number + " question");
        for (const auto& block : item.criteria) {
          for (const auto& point : block.points.ja) add(out, file, block.origin, point, "No." + item.number + " " + block.title.ja);
        }
      }
    }
  }
  return out;
}

std::vector<Quote> risk_quotes() {
  std::vector<Quote> out;
  Diagnostics diagnostics;
  const auto rules = content::risk_rules(test::embedded_library(), diagnostics);
  REQUIRE(rules.has_value());
  for (const auto& quote : rules->quotes) add(out, "risk/rules.yaml", quote.origin, quote.ja, quote.where);
  return out;
}

/// Policy templates mark quoted passages with {{! official: … }} … {{! /official }} (and
/// official-secondary). Every literal run between mustache tags inside such a passage is a quote;
/// Markdown heading marks at line starts are secaction's layout and are dropped.
std::vector<Quote> template_quotes() {
  std::vector<Quote> out;
  static const std::regex region(R"(\{\{!\s*(official(?:-secondary)?)\b[^}]*\}\}([\s\S]*?)\{\{!\s*/\1\s*\}\})");
  static const std::regex tag(R"(\{\{[^}]*\}\})");
  static const std::regex heading(R"((^|\n)#+ )");
  for (const auto& file : content::embedded_files()) {
    const std::string path(file.path);
    if (path.rfind("content/policy/", 0) != 0) continue;
    const std::string text(file.data);
    for (std::sregex_iterator it(text.begin(), text.end(), region), end; it != end; ++it) {
      const Origin origin = (*it)[1] == "official" ? Origin::official : Origin::official_secondary;
      const std::string passage = (*it)[2];
      for (std::sregex_token_iterator piece(passage.begin(), passage.end(), tag, -1), last; piece != last; ++piece) {
        const std::string literal = std::regex_replace(piece->str(), heading, "$1");
        if (!test::normalise_quote(literal).empty()) add(out, path.substr(8), origin, literal, "marked passage");
      }
    }
  }
  return out;
}

/// The chapter titles of 付録5 live in lib/secaction/policy/chapters.cpp.
std::vector<Quote> chapter_quotes() {
  std::vector<Quote> out;
  policy::Practices all;
  all.cloud = all.telework = all.system_development = all.outsourcing = all.my_number = all.website = all.byod = true;
  for (const auto& chapter : policy::select_chapters(all)) {
    add(out, "lib/secaction/policy/chapters.cpp", Origin::official, chapter.title.ja, "chapter " + std::to_string(chapter.number));
  }
  return out;
}

/// The SECURITY ACTION readiness report quotes IPA's rules for the two stars (lib/secaction/readiness/present.cpp).
std::vector<Quote> readiness_quotes() {
  std::vector<Quote> out;
  for (const auto& quote : readiness::quoted_texts())
    add(out, "lib/secaction/readiness/present.cpp", quote.origin, quote.ja, quote.where);
  return out;
}

/// IPA's 10大脅威 lists: every dated file content/threats/top10-<year>.yaml.
std::vector<Quote> top_threat_quotes() {
  std::vector<Quote> out;
  for (const auto& file : test::embedded_library().source().list("threats", ".yaml")) {
    const auto found = test::embedded_library().source().read(file);
    REQUIRE(found.has_value());
    Diagnostics diagnostics;
    const auto lists = load::load_top_threats(found->text, file, diagnostics);
    REQUIRE_MESSAGE(lists.has_value(), file);
    for (const auto& text : risk::official_texts(*lists)) add(out, file, lists->origin, text, "10大脅威");
  }
  return out;
}

/// The law names and the official desks and schemes of content/incident.
std::vector<Quote> incident_quotes() {
  std::vector<Quote> out;
  Diagnostics diagnostics;
  const auto guidance = content::incident_guidance(test::embedded_library(), diagnostics);
  REQUIRE(guidance.laws.has_value());
  REQUIRE(guidance.contacts.has_value());
  for (const auto& text : incident::official_texts(*guidance.laws))
    add(out, "incident/laws.yaml", Origin::official, text, "law name");
  for (const auto& text : incident::official_texts(*guidance.contacts))
    add(out, "incident/contacts.yaml", Origin::official, text, "contact");
  return out;
}

/// The guideline's Step 1–4 texts live in lib/secaction/steps/guide.cpp.
std::vector<Quote> steps_quotes() {
  std::vector<Quote> out;
  for (const auto& text : steps::official_texts()) add(out, "lib/secaction/steps/guide.cpp", Origin::official, text, "Steps");
  return out;
}

std::set<std::pair<std::string, std::string>> not_quotes() {
  std::set<std::pair<std::string, std::string>> out;
  std::ifstream in(k_not_quotes);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    REQUIRE_MESSAGE(tab != std::string::npos, line);
    out.emplace(line.substr(0, tab), line.substr(tab + 1));
  }
  return out;
}

/// The normalised bodies of the excerpts for each content file: [content][secondary?].
std::map<std::string, std::map<bool, std::string>> haystacks(const std::vector<test::Excerpt>& excerpts) {
  std::map<std::string, std::map<bool, std::string>> out;
  for (const auto& excerpt : excerpts) {
    for (const auto& content : excerpt.for_content) out[content][excerpt.secondary()] += test::normalise_quote(excerpt.corrected_body()) + "\n";
  }
  return out;
}

std::vector<Quote> all_quotes() {
  std::vector<Quote> quotes = instrument_quotes();
  for (auto more : {risk_quotes(), template_quotes(), chapter_quotes(), readiness_quotes(), steps_quotes(), top_threat_quotes(),
                    incident_quotes()})
    quotes.insert(quotes.end(), more.begin(), more.end());
  return quotes;
}

} // namespace

TEST_CASE("normalising a quote folds only full/half width and white space") {
  CHECK(test::normalise_quote("ウイルス定義ファイル（パターンファイル）は常に最新の状態に") ==
        test::normalise_quote("ウイルス定義ファイル(パターンファイル)は常に 最新の\n状態に"));
  CHECK(test::normalise_quote("ＯＳやｿﾌﾄ？") == "OSやソフト?");
  CHECK(test::normalise_quote("取扱う") != test::normalise_quote("取り扱う")); // spelling is not folded
  CHECK(test::normalise_quote("No.15") != test::normalise_quote("No15"));
}

TEST_CASE("every excerpt has a header and is still a verbatim copy of the lines it names") {
  const auto excerpts = test::read_excerpts(k_excerpts);
  REQUIRE(excerpts.size() >= 10);
  if (!std::filesystem::exists(k_shared / "seeds")) {
    MESSAGE("the shared source documents are not beside the repository; the excerpts are used as checked in");
    return;
  }
  for (const auto& excerpt : excerpts) {
    INFO(excerpt.file);
    std::ifstream in(k_shared / excerpt.source, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), excerpt.source);
    std::ostringstream text;
    text << in.rdbuf();
    CHECK(test::copy_lines(text.str(), excerpt.lines) == excerpt.body);
  }
}

TEST_CASE("every official text in content is found, verbatim, in the excerpts its content file cites") {
  const auto excerpts = test::read_excerpts(k_excerpts);
  const auto found_in = haystacks(excerpts);
  const auto exempt = not_quotes();
  const auto quotes = all_quotes();
  std::size_t official = 0;
  std::size_t secondary = 0;
  std::set<std::pair<std::string, std::string>> exempt_used;
  for (const auto& quote : quotes) {
    const bool is_secondary = quote.origin == Origin::official_secondary;
    (is_secondary ? secondary : official)++;
    if (is_secondary && exempt.count({quote.content, quote.text})) {
      exempt_used.emplace(quote.content, quote.text);
      continue;
    }
    const auto content = found_in.find(quote.content);
    const std::string haystack = content == found_in.end() || !content->second.count(is_secondary)
                                     ? std::string()
                                     : content->second.at(is_secondary);
    INFO(quote.content, " ", quote.where, " (", origin_id(quote.origin), "): ", quote.text);
    CHECK_MESSAGE(haystack.find(test::normalise_quote(quote.text)) != std::string::npos,
                  std::string(is_secondary ? "not found in the secondary-source excerpts" : "not found in the seed excerpts"),
                  " for this content file");
  }
  CHECK(official >= 200); // questions, criteria, notes, blocks, treatments, policy, chapters
  CHECK(secondary >= 50);
  CHECK(exempt_used == exempt); // an exemption that matches nothing is stale
}

TEST_CASE("the verbatim check fails when an official text is edited") {
  const auto found_in = haystacks(test::read_excerpts(k_excerpts));
  const std::string& five = found_in.at("instruments/five-principles.yaml").at(false);
  CHECK(five.find(test::normalise_quote("パスワードは「長く」「複雑に」「使い回さない」ようにして強化しましょう。")) != std::string::npos);
  CHECK(five.find(test::normalise_quote("パスワードは「長く」「複雑に」ようにして強化しましょう。")) == std::string::npos);
  const std::string& cloud = found_in.at("instruments/cloud.yaml").at(false);
  CHECK(cloud.find(test::normalise_quote("取扱う情報の重要度を確認する")) != std::string::npos);
  CHECK(cloud.find(test::normalise_quote("取り扱う情報の重要度を確認する")) == std::string::npos);
}
