// secaction policy: chapter selection, escaping of hostile profile strings, the content hash and
// weakest-first ordering of the handbook, through the real templates and loader.
#include <doctest/doctest.h>

#include <algorithm>

#include "secaction/load/policy_loader.hpp"
#include "secaction/load/regulation_rules_loader.hpp"
#include "secaction/core/error.hpp"
#include "secaction/core/fnv1a.hpp"
#include "secaction/policy/chapters.hpp"
#include "secaction/policy/generate.hpp"
#include "secaction/policy/handbook.hpp"
#include "test_support.hpp"

using namespace secaction;
using namespace secaction::policy;

namespace {

std::vector<int> included(const Practices& practices) {
  std::vector<int> numbers;
  for (const auto& chapter : select_chapters(practices)) {
    if (chapter.included) numbers.push_back(chapter.number);
  }
  return numbers;
}

Profile sample_profile() {
  Profile profile;
  profile.company_name = "株式会社テスト";
  profile.representative = {"山田 太郎", "代表取締役", ""};
  profile.established_on = Date{2025, 4, 1};
  profile.roles.department_manager = {"佐藤 花子", "管理部長", "内線 100"};
  profile.emergency_contacts.push_back({"保守業者", "株式会社サポート", "03-0000-0000", ""});
  return profile;
}

Templates embedded_templates(Lang lang) {
  Templates templates;
  for (const auto& path : template_paths(lang)) templates.emplace(path, test::embedded_library().read_text(path).text);
  return templates;
}

std::vector<GeneratedFile> run(const Profile& profile, Level level, std::optional<Diagnosis> diagnosis = std::nullopt,
                               Lang lang = Lang::ja) {
  const Templates templates = embedded_templates(lang);
  Request request{profile,     {"profile.yaml", "text"}, templates, std::move(diagnosis), std::nullopt, level, lang, "9.9.9",
                  std::nullopt, {}};
  Diagnostics diagnostics;
  request.rule_book = *load::load_regulation_rules(templates.at(rules_path(lang)), rules_path(lang), diagnostics);
  return generate(request);
}

const std::string& file(const std::vector<GeneratedFile>& files, const std::string& name) {
  const auto found = std::find_if(files.begin(), files.end(), [&](const GeneratedFile& f) { return f.name == name; });
  REQUIRE(found != files.end());
  return found->content;
}

} // namespace

TEST_CASE("policy chapters: every option off keeps only the chapters every company needs") {
  CHECK(included(Practices{}) == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 10});
  for (const auto& chapter : select_chapters(Practices{})) CHECK_FALSE(chapter.reason.ja.empty());
}

TEST_CASE("policy chapters: every option on includes all twelve") {
  CHECK(included(Practices{true, true, true, true, true, true, true}) == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
}

TEST_CASE("policy chapters: each switch turns on its own chapter") {
  Practices website_only;
  website_only.website = true;
  CHECK(included(website_only) == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 10});
  Practices outsourcing;
  outsourcing.outsourcing = true;
  CHECK(included(outsourcing) == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 9, 10});
  Practices my_number;
  my_number.my_number = true;
  CHECK(included(my_number) == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 10, 11});
  Practices telework;
  telework.telework = true;
  CHECK(included(telework) == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 10, 12});
  Practices cloud_byod; // change sections and rules, not chapters
  cloud_byod.cloud = true;
  cloud_byod.byod = true;
  CHECK(included(cloud_byod) == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 10});
}

TEST_CASE("policy regulations say which chapters were left out and why") {
  const auto files = run(sample_profile(), Level::regulations);
  const std::string& regulations = file(files, "regulations.md");
  CHECK(regulations.find("## 含めなかった章") != std::string::npos);
  CHECK(regulations.find("第12章 テレワークにおける対策：テレワークを実施していません") != std::string::npos);
  CHECK(regulations.find("## 第12章") == std::string::npos);
  CHECK(regulations.find("## 第10章") != std::string::npos);
}

