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

TEST_CASE("text for a terminal: controls, bidi and invisible characters become escapes") {
  CHECK(escape_for_terminal("plain ASCII text") == "plain ASCII text");
  CHECK(escape_for_terminal("実施している　（日本語）") == "実施している\\u3000（日本語）");
  CHECK(escape_for_terminal("\x1b]0;pwned\a\x1b[2Jyes") == "\\x1b]0;pwned\\x07\\x1b[2Jyes");
  CHECK(escape_for_terminal(std::string("a\0b", 3)) == "a\\x00b");
  CHECK(escape_for_terminal("line\nbreak\ttab\rcr") == "line\\nbreak\\ttab\\rcr");
  CHECK(escape_for_terminal("del\x7f") == "del\\x7f");
  CHECK(escape_for_terminal("c1\xc2\x85\xc2\x9b") == "c1\\u0085\\u009b");
  CHECK(escape_for_terminal("evil\xe2\x80\xaegpj.exe") == "evil\\u202egpj.exe");
  CHECK(escape_for_terminal("yes\xe2\x80\x8b") == "yes\\u200b");          // zero-width space
  CHECK(escape_for_terminal("\xef\xbb\xbfinstrument") == "\\ufeffinstrument"); // a BOM inside the text
  CHECK(escape_for_terminal("no\xc2\xa0" "break") == "no\\u00a0break");
  CHECK(escape_for_terminal("bad\xff utf8") == "bad\\xff utf8");
  CHECK(escape_for_terminal("en dash – and “quotes”") == "en dash – and “quotes”");
}

TEST_CASE("text for a report: only controls and bidi characters are escaped") {
  CHECK(escape_controls("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m");
  CHECK(escape_controls("keep\nnew\tlines\r") == "keep\nnew\tlines\r");
  CHECK(escape_controls("\xe2\x81\xa6isolate\xe2\x81\xa9") == "\\u2066isolate\\u2069");
  CHECK(escape_controls("株式会社　サンプル") == "株式会社　サンプル");
  CHECK(escape_controls("zero\xe2\x80\x8bwidth") == "zero\xe2\x80\x8bwidth");
  CHECK(control_sequence_length("\xe2\x80\xae!", 0) == 3);
  CHECK(control_sequence_length("\xe2\x80\x94", 0) == 0); // an em dash is text
}

TEST_CASE("generated drafts: runs of blank lines collapse to one and the text ends with one newline") {
  CHECK(collapse_blank_lines("a\n\n\n\nb\n\n") == "a\n\nb\n");
  CHECK(collapse_blank_lines("\n\na\nb") == "a\nb\n");
  CHECK(collapse_blank_lines("") == "\n");
}
