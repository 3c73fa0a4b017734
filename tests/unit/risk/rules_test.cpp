// The official rules of 付録7 (ipa-rules.md §3), checked exhaustively against the shipped content.
#include <algorithm>
#include <set>

#include "risk_support.hpp"
#include "secaction/risk/rules.hpp"

using namespace secaction;
using namespace secaction::risk;
using test::edition;

namespace {

// The conversion table as the guideline prints it (rows: threat 3..1, columns: vulnerability 3..1).
int official_likelihood(int threat, int vulnerability) {
  static const int table[3][3] = {{3, 2, 1}, {2, 1, 1}, {1, 1, 1}};
  return table[3 - threat][3 - vulnerability];
}

} // namespace

TEST_CASE("importance is the highest of C, I and A (第3.1版), forced to 3 by personal data or survival") {
  const Edition& e = edition("3.1");
  for (int c = 1; c <= 3; ++c) {
    for (int i = 1; i <= 3; ++i) {
      for (int a = 1; a <= 3; ++a) {
        CAPTURE(c);
        CAPTURE(i);
        CAPTURE(a);
        CHECK(importance(e, c, i, a, false) == std::max({c, i, a}));
        CHECK(importance(e, c, i, a, true) == 3);
      }
    }
  }
  // The published worked example: a homepage rated C1 I3 A3 has importance 3.
  CHECK(importance(e, 1, 3, 3, false) == 3);
}

TEST_CASE("第3版: C, I and A run 0–2 and importance is forced to 2") {
  const Edition& e = edition("3");
  CHECK(e.cia_min == 0);
  CHECK(e.cia_max == 2);
  for (int c = 0; c <= 2; ++c) {
    for (int i = 0; i <= 2; ++i) {
      for (int a = 0; a <= 2; ++a) {
        CHECK(importance(e, c, i, a, false) == std::max({c, i, a}));
        CHECK(importance(e, c, i, a, true) == 2);
      }
    }
  }
}

TEST_CASE("likelihood follows the official conversion table in both editions (all 9 combinations)") {
  for (const char* id : {"3.1", "3"}) {
    const Edition& e = edition(id);
    CAPTURE(id);
    for (int threat = 1; threat <= 3; ++threat) {
      for (int vulnerability = 1; vulnerability <= 3; ++vulnerability) {
        CAPTURE(threat);
        CAPTURE(vulnerability);
        REQUIRE(likelihood(e, threat, vulnerability));
        CHECK(*likelihood(e, threat, vulnerability) == official_likelihood(threat, vulnerability));
        // Tokyo guidebook 339: 被害発生可能性 = ceil(脅威 ÷ (4 − 脆弱性)).
        CHECK(*likelihood(e, threat, vulnerability) == (threat + (4 - vulnerability) - 1) / (4 - vulnerability));
      }
    }
    CHECK_FALSE(likelihood(e, 0, 2));
    CHECK_FALSE(likelihood(e, 4, 1));
  }
  // The published worked examples.
  const Edition& e = edition("3.1");
  CHECK(*likelihood(e, 3, 2) == 2);
  CHECK(*likelihood(e, 2, 2) == 1);
  CHECK(*likelihood(e, 3, 3) == 3);
}

TEST_CASE("risk value = importance × likelihood, with the bands 大 6–9, 中 4, 小 1–3 (第3.1版)") {
  const Edition& e = edition("3.1");
  std::set<int> values;
  for (int imp = 1; imp <= 3; ++imp) {
    for (int lik = 1; lik <= 3; ++lik) {
      const int value = risk_value(imp, lik);
      CHECK(value == imp * lik);
      values.insert(value);
      const Band* band = band_for(e, imp, lik);
      REQUIRE(band != nullptr);
      const char* expected = value >= 6 ? "high" : value == 4 ? "medium" : "low";
      CHECK(band->id == expected);
    }
  }
  CHECK(values == std::set<int>{1, 2, 3, 4, 6, 9}); // 5 cannot occur
  CHECK(risk_value(3, 2) == 6);                   // worked example: 6 is 大
  CHECK(band_for(e, 3, 2)->label.ja == "大");
  CHECK(band_for(e, 3, 2)->origin == Origin::official_secondary); // quoted from edition 4.0 through a secondary source
  CHECK_FALSE(band_for(e, 3, 2)->via.empty());
  CHECK(band_for(e, 1, 3)->origin == Origin::secaction); // 小's wording is unconfirmed
}

TEST_CASE("every C, I, A, threat, vulnerability and personal-data flag, in both editions") {
  for (const char* id : {"3.1", "3"}) {
    const Edition& e = edition(id);
    const int offset = e.cia_min == 0 ? 1 : 0;
    for (int c = e.cia_min; c <= e.cia_max; ++c) {
      for (int i = e.cia_min; i <= e.cia_max; ++i) {
        for (int a = e.cia_min; a <= e.cia_max; ++a) {
          for (int personal = 0; personal <= 1; ++personal) {
            for (int threat = 1; threat <= 3; ++threat) {
              for (int vulnerability = 1; vulnerability <= 3; ++vulnerability) {
                const int expected_importance = personal ? e.cia_max : std::max({c, i, a});
                const int expected_likelihood = official_likelihood(threat, vulnerability);
                const int imp = importance(e, c, i, a, personal == 1);
                const int lik = *likelihood(e, threat, vulnerability);
                REQUIRE(imp == expected_importance);
                REQUIRE(lik == expected_likelihood);
                REQUIRE(risk_value(imp, lik) == expected_importance * expected_likelihood);
                const int basis = (expected_importance + offset) * expected_likelihood;
                const Band* band = band_for(e, imp, lik);
                REQUIRE(band != nullptr);
                REQUIRE(band->id == (basis >= 6 ? "high" : basis == 4 ? "medium" : "low"));
              }
            }
          }
        }
      }
    }
  }
}

TEST_CASE("第3版: risk values run 0–6 and bands use importance + 1 (secaction's rule)") {
  const Edition& e = edition("3");
  CHECK(e.band_importance_offset == 1);
  CHECK(risk_value(0, 3) == 0);
  CHECK(band_for(e, 0, 3)->id == "low");     // (0+1)×3 = 3
  CHECK(band_for(e, 1, 2)->id == "medium");  // (1+1)×2 = 4
  CHECK(band_for(e, 2, 2)->id == "high");    // (2+1)×2 = 6
  CHECK(band_for(e, 2, 1)->id == "low");     // (2+1)×1 = 3
  CHECK(band_for(e, 2, 2)->origin == Origin::secaction);
}

TEST_CASE("vulnerability from countermeasures: all -> 1, some -> 2, none -> 3") {
  CHECK(vulnerability_from_countermeasures(5, 5) == 1);
  CHECK(vulnerability_from_countermeasures(4, 5) == 2);
  CHECK(vulnerability_from_countermeasures(1, 5) == 2);
  CHECK(vulnerability_from_countermeasures(0, 5) == 3);
  CHECK(vulnerability_from_countermeasures(0, 0) == 3);
}

TEST_CASE("recommended treatment for a High risk (secaction's rule)") {
  CHECK(recommend_treatment(2, false) == TreatmentOption::reduce);
  CHECK(recommend_treatment(1, true) == TreatmentOption::reduce);
  CHECK(recommend_treatment(0, true) == TreatmentOption::avoid);
  CHECK(recommend_treatment(0, false) == TreatmentOption::transfer);
}
