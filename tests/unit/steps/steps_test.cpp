// The Step 1–4 judgement (lib/secaction/steps): IPA's conditions quoted, secaction's rule for a Step
// being done, the Step reached, and the JSON result against its schema.
#include <doctest/doctest.h>

#include <deque>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "secaction/history/snapshot.hpp"
#include "secaction/load/answers_loader.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/questionnaire/assess.hpp"
#include "secaction/report/markdown.hpp"
#include "secaction/steps/guide.hpp"
#include "secaction/steps/present.hpp"
#include "secaction/steps/steps.hpp"
#include "test_support.hpp"

using namespace secaction;

namespace {

struct Files {
  std::deque<history::Snapshot> snapshots;
  steps::Evidence evidence;

  void answers(const std::string& name, const std::string& yaml) {
    Diagnostics diagnostics;
    const load::AnswerFileOptions options{"", load::MissingAnswers::score_unknown, false};
    auto loaded = load::load_answer_file(yaml, name, test::embedded_library(), options, diagnostics);
    REQUIRE_MESSAGE(loaded.has_value(), name);
    const auto assessment = questionnaire::assess(*loaded->instrument, loaded->answers);
    snapshots.push_back(history::snapshot_of(assessment, name, {}));
    evidence.results[loaded->instrument->id] = &snapshots.back();
  }
};

std::string all(const std::string& instrument, int count, const std::string& answer) {
  std::string text = "instrument: " + instrument + "\nanswers:\n";
  for (int i = 1; i <= count; ++i) text += "  " + std::to_string(i) + ": " + answer + "\n";
  return text;
}

const steps::Check& check(const steps::Progress& p, int step, const std::string& id) {
  for (const auto& c : p.steps[static_cast<std::size_t>(step - 1)].checks) {
    if (c.id == id) return c;
  }
  FAIL("no check " << id);
  throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("IPA's conditions are quoted for Steps 1-3 and Step 4 has none") {
  CHECK(steps::step_text(1).condition.ja == "これまで情報セキュリティ対策を特に意識していない場合");
  CHECK(steps::step_text(2).condition.ja == "Step1 は実施できていて次に進める場合");
  CHECK(steps::step_text(3).condition.ja == "Step2 までは実施できていて次に進める場合");
  CHECK(steps::step_text(4).condition.empty());
  CHECK(steps::step4_note().ja.find("Step4を参照して必要な対策があれば実行してください") != std::string::npos);
  CHECK(steps::step4_topics().size() == 8);
}

TEST_CASE("with nothing given, an organisation starts at Step 1") {
  const auto p = steps::assess_steps({});
  CHECK(p.reached == 1);
  CHECK_FALSE(p.steps[0].done);
  CHECK_FALSE(check(p, 1, "principle-1").given);
}

TEST_CASE("Step 1 is done when the five principles are all in place, from the checklist or the self-diagnosis") {
  Files files;
  files.answers("fp.yaml", all("five-principles", 5, "yes"));
  CHECK(steps::assess_steps(files.evidence).reached == 2);

  Files partly;
  partly.answers("fp.yaml", "instrument: five-principles\nanswers: {1: yes, 2: yes, 3: partial, 4: yes, 5: yes}\n");
  const auto p = steps::assess_steps(partly.evidence);
  CHECK(p.reached == 1);
  CHECK_FALSE(check(p, 1, "principle-3").met);

  // Without the checklist, the self-diagnosis items No.1-5 that ask about the principles count.
  Files diagnosed;
  diagnosed.answers("sd.yaml", all("self-diagnosis", 25, "yes"));
  const auto d = steps::assess_steps(diagnosed.evidence);
  CHECK(d.steps[0].done);
  CHECK(check(d, 1, "principle-5").detail.ja == "自社診断 No.5 の回答：実施している");
}

TEST_CASE("Step 2 needs a complete self-diagnosis without わからない and a dated basic policy") {
  Files files;
  files.answers("sd.yaml", all("self-diagnosis", 25, "yes"));
  CHECK(steps::assess_steps(files.evidence).reached == 2); // no policy yet
  files.evidence.drafts["basic-policy"] = "basic-policy.md";
  const auto drafted = steps::assess_steps(files.evidence);
  CHECK(drafted.reached == 2); // a draft is not an established policy
  CHECK(check(drafted, 2, "basic-policy").given);
  files.evidence.policy = steps::PolicyEvidence{Date{2026, 4, 1}, "profile.yaml"};
  CHECK(steps::assess_steps(files.evidence).reached == 3);

  Files unknown;
  unknown.answers("sd.yaml", all("self-diagnosis", 25, "unknown"));
  unknown.evidence.policy = steps::PolicyEvidence{Date{2026, 4, 1}, "profile.yaml"};
  unknown.answers("fp.yaml", all("five-principles", 5, "yes"));
  const auto u = steps::assess_steps(unknown.evidence);
  CHECK(u.reached == 2);
  CHECK(check(u, 2, "self-diagnosis").detail.ja.find("「わからない」の項目：No.1, 2") == 0);
}

TEST_CASE("Step 3 needs key action No.2, a treated risk analysis, a regulations draft and outsourcing") {
  Files files;
  files.answers("sd.yaml", all("self-diagnosis", 25, "yes"));
  files.evidence.policy = steps::PolicyEvidence{Date{2026, 4, 1}, "profile.yaml"};
  files.answers("e7.yaml", all("executive-7", 7, "yes"));
  files.evidence.risk = steps::RiskEvidence{std::nullopt, 12, 3, 1, "register.yaml"};
  files.evidence.drafts["regulations"] = "regulations.md";
  files.evidence.outsourcing = false;
  files.evidence.outsourcing_file = "profile.yaml";
  auto p = steps::assess_steps(files.evidence);
  CHECK(p.reached == 3);
  CHECK_FALSE(check(p, 3, "risk-analysis").met); // one High risk has no treatment
  CHECK(check(p, 3, "outsourcing").met);         // the profile says the company does not outsource
  files.evidence.risk->untreated_high = 0;
  CHECK(steps::assess_steps(files.evidence).reached == 4);
  files.evidence.outsourcing = true; // outsourcing: the checklist is needed
  CHECK(steps::assess_steps(files.evidence).reached == 3);
  files.answers("out.yaml", all("outsourcing", 14, "partial"));
  CHECK(steps::assess_steps(files.evidence).reached == 4);
}

TEST_CASE("Step 4's topics name their command, where their guidance is shown, or say secaction has none yet") {
  Files files;
  files.answers("cloud.yaml", all("cloud", 15, "yes"));
  files.answers("web.yaml", all("website", 13, "partial"));
  const auto p = steps::assess_steps(files.evidence);
  REQUIRE(p.topics.size() == 8);
  CHECK(p.topics[0].id == "information-sharing");
  CHECK(p.topics[0].command.empty());
  CHECK(p.topics[0].detail.ja.find("情報収集と共有") != std::string::npos); // shown below in the report
  CHECK(p.topics[1].id == "website");
  CHECK(p.topics[1].command == "secaction checklist website");
  CHECK(p.topics[1].file == "web.yaml");
  CHECK(p.topics[1].detail.ja == "達成率 50%");
  CHECK(p.topics[6].id == "technical-measures");
  CHECK(p.topics[6].detail.ja == "secaction にはこの方策の機能がまだありません");
  CHECK(p.topics[2].command == "secaction checklist cloud");
  CHECK(p.topics[2].file == "cloud.yaml");
  CHECK(p.topics[7].command == "secaction risk");
}

TEST_CASE("the report quotes IPA's words as official and labels secaction's rule") {
  Files files;
  files.answers("fp.yaml", all("five-principles", 5, "yes"));
  const auto md = report::render_markdown(steps::to_document(steps::assess_steps(files.evidence), Lang::ja));
  CHECK(md.find("Step 2「現状を知り改善しましょう」に取り組む段階です") != std::string::npos);
  CHECK(md.find("IPAの条件：「Step1 は実施できていて次に進める場合」は、Step 2 に進みます。") != std::string::npos);
  CHECK(md.find("「「5分でできる！情報セキュリティ自社診断」で自社の状況を把握し、できていない対策の実行に努めてください。」") !=
        std::string::npos);
  CHECK(md.find("実施できていると判断する規則（secaction 独自）") != std::string::npos);
  CHECK(md.find("| secaction diagnose --template |") != std::string::npos);
  CHECK(md.find("- 公式（中小企業の情報セキュリティ対策ガイドライン 第3.1版 第2部 実践編「本ガイドラインの活用方法」）") !=
        std::string::npos);
  const auto en = report::render_markdown(steps::to_document(steps::assess_steps(files.evidence), Lang::en));
  CHECK(en.find("You are at Step 2: Know where you stand and improve") != std::string::npos);
  CHECK(en.find("(「Step1 は実施できていて次に進める場合」)") != std::string::npos);
}

TEST_CASE("the JSON result validates against schemas/steps-result.schema.json") {
  const auto schema_text = load::embedded_schema("steps-result.schema.json");
  REQUIRE(schema_text);
  const auto schema_json = nlohmann::json::parse(*schema_text);
  valijson::Schema schema;
  valijson::SchemaParser parser;
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_json);
  parser.populateSchema(schema_adapter, schema);
  Files files;
  files.answers("sd.yaml", all("self-diagnosis", 25, "yes"));
  files.evidence.inputs = {{"sd.yaml", "answers", "self-diagnosis", true}, {"x.yaml", "not-recognised", "", false}};
  for (Lang lang : {Lang::ja, Lang::en}) {
    const nlohmann::json json = nlohmann::json::parse(steps::to_json(steps::assess_steps(files.evidence), lang).dump());
    valijson::Validator validator;
    valijson::adapters::NlohmannJsonAdapter adapter(json);
    CHECK(validator.validate(schema, adapter, nullptr));
    CHECK(json["reached"] == 2);
    CHECK(json["steps"][3]["condition"].is_null());
  }
}
