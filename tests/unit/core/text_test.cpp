#include <doctest/doctest.h>

#include "secaction/core/text.hpp"

using namespace secaction;

TEST_CASE("invalid UTF-8 is located by line and character column") {
  CHECK_FALSE(find_invalid_utf8("answers:\n  1: 実施している\n"));
  auto bad = find_invalid_utf8("a: 1\nb: 日本\xff\n");
  REQUIRE(bad);
  CHECK(bad->line == 2);
  CHECK(bad->column == 6);
  CHECK(find_invalid_utf8("\xe6\x97")); // truncated sequence
}

TEST_CASE("display width counts wide Japanese characters as two columns") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("日本語") == 6);
  CHECK(display_width("No.3 パスワード") == 5 + 10);
}

TEST_CASE("scores print without needless decimals") {
  CHECK(format_number(56) == "56");
  CHECK(format_number(-25) == "-25");
  CHECK(format_number(87.5) == "87.5");
  CHECK(format_number(59.615) == "59.6");
  CHECK(format_number(0.04) == "0");
}

TEST_CASE("trim_unicode_space removes ASCII and Unicode spaces around the text, not inside it") {
  CHECK(trim_unicode_space("  yes\t\n") == "yes");
  CHECK(trim_unicode_space("実施している\xe3\x80\x80") == "実施している");         // ideographic space (IME)
  CHECK(trim_unicode_space("\xc2\xa0partial\xe2\x80\x8b") == "partial");         // no-break and zero-width space
  CHECK(trim_unicode_space("\xef\xbb\xbfno") == "no");                            // byte order mark
  CHECK(trim_unicode_space("一部\xe3\x80\x80実施") == "一部\xe3\x80\x80実施");     // inside: kept
  CHECK(trim_unicode_space("\xe3\x80\x80 ").empty());
  CHECK(trim_unicode_space("bad\xff ") == "bad\xff ");                          // invalid UTF-8: as is
}
