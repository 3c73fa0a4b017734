#include <doctest/doctest.h>

#include "secaction/report/markdown.hpp"

using namespace secaction::report;

TEST_CASE("text from input cannot add Markdown structure") {
  CHECK(escape_markdown("a|b") == "a\\|b");
  CHECK(escape_markdown("# Heading") == "\\# Heading");
  CHECK(escape_markdown("[link](http://x)") == "\\[link\\](http://x)");
  CHECK(escape_markdown("<script>") == "\\<script\\>");
  CHECK(escape_markdown("- item") == "\\- item");
  CHECK(escape_markdown("1. item") == "1\\. item");
  CHECK(escape_markdown("line one\nline two") == "line one line two");
  CHECK(escape_markdown("*bold* _it_ `code`") == "\\*bold\\* \\_it\\_ \\`code\\`");
  CHECK(escape_markdown("日本語のテキスト") == "日本語のテキスト");
}

TEST_CASE("inside a table cell numbers stay readable") {
  CHECK(escape_markdown("-1", MarkdownPlace::table_cell) == "-1");
  CHECK(escape_markdown("59.6%", MarkdownPlace::table_cell) == "59.6%");
  CHECK(escape_markdown("a|b", MarkdownPlace::table_cell) == "a\\|b");
}

TEST_CASE("a document renders headings, fields, lists and aligned tables") {
  Document doc;
  doc.title = "Report";
  doc.fields({{"Score", "56"}});
  doc.heading(2, "Parts");
  doc.table({{"Part", "Score"}, {Align::left, Align::right}, {{"One", "12"}}});
  doc.bullets({"a", "b"});
  doc.paragraph("End.");
  CHECK(render_markdown(doc) == "# Report\n\n- **Score**: 56\n\n## Parts\n\n| Part | Score |\n| --- | ---: |\n| One | 12 |\n\n- a\n- b\n\nEnd.\n");
}

TEST_CASE("control bytes and bidi overrides are shown as escapes, not passed to a viewer") {
  CHECK(escape_markdown("\x1b]0;pwned\a\x1b[2JAcme") == "\\\\x1b\\]0;pwned\\\\x07\\\\x1b\\[2JAcme");
  CHECK(escape_markdown(std::string("nul\0byte", 8)) == "nul\\\\x00byte");
  CHECK(escape_markdown("evil\xe2\x80\xaegpj.exe") == "evil\\\\u202egpj.exe");
  CHECK(escape_markdown("c1\xc2\x9b") == "c1\\\\u009b");
  CHECK(escape_markdown("tab\tkept") == "tab\tkept");
  CHECK(escape_markdown("em — dash and é") == "em — dash and é");
}
