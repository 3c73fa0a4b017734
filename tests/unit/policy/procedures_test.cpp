// secaction policy's procedure documents (実施手順書): which documents a level and a profile get and
// why, the index by audience, the tailoring of bodies and the escaping of profile strings, through
// the shipped catalogue (content/policy/procedures.yaml) and its loader.
#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>

#include "secaction/core/error.hpp"
#include "secaction/load/procedures_loader.hpp"
#include "secaction/policy/procedures.hpp"
#include "test_support.hpp"

using namespace secaction;
using namespace secaction::policy;

namespace {

const ProcedureCatalogue& shipped() {
  static const ProcedureCatalogue catalogue = [] {
    Diagnostics diagnostics;
    auto loaded = load::load_procedures(test::embedded_library().read_text(k_procedures_content).text, "procedures.yaml", diagnostics);
    if (!loaded) throw std::runtime_error("the shipped procedures do not load: " + diagnostics.all().front().message);
    return *loaded;
  }();
  return catalogue;
}

std::vector<std::string> included(const Practices& practices, Level level) {
  std::vector<std::string> ids;
  for (const auto& choice : select_procedures(shipped(), practices, level)) {
    if (choice.included) ids.push_back(choice.document->id);
  }
  return ids;
}

bool has(const std::vector<std::string>& ids, const std::string& id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

Profile sample_profile() {
  Profile profile;
  profile.company_name = "株式会社テスト";
  profile.representative = {"山田 太郎", "代表取締役", ""};
  profile.established_on = Date{2025, 4, 1};
  profile.roles.security_officer = {"山田 太郎", "代表取締役", ""};
  profile.roles.system_administrator = {"鈴木 一郎", "管理部", "内線 101"};
  return profile;
}

std::vector<GeneratedFile> run(const Profile& profile, Level level, Lang lang = Lang::ja, std::string extension = ".md") {
  ProcedureRequest request{profile, {"profile.yaml", "text"}, shipped(), {"content/policy/procedures.yaml", "catalogue"}, level, lang, "9.9.9"};
  request.link_extension = std::move(extension);
  return generate_procedures(request);
}

const std::string& file(const std::vector<GeneratedFile>& files, const std::string& name) {
  const auto found = std::find_if(files.begin(), files.end(), [&](const GeneratedFile& f) { return f.name == name; });
  REQUIRE_MESSAGE(found != files.end(), name);
  return found->content;
}

bool written(const std::vector<GeneratedFile>& files, const std::string& name) {
  return std::any_of(files.begin(), files.end(), [&](const GeneratedFile& f) { return f.name == name; });
}

} // namespace

TEST_CASE("procedures: level 1 drafts only the incident manual and event reporting, each level adds more") {
  const Practices none;
  CHECK(included(none, Level::five_principles) == std::vector<std::string>{"incident-management", "security-event-reporting"});
  const auto two = included(none, Level::policy_and_handbook);
  const auto three = included(none, Level::regulations);
  CHECK(has(two, "roles"));
  CHECK(has(two, "backup"));
  CHECK_FALSE(has(two, "it-bcp"));
  CHECK(has(three, "it-bcp"));
  CHECK(has(three, "isms-management"));
  CHECK(two.size() < three.size());
  for (const auto& id : two) CHECK_MESSAGE(has(three, id), id); // a higher level never drops a document
}

TEST_CASE("procedures: a document with a condition is drafted only when the profile uses that practice") {
  Practices practices;
  CHECK_FALSE(has(included(practices, Level::regulations), "cloud-use"));
  CHECK_FALSE(has(included(practices, Level::regulations), "remote-work"));
  CHECK_FALSE(has(included(practices, Level::regulations), "secure-development"));
  practices.cloud = true;
  CHECK(has(included(practices, Level::policy_and_handbook), "cloud-use"));
  CHECK_FALSE(has(included(practices, Level::five_principles), "cloud-use")); // the level still applies
  practices.telework = true;
  CHECK(has(included(practices, Level::policy_and_handbook), "remote-work"));
  // any of the listed practices is enough: change management goes with development or a website
  Practices website;
  website.website = true;
  CHECK(has(included(website, Level::regulations), "change-management"));
  CHECK_FALSE(has(included(website, Level::regulations), "secure-development"));
}

TEST_CASE("procedures: the reason names the level or the profile switch that left a document out") {
  Practices practices;
  const auto choices = select_procedures(shipped(), practices, Level::policy_and_handbook);
  const auto reason = [&](const std::string& id) {
    const auto found = std::find_if(choices.begin(), choices.end(), [&](const ProcedureChoice& c) { return c.document->id == id; });
    REQUIRE(found != choices.end());
    return found->reason;
  };
  CHECK(reason("it-bcp").ja == "--level 3 から作成します（今回は --level 2）。");
  CHECK(reason("cloud-use").ja == "uses.cloud が false です（クラウドサービスを業務で使う場合に作成します）。");
  CHECK(reason("cloud-use").en == "uses.cloud is false (drafted when the company uses cloud services for work).");
  const auto three = select_procedures(shipped(), practices, Level::regulations);
  const auto change = std::find_if(three.begin(), three.end(), [](const ProcedureChoice& c) { return c.document->id == "change-management"; });
  REQUIRE(change != three.end());
  CHECK(change->reason.en ==
        "uses.system_development, uses.website are false (drafted when the company develops or maintains its own systems or the "
        "company runs its own website).");
  CHECK(reason("roles").ja == "--level 2 以上で、どの会社にも作成します。");
}

TEST_CASE("procedures: one file per drafted document and an index mapping each audience to its documents") {
  Profile profile = sample_profile();
  profile.practices.cloud = true;
  const auto files = run(profile, Level::policy_and_handbook);
  REQUIRE(files.front().name == "procedures/index.md");
  CHECK(written(files, "procedures/cloud-use.md"));
  CHECK_FALSE(written(files, "procedures/it-bcp.md"));
  CHECK(files.size() == 1 + included(profile.practices, Level::policy_and_handbook).size());
  const std::string& index = file(files, "procedures/index.md");
  for (const auto& audience : shipped().audiences) CHECK_MESSAGE(index.find("### " + audience.name + "\n") != std::string::npos, audience.name);
  // サービス利用者(一般従業員) receives the cloud procedure; 経営者層 does not
  const auto section = [&](const std::string& name) {
    const auto start = index.find("### " + name);
    return index.substr(start, index.find("\n### ", start + 1) - start);
  };
  CHECK(section("サービス利用者(一般従業員)").find("(cloud-use.md)") != std::string::npos);
  CHECK(section("経営者層").find("(cloud-use.md)") == std::string::npos);
  CHECK(index.find("| ICTサービスに関しての事業継続計画(IT-BCP)策定、実施、維持、テスト実施手順書の作成 | --level 3 から作成します") !=
        std::string::npos);
}

TEST_CASE("procedures: the index links .html pages when the drafts are HTML") {
  const auto files = run(sample_profile(), Level::five_principles, Lang::ja, ".html");
  CHECK(file(files, "procedures/index.md").find("(incident-management.html)") != std::string::npos);
  CHECK(file(files, "procedures/incident-management.md").find("](index.html)") != std::string::npos);
}

TEST_CASE("procedures: bodies name the profile's people and follow its switches") {
  Profile profile = sample_profile();
  profile.practices.telework = true;
  const auto files = run(profile, Level::regulations);
  CHECK(file(files, "procedures/security-event-reporting.md").find("報告先: 鈴木 一郎（システム管理者）、内線 101。不在なら山田 太郎へ。") !=
        std::string::npos);
  CHECK(file(files, "procedures/remote-work.md").find("私物の機器") == std::string::npos);
  profile.practices.byod = true;
  CHECK(file(run(profile, Level::regulations), "procedures/remote-work.md").find("私物の機器") != std::string::npos);
}

TEST_CASE("procedures: profile strings cannot add Markdown structure") {
  Profile profile = sample_profile();
  profile.roles.system_administrator = {"# 見出し\n- item", "", "[a](javascript:x)"};
  profile.roles.security_officer = {"a|b", "", ""};
  const auto files = run(profile, Level::policy_and_handbook);
  const std::string& report = file(files, "procedures/security-event-reporting.md");
  CHECK(report.find("\\# 見出し \\- item") != std::string::npos);
  CHECK(report.find("\\[a\\](javascript:x)") != std::string::npos);
  CHECK(file(files, "procedures/roles.md").find("| 情報セキュリティ責任者 | a\\|b |") != std::string::npos);
}

TEST_CASE("procedures: every document says whose words its heading and body are") {
  const auto files = run(sample_profile(), Level::regulations, Lang::en);
  for (const auto& f : files) {
    INFO(f.name);
    CHECK(f.content.find("\n## Whose words these are\n\n- Official (") != std::string::npos);
    CHECK(f.content.find("- secaction's own: ") != std::string::npos);
  }
  const std::string& physical = file(files, "procedures/physical-security.md");
  CHECK(physical.find("secaction's own (the source's 「7.6 物理的対策」 (line 365) names no candidate documents)") != std::string::npos);
  CHECK(file(files, "procedures/backup.md").find("official: 「バックアップ、冗長化」") != std::string::npos);
}

TEST_CASE("procedures: a broken body template is an error naming the catalogue and the document") {
  ProcedureCatalogue broken = shipped();
  broken.documents.front().body.ja = "{{#uses.cloud}} never closed";
  broken.documents.front().level = Level::five_principles;
  const Profile profile = sample_profile();
  ProcedureRequest request{profile, {"profile.yaml", "text"}, broken, {"c", "c"}, Level::five_principles, Lang::ja, "9.9.9"};
  try {
    generate_procedures(request);
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    REQUIRE_FALSE(e.diagnostics().all().empty());
    CHECK(e.diagnostics().all().front().where.file.find("content/policy/procedures.yaml (document " + broken.documents.front().id) == 0);
  }
}

TEST_CASE("procedures: every file name a run can write is listed for --check, the index first") {
  const auto names = all_procedure_file_names(shipped());
  CHECK(names.front() == "procedures/index.md");
  CHECK(names.size() == shipped().documents.size() + 1);
  Practices all;
  all.cloud = all.telework = all.system_development = all.outsourcing = all.my_number = all.website = all.byod = true;
  Profile profile = sample_profile();
  profile.practices = all;
  for (const auto& f : run(profile, Level::regulations)) CHECK_MESSAGE(std::find(names.begin(), names.end(), f.name) != names.end(), f.name);
  CHECK(run(profile, Level::regulations).size() == names.size()); // everything on: every document
}
