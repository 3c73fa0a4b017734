// IPA's 10大脅威 as a dated content file: both 2020 lists as seed 004 prints them, and a newer year
// added as content is what the threat catalogue then refers to.
#include <doctest/doctest.h>

#include "secaction/content/shipped.hpp"
#include "secaction/load/risk_loader.hpp"
#include "secaction/load/top_threats_loader.hpp"
#include "test_support.hpp"

using namespace secaction;

namespace {

const char* k_minimal_lists = R"(schema: secaction.top-threats/v1
year: 2031
origin: official
title: {ja: 情報セキュリティ10大脅威2031, en: Top threats 2031}
publisher: {ja: IPA, en: IPA}
source: {ja: テスト, en: test}
url: https://example.org/
lists:
  - id: organization
    title: {ja: 組織, en: Organisations}
    entries:
      - {rank: 1, previous: new, name: {ja: 新しい脅威, en: A new threat}}
      - {rank: 2, previous: 1, name: {ja: 古い脅威, en: An old threat}}
)";

} // namespace

TEST_CASE("the shipped 2020 lists hold both of seed 004's lists, ranks 1-10 with last year's ranks") {
  Diagnostics diagnostics;
  const auto lists = content::top_threats(test::embedded_library(), 2020, diagnostics);
  REQUIRE(lists.has_value());
  CHECK_FALSE(diagnostics.has_errors());
  CHECK(lists->year == 2020);
  CHECK(lists->origin == Origin::official);
  const auto* organization = lists->find("organization");
  const auto* individual = lists->find("individual");
  REQUIRE(organization != nullptr);
  REQUIRE(individual != nullptr);
  CHECK(organization->entries.size() == 10);
  CHECK(individual->entries.size() == 10);
  // Seed 004 L54 and L59: 個人 1位 is new; 組織 6位 was 16位 the year before.
  CHECK(individual->find(1)->name.ja == "スマホ決済の不正利用");
  CHECK(individual->find(1)->is_new);
  CHECK(organization->find(6)->name.ja == "予期せぬIT基盤の障害に伴う業務停止");
  CHECK(organization->find(6)->previous == 16);
  CHECK(organization->find(10)->name.ja == "サービス妨害攻撃によるサービスの停止");
}

TEST_CASE("the threat catalogue takes its top-10 names from the dated list its top_threats names") {
  Diagnostics diagnostics;
  const auto catalogue = content::risk_catalogue(test::embedded_library(), diagnostics);
  REQUIRE(catalogue.has_value());
  CHECK(catalogue->top10_year == 2020);
  CHECK(catalogue->top10_list == "organization");
  REQUIRE(catalogue->find_top10(5) != nullptr);
  CHECK(catalogue->find_top10(5)->name.ja == "ランサムウェアによる被害");
  REQUIRE(catalogue->top10_lists.has_value());
  CHECK(catalogue->top10_lists->lists.size() == 2);
}

TEST_CASE("a newer year is content: the catalogue refers to it, and a rank it lacks is an error at the threat") {
  const auto newer = [](int year, Diagnostics& diagnostics) -> std::optional<risk::TopThreatLists> {
    if (year != 2031) return std::nullopt;
    return load::load_top_threats(k_minimal_lists, "threats/top10-2031.yaml", diagnostics);
  };
  const std::string catalogue = R"(schema: secaction.risk-threats/v1
origin: secaction
notice: {ja: 注, en: note}
threat_rule: {ja: 規則, en: rule}
vulnerability_rule: {ja: 規則, en: rule}
top_threats: {year: 2031, list: organization}
media:
  - id: pc
    name: {ja: パソコン, en: PC}
    avoidable: false
    threats:
      - {id: pc-new, name: {ja: 新, en: new}, likelihood: 2, top10: [1]}
      - {id: pc-old, name: {ja: 旧, en: old}, likelihood: 2, top10: [3]}
    countermeasures:
      - {id: pc-patch, text: {ja: 更新, en: update}}
)";
  Diagnostics diagnostics;
  const auto loaded = load::load_risk_catalogue(catalogue, "threats.yaml", newer, diagnostics);
  CHECK_FALSE(loaded.has_value());
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.all().front().message ==
        "threat 'pc-old': top10 rank 3 is not in the organization list of threats/top10-2031.yaml");

  Diagnostics missing_year;
  std::string other = catalogue;
  other.replace(other.find("year: 2031"), 10, "year: 2040");
  CHECK_FALSE(load::load_risk_catalogue(other, "threats.yaml", newer, missing_year).has_value());
  REQUIRE(missing_year.error_count() >= 1);
  CHECK(missing_year.all().front().message == "top_threats: no 10大脅威 lists for 2040 (threats/top10-2040.yaml)");
}

TEST_CASE("a list with a rank twice is refused") {
  std::string text = k_minimal_lists;
  text.replace(text.find("rank: 2"), 7, "rank: 1");
  Diagnostics diagnostics;
  CHECK_FALSE(load::load_top_threats(text, "top10.yaml", diagnostics).has_value());
  REQUIRE(diagnostics.has_errors());
  CHECK(diagnostics.all().front().message == "list 'organization': rank 1 is given twice");
}