TEST_CASE("chapter 12 has 付録5's own title and is not claimed as secaction's addition") {
  // 付録5 (seed 001:L313) names it 「テレワークにおける対策」; IPA added it in 第3.1版 (seed 001:L27).
  Practices telework;
  telework.telework = true;
  const auto chapters = select_chapters(telework);
  REQUIRE(chapters.size() == 12);
  CHECK(chapters.back().title.ja == "テレワークにおける対策");
  Profile profile = sample_profile();
  profile.practices.telework = true;
  for (const auto& generated : run(profile, Level::regulations)) {
    if (generated.name != "regulations.md") continue;
    CHECK(generated.content.find("## 第12章 テレワークにおける対策") != std::string::npos);
    CHECK(generated.content.find("第3.1版で IPA が追加した章") != std::string::npos);
    CHECK(generated.content.find("secaction が追加") == std::string::npos);
  }
}

TEST_CASE("the basic policy keeps the wording of IPA's sample (付録2) and labels what is not") {
  for (const Scope scope : {Scope::customer_information, Scope::company_information}) {
    Profile profile = sample_profile();
    profile.scope = scope;
    const auto files = run(profile, Level::policy_and_handbook);
    const std::string& policy = file(files, "basic-policy.md");
    CHECK(policy.find(scope == Scope::customer_information ? "は、お客様からお預かりした情報資産を事故・災害・犯罪などの脅威から守り、"
                                                           : "は、当社の情報資産を事故・災害・犯罪などの脅威から守り、") !=
          std::string::npos);
    CHECK(policy.find("当社は、経営者主導で組織的かつ継続的に情報セキュリティの改善・向上に努めます。") != std::string::npos);
    CHECK(policy.find("当社は、情報セキュリティの維持及び改善のために組織を設置し、情報セキュリティ対策を社内の正式な規則として定めます。") !=
          std::string::npos);
    CHECK(policy.find("## 3. 従業員の取組み") != std::string::npos);
    CHECK(policy.find("**文言の出典：**") != std::string::npos);
  }
}

TEST_CASE("policy levels choose the documents") {
  auto names = [](const std::vector<GeneratedFile>& files) {
    std::vector<std::string> out;
    for (const auto& f : files) out.push_back(f.name);
    return out;
  };
  CHECK(names(run(sample_profile(), Level::five_principles)) == std::vector<std::string>{"handbook.md", "emergency-response.md"});
  CHECK(names(run(sample_profile(), Level::policy_and_handbook)) ==
        std::vector<std::string>{"basic-policy.md", "handbook.md", "emergency-response.md"});
  CHECK(names(run(sample_profile(), Level::regulations)) ==
        std::vector<std::string>{"basic-policy.md", "handbook.md", "regulations.md", "emergency-response.md"});
  // Level 1 keeps only the five principles.
  const auto quick_files = run(sample_profile(), Level::five_principles);
  const std::string& quick = file(quick_files, "handbook.md");
  CHECK(quick.find("## 5. ") != std::string::npos);
  CHECK(quick.find("## 6. ") == std::string::npos);
}

TEST_CASE("policy: every level's file names are among all_file_names, in the same order") {
  for (const Level level : {Level::five_principles, Level::policy_and_handbook, Level::regulations}) {
    std::size_t position = 0;
    for (const auto& generated : run(sample_profile(), level)) {
      const auto& all = all_file_names();
      const auto found = std::find(all.begin() + static_cast<std::ptrdiff_t>(position), all.end(), generated.name);
      REQUIRE(found != all.end());
      position = static_cast<std::size_t>(found - all.begin()) + 1;
    }
  }
  CHECK(all_file_names().size() == 4);
}

