#include "risk/risk_support.hpp"
#include "secaction/load/register_loader.hpp"

using namespace secaction;
using load::RegisterFormat;

namespace {

std::optional<risk::Register> load_register_text(const std::string& text, RegisterFormat format, Diagnostics& d,
                                                const char* edition = "3.1") {
  return load::load_register(text, "reg", format, test::edition(edition), test::shipped_catalogue(), d);
}

std::string all_errors(const Diagnostics& d) {
  std::string out;
  for (const auto& diagnostic : d.in_reading_order()) out += format_diagnostic(diagnostic) + "\n";
  return out;
}

} // namespace

TEST_CASE("register CSV with Japanese headers") {
  Diagnostics d;
  auto reg = load_register_text("情報資産名称,媒体・保存先,個人情報の種類,機密性,完全性,可用性,企業の存続を左右しかねない,脅威\r\n"
                  "社員名簿,事務所PC,\"個人情報、特定個人情報\",３,2,1,無,2\r\n",
                  RegisterFormat::csv, d);
  REQUIRE_MESSAGE(reg, all_errors(d));
  REQUIRE(reg->assets.size() == 1);
  const auto& asset = reg->assets[0];
  CHECK(asset.name == "社員名簿");
  CHECK(asset.medium == "office-pc");
  CHECK(asset.confidentiality == 3); // full-width digit
  CHECK(asset.personal_information.personal);
  CHECK(asset.personal_information.my_number);
  CHECK_FALSE(asset.personal_information.sensitive);
  CHECK_FALSE(asset.business_critical);
  CHECK(asset.threat == 2);
  CHECK_FALSE(asset.vulnerability);
}

TEST_CASE("register CSV with English headers and aliases for the medium") {
  Diagnostics d;
  auto reg = load_register_text("Asset Name,Medium,Confidentiality,Integrity,Availability,Business critical,Treatment\n"
                  "Drawings,社内サーバ,3,3,2,yes,transfer\n",
                  RegisterFormat::csv, d);
  REQUIRE_MESSAGE(reg, all_errors(d));
  CHECK(reg->assets[0].medium == "internal-server");
  CHECK(reg->assets[0].business_critical);
  REQUIRE(reg->assets[0].treatment);
  CHECK(reg->assets[0].treatment->option == risk::TreatmentOption::transfer);
}

TEST_CASE("register CSV: a missing column and a short row are reported with line and column") {
  Diagnostics d;
  CHECK_FALSE(load_register_text("情報資産名称,媒体・保存先,機密性,完全性\n", RegisterFormat::csv, d));
  CHECK(all_errors(d) == "reg:1:1: error: missing column 可用性 (availability); a register needs 情報資産名称, 媒体・保存先, 機密性, 完全性 and 可用性\n");

  Diagnostics short_row;
  CHECK_FALSE(load_register_text("情報資産名称,媒体・保存先,機密性,完全性,可用性\nA,書類,1,1\n", RegisterFormat::csv, short_row));
  CHECK(all_errors(short_row).rfind("reg:2:8: error: row has 4 fields but the header has 5; a column is missing", 0) == 0);
}

TEST_CASE("register CSV: every bad cell of every row is reported in one run") {
  Diagnostics d;
  CHECK_FALSE(load_register_text("情報資産名称,媒体・保存先,機密性,完全性,可用性\nA,金庫,1,1,1\nB,書類,4,x,1\n", RegisterFormat::csv, d));
  const std::string errors = all_errors(d);
  CHECK(errors.find("reg:2:3: error: asset 'A': unknown 媒体・保存先 '金庫'; valid media: 書類 (paper), 可搬電子媒体") != std::string::npos);
  CHECK(errors.find("reg:3:6: error: 機密性 (confidentiality) 4 is outside the scale of edition 3.1; valid values: 1–3\n") !=
        std::string::npos);
  CHECK(errors.find("reg:3:8: error: assets.1.integrity: expected a whole number") != std::string::npos);
  CHECK(d.error_count() == 3);
}

