// SECURITY ACTION is a self-declaration: no output may speak of 認定 (certification), 取得
// (obtaining) or "certified"/"certification".
#include <doctest/doctest.h>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "fixtures.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/questionnaire/catalog.hpp"
#include "secaction/readiness/present.hpp"
#include "secaction/report/csv.hpp"
#include "secaction/report/markdown.hpp"

using namespace secaction;

namespace {

void check_wording(const std::string& text) {
  INFO(text);
  CHECK(text.find("認定") == std::string::npos);
  CHECK(text.find("取得") == std::string::npos);
  std::string lower = text;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  CHECK(lower.find("certif") == std::string::npos);
}

void check_all_outputs(const readiness::Readiness& r) {
  for (Lang lang : {Lang::ja, Lang::en}) {
    check_wording(report::render_markdown(readiness::to_document(r, lang)));
    check_wording(report::render_csv(readiness::to_document(r, lang)));
    check_wording(readiness::to_json(r, lang).dump(2));
  }
}

} // namespace

TEST_CASE("readiness output never says 認定, 取得 or certif, in any language or format") {
  auto fp_ok = test::score(test::five_principles("yes", "partial", "yes", "yes", "partial"));
  auto fp_gap = test::score(test::five_principles("no", "na", "", "yes", "partial"));
  auto sd_full = test::score(test::self_diagnosis("unknown"));
  auto sd_part = test::score(test::self_diagnosis("yes", 20));
  const readiness::Policy published{Date{2026, 4, 1}, true, "https://example.jp/policy"};
  const readiness::Policy unpublished{Date{2026, 4, 1}, false, ""};
  check_all_outputs(readiness::assess_readiness({}));
  check_all_outputs(readiness::assess_readiness({&fp_ok->assessment, nullptr, std::nullopt}));
  check_all_outputs(readiness::assess_readiness({&fp_gap->assessment, &sd_part->assessment, unpublished}));
  check_all_outputs(readiness::assess_readiness({nullptr, &sd_full->assessment, unpublished}));
  check_all_outputs(readiness::assess_readiness({&fp_ok->assessment, &sd_full->assessment, published}));
}

TEST_CASE("verdicts use 宣言 wording, and ★ is always declarable") {
  auto fp = test::score(test::five_principles("yes", "yes", "yes", "yes", "yes"));
  const auto one = readiness::assess_readiness({&fp->assessment, nullptr, std::nullopt});
  CHECK(readiness::verdict_text(one, Lang::ja).find("一つ星（★）は今すぐ宣言できます") == 0);
  CHECK(readiness::verdict_text(one, Lang::en).find("You can declare ★ (one star) now") == 0);
  const auto none = readiness::assess_readiness({});
  CHECK(readiness::to_json(none, Lang::en)["declarable"] == "one_star");
  const std::string md = report::render_markdown(readiness::to_document(none, Lang::ja));
  CHECK(md.find("準備ができていません") == std::string::npos);
  CHECK(md.find("まだ") == md.find("まだ条件がそろっていません")); // only ★★ can be "not yet"
}

TEST_CASE("principles not yet in place are listed as commitments to act on after declaring") {
  auto fp = test::score(test::five_principles("yes", "no", "partial", "yes", "yes"));
  const auto r = readiness::assess_readiness({&fp->assessment, nullptr, std::nullopt});
  const std::string md = report::render_markdown(readiness::to_document(r, Lang::ja));
  CHECK(md.find("### 宣言後に取り組むこと（2件）") != std::string::npos);
  CHECK(md.find("No.2 ウイルス対策ソフトを導入しよう！（「実施していない」と回答）") != std::string::npos);
  CHECK(md.find("宣言後に取り組むことが2件あります。") != std::string::npos);
  const std::string en = report::render_markdown(readiness::to_document(r, Lang::en));
  CHECK(en.find("### Commitments to act on after declaring (2)") != std::string::npos);
}

TEST_CASE("the わからない paragraph says which part is IPA's rule and which is secaction's judgement") {
  auto sd = test::score(test::self_diagnosis("unknown"));
  const readiness::Policy published{Date{2026, 4, 1}, true, "https://example.jp/policy"};
  const auto r = readiness::assess_readiness({nullptr, &sd->assessment, published});
  const std::string md = report::render_markdown(readiness::to_document(r, Lang::ja));
  CHECK(md.find("- IPAの定め：二つ星の条件は上のとおりで、自社診断の点数や回答に条件はありません。") != std::string::npos);
  CHECK(md.find("「回答が「わからない」となっている項目を確認します。」") != std::string::npos);
  CHECK(md.find("- secaction の判断：「わからない」の回答は二つ星の宣言を妨げないものとし") != std::string::npos);
  CHECK(md.find("一つ星の宣言を挙げていません") != std::string::npos);
}

TEST_CASE("the checklist list's security-action row says nothing of certification") {
  const auto text = readiness::catalog_text();
  for (Lang lang : {Lang::ja, Lang::en}) {
    check_wording(text.title.in(lang));
    check_wording(text.source.in(lang));
  }
}

TEST_CASE("the JSON result validates against schemas/security-action-result.schema.json for every verdict") {
  const auto schema_text = load::embedded_schema("security-action-result.schema.json");
  REQUIRE(schema_text);
  const auto schema_json = nlohmann::json::parse(*schema_text);
  valijson::Schema schema;
  valijson::SchemaParser parser;
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_json);
  parser.populateSchema(schema_adapter, schema);
  auto fp = test::score(test::five_principles("yes", "no", "na", "partial", ""));
  auto sd = test::score(test::self_diagnosis("unknown"));
  const readiness::Policy published{Date{2026, 4, 1}, true, "https://example.jp/policy"};
  for (const auto& r : {readiness::assess_readiness({}), readiness::assess_readiness({&fp->assessment, nullptr, std::nullopt}),
                        readiness::assess_readiness({&fp->assessment, &sd->assessment, published})}) {
    const nlohmann::json json = nlohmann::json::parse(readiness::to_json(r, Lang::en).dump());
    valijson::Validator validator;
    valijson::adapters::NlohmannJsonAdapter adapter(json);
    CHECK(validator.validate(schema, adapter, nullptr));
  }
}