TEST_CASE("policy escapes hostile profile strings") {
  Profile profile = sample_profile();
  profile.company_name = "# Evil | Co\n<script>alert(1)</script>";
  profile.roles.department_manager.name = "a|b";
  profile.emergency_contacts = {{"x|y", "<b>", "1\n# 2", "*e*"}};
  for (const auto& generated : run(profile, Level::regulations)) {
    INFO(generated.name);
    CHECK(generated.content.find("<script>") == std::string::npos);
    CHECK(generated.content.find("\n# Evil") == std::string::npos);
    CHECK(generated.content.find("\n# 2") == std::string::npos);
    CHECK(generated.content.find("<b>") == std::string::npos);
  }
  const auto quick_files = run(profile, Level::five_principles);
  const std::string& contacts = file(quick_files, "emergency-response.md");
  CHECK(contacts.find("| x\\|y | \\<b\\> | 1 \\# 2 | \\*e\\* |") != std::string::npos);
  CHECK(contacts.find("a\\|b") != std::string::npos);
}

namespace {

std::vector<std::string> template_errors(Templates templates) {
  Request request{sample_profile(), {"profile.yaml", "text"},   templates, std::nullopt,
                  std::nullopt,     Level::policy_and_handbook, Lang::ja,  "9.9.9",
                  std::nullopt,     {}};
  try {
    (void)generate(request);
  } catch (const InputError& e) {
    std::vector<std::string> lines;
    for (const auto& diagnostic : e.diagnostics().all()) lines.push_back(format_diagnostic(diagnostic));
    return lines;
  }
  return {};
}

} // namespace

TEST_CASE("policy: a broken, missing or incomplete template is a diagnostic naming its file") {
  Templates broken = embedded_templates(Lang::ja);
  broken["policy/basic-policy.ja.md.mustache"] = "# 方針\n{{#uses.cloud}}\nクラウド\n";
  CHECK(template_errors(broken) == std::vector<std::string>{"content/policy/basic-policy.ja.md.mustache:2:1: error: section "
                                                            "'uses.cloud' is never closed; end it with {{/uses.cloud}}"});
  Templates missing = embedded_templates(Lang::ja);
  missing.erase("policy/emergency-response.ja.md.mustache");
  CHECK(template_errors(missing) ==
        std::vector<std::string>{"content/policy/emergency-response.ja.md.mustache: error: template is missing"});
  Templates no_topics = embedded_templates(Lang::ja);
  no_topics["policy/handbook-topics.ja.md.mustache"] = "\n";
  const auto errors = template_errors(no_topics);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rfind("content/policy/handbook-topics.ja.md.mustache: error: no block for topic ", 0) == 0);
}