TEST_CASE("register YAML with Japanese keys reads like English keys") {
  Diagnostics d;
  auto reg = load_register_text("assets:\n"
                  "  - 情報資産名称: 顧客台帳\n"
                  "    媒体・保存先: クラウド\n"
                  "    個人情報の種類: [個人情報]\n"
                  "    機密性: 3\n"
                  "    完全性: 2\n"
                  "    可用性: 2\n"
                  "    対策: {種類: 受容, 理由: 費用が見合わない}\n"
                  "  - name: Catalogue\n"
                  "    medium: paper\n"
                  "    confidentiality: 1\n"
                  "    integrity: 1\n"
                  "    availability: 1\n",
                  RegisterFormat::yaml, d);
  REQUIRE_MESSAGE(reg, all_errors(d));
  CHECK(reg->assets[0].medium == "cloud");
  REQUIRE(reg->assets[0].treatment);
  CHECK(reg->assets[0].treatment->option == risk::TreatmentOption::retain);
  CHECK(reg->assets[1].name == "Catalogue");
}

TEST_CASE("register YAML: errors point at the Japanese key's line; edition 3 hints at the scale") {
  Diagnostics d;
  CHECK_FALSE(load_register_text("assets:\n  - 情報資産名称: A\n    媒体・保存先: 書類\n    機密性: 3\n    完全性: 0\n    可用性: 1\n", RegisterFormat::yaml, d, "3"));
  CHECK(all_errors(d) == "reg:4:10: error: 機密性 (confidentiality) 3 is outside the scale of edition 3; valid values: 0–2; 3 "
                         "belongs to the 1–3 scale of 第3.1版: use --edition 3.1 (the default)\n");
}

TEST_CASE("register YAML: renamed keys keep their positions, inside a treatment and after a key given twice") {
  // The Japanese keys are renamed to English ones before the schema check; every message must still
  // point at the value as written. 種類 and option name the same treatment field: the later wins.
  Diagnostics d;
  CHECK_FALSE(load_register_text("assets:\n"
                                 "  - 情報資産名称: A\n"
                                 "    媒体・保存先: 書類\n"
                                 "    機密性: 3\n"
                                 "    完全性: 2\n"
                                 "    可用性: 9\n"
                                 "    対策:\n"
                                 "      種類: 謎\n"
                                 "      理由: 12\n"
                                 "      option: accept\n"
                                 "  - name: B\n"
                                 "    情報資産名称: C\n"
                                 "    medium: paper\n"
                                 "    confidentiality: 1\n"
                                 "    integrity: x\n"
                                 "    availability: 1\n",
                                 RegisterFormat::yaml, d));
  CHECK(all_errors(d) ==
        "reg:6:10: error: 可用性 (availability) 9 is outside the scale of edition 3.1; valid values: 1–3\n"
        "reg:8:11: error: asset 'A': treatment '謎' is not one of 低減 (reduce), 回避 (avoid), 移転 (transfer), 保有 (retain)\n"
        "reg:9:11: error: assets.0.treatment.reason: expected text or an empty value, found a whole number\n"
        "reg:12:5: error: '情報資産名称' is given twice in this asset (also as 'name')\n"
        "reg:15:16: error: assets.1.integrity: expected a whole number or an empty value, found text\n");
}

#include "secaction/risk/register_template.hpp"

TEST_CASE("the printed template is itself a valid register, in both editions and languages") {
  for (const char* id : {"3.1", "3"}) {
    for (Lang lang : {Lang::ja, Lang::en}) {
      const auto text = risk::render_register_template(test::edition(id), test::shipped_rules().source, test::shipped_catalogue(), lang);
      Diagnostics d;
      auto reg = load_register_text(text, RegisterFormat::yaml, d, id);
      CHECK_MESSAGE(reg, all_errors(d));
      if (reg) CHECK(reg->assets.size() == 1);
    }
  }
}

TEST_CASE("register CSV: positions of cells after an ignored column and in the treatment columns") {
  Diagnostics d;
  CHECK_FALSE(load_register_text("情報資産名称,リスク値,媒体・保存先,機密性,完全性,可用性,対策\n"
                                 "A,9,書類,1,1,1,\nB,9,書類,1,1,1,捨てる\n",
                                 RegisterFormat::csv, d));
  const std::string errors = all_errors(d);
  CHECK_MESSAGE(errors.rfind("reg:3:14: error: asset 'B': treatment", 0) == 0, errors);
  CHECK(d.error_count() == 1);
}
