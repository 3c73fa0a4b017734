#include <doctest/doctest.h>

#include "secaction/core/text.hpp"
#include "secaction/interactive/wrap.hpp"

using secaction::display_width;
using secaction::interactive::wrap_text;

TEST_CASE("Japanese text wraps by display width, not bytes") {
  // 20 wide characters = 40 columns; a 10-column line holds 5 of them.
  const std::string text = "あいうえおかきくけこさしすせそたちつてと";
  CHECK(wrap_text(text, 10) == "あいうえお\nかきくけこ\nさしすせそ\nたちつてと\n");
}

TEST_CASE("Latin words stay whole and break at spaces") {
  CHECK(wrap_text("the quick brown fox", 10) == "the quick\nbrown fox\n");
  CHECK(wrap_text("abc", 10, "  ") == "  abc\n");
}

TEST_CASE("a line never starts with closing punctuation") {
  CHECK(wrap_text("あいうえ。かき", 8) == "あいうえ。\nかき\n");
}

TEST_CASE("mixed text and line breaks") {
  const auto wrapped = wrap_text("パスワードは English words と混在\n二行目", 12);
  std::size_t start = 0;
  while (start < wrapped.size()) {
    const auto end = wrapped.find('\n', start);
    CHECK(display_width(wrapped.substr(start, end - start)) <= 12);
    start = end + 1;
  }
  CHECK(wrapped.find("二行目\n") != std::string::npos);
  CHECK(wrap_text("a\n\nb", 10) == "a\n\nb\n");
}