TEST_CASE("fnv1a64 matches the published test vectors and is stable") {
  CHECK(fnv1a64("") == 0xcbf29ce484222325ULL);
  CHECK(fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(fnv1a64("foobar") == 0x85944171f73967e8ULL);
  CHECK(fnv1a64("bar", fnv1a64("foo")) == fnv1a64("foobar")); // continuing equals hashing the whole
  CHECK(fnv1a64_label(fnv1a64("a")) == "fnv1a64:af63dc4c8601ec8c");
  CHECK(fnv1a64_label(0) == "fnv1a64:0000000000000000");
}

TEST_CASE("policy output is byte-identical for the same inputs and names the input hash") {
  const auto first = run(sample_profile(), Level::regulations);
  const auto second = run(sample_profile(), Level::regulations);
  REQUIRE(first.size() == second.size());
  for (std::size_t i = 0; i < first.size(); ++i) CHECK(first[i].content == second[i].content);
  CHECK(first[0].content.find("secaction 9.9.9") != std::string::npos);
  CHECK(first[0].content.find("profile.yaml (" + fnv1a64_label(fnv1a64("text")) + ")") != std::string::npos);
}

TEST_CASE("policy handbook: weakest items first, with the reason") {
  Diagnosis diagnosis;
  for (int number = 1; number <= 25; ++number) diagnosis.items.push_back({number, 4, true, "実施している"});
  diagnosis.items[10] = {11, 0, true, "実施していない"}; // backup
  diagnosis.items[2] = {3, 2, true, "一部実施している"};  // passwords
  diagnosis.items[23] = {24, -1, true, "わからない"};     // incidents
  diagnosis.items[20] = {21, 0, false, "該当しない"};     // own devices: not counted, not a weakness
  const auto order = order_topics(diagnosis, false);
  REQUIRE(order.size() == handbook_topics().size());
  CHECK(order[0].topic->id == "incidents");
  CHECK(order[1].topic->id == "backup");
  CHECK(order[2].topic->id == "passwords");
  CHECK(order[3].topic->id == "updates"); // then the handbook order
  CHECK(order[3].weaknesses.empty());
  const auto files = run(sample_profile(), Level::policy_and_handbook, diagnosis);
  const std::string& handbook = file(files, "handbook.md");
  const auto incidents = handbook.find("## 1. 事故や異常に気づいたとき");
  REQUIRE(incidents != std::string::npos);
  CHECK(handbook.find("No.24「わからない」（-1点）", incidents) != std::string::npos);
  CHECK(handbook.find("## 2. バックアップ") != std::string::npos);
}

TEST_CASE("policy handbook without a diagnosis keeps the handbook order") {
  const auto order = order_topics(std::nullopt, false);
  for (std::size_t i = 0; i < order.size(); ++i) CHECK(order[i].topic == &handbook_topics()[i]);
  CHECK(order_topics(std::nullopt, true).size() == 5);
}

TEST_CASE("policy profile loader reports every problem with its place and the valid choices") {
  Diagnostics diagnostics;
  const std::string text = "schema: secaction.policy-profile/v1\n"
                           "company: {name: A, representative: {name: B, title: C}}\n"
                           "established_on: 2025-02-30\n"
                           "scope: everything\n"
                           "roles: {security_officer: {name: a}, department_manager: {name: b}, system_administrator: {name: c},"
                           " education_officer: {name: d}, inspection_officer: {name: e}}\n"
                           "emergency_contacts: [{role: r, name: n}]\n"
                           "uses: {cloud: yes, telework: false, system_development: false, outsourcing: false, my_number: false,"
                           " website: false, byod: false}\n";
  CHECK_FALSE(load::load_policy_profile(text, "p.yaml", diagnostics));
  CHECK(diagnostics.error_count() >= 2);
  std::string all;
  for (const auto& d : diagnostics.all()) all += format_diagnostic(d) + "\n";
  CHECK(all.find("p.yaml:4:8: error:") != std::string::npos);
  CHECK(all.find("customer-information") != std::string::npos);
  CHECK(all.find("p.yaml:7:") != std::string::npos);
}

TEST_CASE("policy profile template shipped in content is itself a valid profile, whose placeholders are each warned about") {
  for (const char* lang : {"ja", "en"}) {
    CAPTURE(lang);
    Diagnostics diagnostics;
    const auto text = test::embedded_library().read_text(std::string("policy/profile-template.") + lang + ".yaml").text;
    CHECK(load::load_policy_profile(text, "template", diagnostics));
    CHECK_FALSE(diagnostics.has_errors());
    // The company, its representative, the five roles and the two emergency contacts (names,
    // numbers, e-mail): what a template used unedited would print into the drafts.
    CHECK(diagnostics.all().size() == 12);
    std::string all;
    for (const auto& d : diagnostics.all()) all += format_diagnostic(d) + "\n";
    CHECK(all.find("template:6:9: warning: company.name: '") != std::string::npos);
    CHECK(all.find("emergency_contacts.1.phone") != std::string::npos);
  }
}

TEST_CASE("a filled-in profile has no placeholder warnings") {
  Diagnostics diagnostics;
  std::string text = test::embedded_library().read_text("policy/profile-template.ja.yaml").text;
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"株式会社〇〇〇〇", "株式会社テスト"}, {"株式会社〇〇", "株式会社保守"}, {"〇〇警察署", "中央警察署"},
           {"〇〇 〇〇", "山田 太郎"}, {"03-0000-0000", "03-1234-0000"}, {"support@example.com", "it@test.example.jp"}}) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
  }
  CHECK(load::load_policy_profile(text, "filled", diagnostics));
  CHECK(diagnostics.empty());
}
