#include <doctest/doctest.h>

#include "secaction/core/encoding.hpp"

using namespace secaction;

TEST_CASE("--encoding names") {
  CHECK(parse_text_encoding("utf-8") == TextEncoding::utf8);
  CHECK(parse_text_encoding("CP932") == TextEncoding::cp932);
  CHECK(parse_text_encoding("Shift_JIS") == TextEncoding::cp932);
  CHECK_FALSE(parse_text_encoding("latin1"));
}

TEST_CASE("UTF-8 -> CP932 -> UTF-8 keeps Japanese text, NEC and IBM extensions included") {
  const std::string text = "株式会社サンプル製作所,①㈱髙,\"note\"\r\n";
  const auto encoded = utf8_to_cp932(text);
  REQUIRE_FALSE(encoded.unencodable);
  CHECK(encoded.text.substr(0, 2) == "\x8a\x94"); // 株
  CHECK(encoded.text.size() < text.size());
  CHECK(cp932_to_utf8(encoded.text) == text);
}

TEST_CASE("a character CP932 cannot hold is reported, never replaced") {
  const auto encoded = utf8_to_cp932("No.3 Peña 🍣");
  REQUIRE(encoded.unencodable);
  CHECK(encoded.unencodable->offset == 7);
  CHECK(encoded.unencodable->character == "ñ");
  CHECK(encoded.unencodable->code_point == U'ñ');
  const auto emoji = utf8_to_cp932("寿司🍣");
  REQUIRE(emoji.unencodable);
  CHECK(emoji.unencodable->character == "🍣");
  CHECK(emoji.unencodable->code_point == 0x1F363);
}

TEST_CASE("bytes that are not CP932 are reported with their offset") {
  std::size_t bad = 0;
  CHECK_FALSE(cp932_to_utf8("ab\x82", &bad)); // a lead byte without its trail byte
  CHECK(bad == 2);
}
