// SECURITY ACTION is a self-declaration: no output may speak of 認定 (certification), 取得
// (obtaining) or "certified"/"certification".
#include <doctest/doctest.h>

#include "fixtures.hpp"
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

TEST_CASE("verdicts use 宣言 wording") {
  auto fp = test::score(test::five_principles("yes", "yes", "yes", "yes", "yes"));
  const auto one = readiness::assess_readiness({&fp->assessment, nullptr, std::nullopt});
  CHECK(readiness::verdict_text(one, Lang::ja).find("一つ星（★）を宣言する準備ができています") == 0);
  CHECK(readiness::verdict_text(one, Lang::en).find("You are ready to declare ★ (one star)") == 0);
  const auto none = readiness::assess_readiness({});
  CHECK(readiness::to_json(none, Lang::en)["ready_to_declare"].is_null());
}

TEST_CASE("the checklist list's security-action row says nothing of certification") {
  const auto text = readiness::catalog_text();
  for (Lang lang : {Lang::ja, Lang::en}) {
    check_wording(text.title.in(lang));
    check_wording(text.source.in(lang));
  }
}
