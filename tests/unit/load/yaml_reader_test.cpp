#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "secaction/load/yaml_reader.hpp"

using namespace secaction;
using namespace secaction::load;

namespace {
std::string first_error(const Diagnostics& d) { return d.empty() ? "" : format_diagnostic(d.in_reading_order().front()); }
} // namespace

TEST_CASE("YAML 1.2 core schema: yes/no stay text, numbers and dates resolve as expected") {
  Diagnostics d;
  auto tree = read_yaml("a: yes\nb: no\nc: 3\nd: 2026-11-20\ne: '4'\nf: ~\ng: true\nh: 1.5\n", "t.yaml", d);
  REQUIRE(tree);
  CHECK(d.empty());
  const auto& root = tree->root();
  CHECK(root["a"] == "yes");
  CHECK(root["b"] == "no");
  CHECK(root["c"] == 3);
  CHECK(root["d"] == "2026-11-20");
  CHECK(root["e"] == "4");
  CHECK(root["f"].is_null());
  CHECK(root["g"] == true);
  CHECK(root["h"] == 1.5);
}

TEST_CASE("marks point at the value and at the key, 1-based") {
  Diagnostics d;
  auto tree = read_yaml("answers:\n  3: partial\n", "t.yaml", d);
  REQUIRE(tree);
  CHECK(tree->at("/answers/3").line == 2);
  CHECK(tree->at("/answers/3").column == 6);
  CHECK(tree->key_at("/answers/3").column == 3);
}

TEST_CASE("duplicate keys are reported at the second one, and the rest is still read") {
  Diagnostics d;
  auto tree = read_yaml("a: 1\nb: 2\na: 3\n", "t.yaml", d);
  CHECK(first_error(d) == "t.yaml:3:1: error: duplicate key 'a' (first given at line 1); each key may appear only once");
  REQUIRE(tree);
  CHECK(tree->root()["a"] == 1);
  CHECK(tree->root()["b"] == 2);
}

TEST_CASE("inputs that are not YAML text are refused with a position") {
  Diagnostics d;
  CHECK_FALSE(read_yaml("", "e.yaml", d));
  CHECK(first_error(d) == "e.yaml:1:1: error: file is empty");

  Diagnostics comments;
  CHECK_FALSE(read_yaml("# only a comment\n\n", "c.yaml", comments));
  CHECK(first_error(comments) == "c.yaml:1:1: error: file is empty");

  Diagnostics binary;
  CHECK_FALSE(read_yaml(std::string("a: 1\n\0\x01", 7), "b.bin", binary));
  CHECK(first_error(binary).rfind("b.bin:2:1: error: file contains a NUL byte", 0) == 0);

  Diagnostics encoding;
  CHECK_FALSE(read_yaml("a: \x82\xa0\n", "sjis.yaml", encoding));
  CHECK(first_error(encoding).rfind("sjis.yaml:1:4: error: invalid UTF-8", 0) == 0);

  Diagnostics syntax;
  CHECK_FALSE(read_yaml("a: [1, 2\n", "s.yaml", syntax));
  CHECK(first_error(syntax).find("s.yaml:2:1: error: not valid YAML") == 0);
}

TEST_CASE("a UTF-8 byte order mark and CRLF line ends are accepted") {
  Diagnostics d;
  auto tree = read_yaml("\xEF\xBB\xBFinstrument: self-diagnosis\r\nanswers:\r\n  1: yes\r\n", "bom.yaml", d);
  REQUIRE(tree);
  CHECK(d.empty());
  CHECK(tree->root()["instrument"] == "self-diagnosis");
  CHECK(tree->root()["answers"]["1"] == "yes");
}

TEST_CASE("alias expansion bombs and deep nesting are refused, not expanded") {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char previous = 'a';
  for (char name = 'b'; name <= 'j'; ++name) {
    bomb += std::string(1, name) + ": &" + name + " [";
    for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", *" : "*") + previous;
    bomb += "]\n";
    previous = name;
  }
  Diagnostics d;
  CHECK_FALSE(read_yaml(bomb, "bomb.yaml", d));
  CHECK(first_error(d).find("expands to more than") != std::string::npos);

  Diagnostics deep;
  CHECK_FALSE(read_yaml(std::string(100, '[') + std::string(100, ']'), "deep.yaml", deep));
  CHECK(first_error(deep).find("nesting deeper than") != std::string::npos);
}

TEST_CASE("the escapes \\N and \\_ give UTF-8 text (yaml-cpp gives single bytes, which broke JSON output)") {
  Diagnostics diagnostics;
  const auto tree = read_yaml("a: \"x\\Ny\"\nb: \"x\\_y\"\n\"k\\N\": 1\n", "t.yaml", diagnostics);
  REQUIRE(tree);
  CHECK(tree->root()["a"] == "x\xc2\x85y");
  CHECK(tree->root()["b"] == "x\xc2\xa0y");
  CHECK(tree->root().contains("k\xc2\x85"));
  CHECK_NOTHROW((void)tree->root().dump());
}

TEST_CASE("one large string repeated by aliases is refused by its expanded size, before expanding") {
  // 64 bytes of text aliased 100 times: 6,400 bytes expanded, over a 4 KiB limit with 102 nodes.
  std::string text = "big: &b \"" + std::string(64, 'x') + "\"\nlist: [";
  for (int i = 0; i < 100; ++i) text += "*b, ";
  text += "end]\n";
  YamlLimits limits;
  limits.max_expanded_bytes = 4096;
  Diagnostics diagnostics;
  CHECK_FALSE(read_yaml(text, "s.yaml", diagnostics, limits));
  CHECK(first_error(diagnostics) == "s.yaml:2:7: error: aliases repeat this text to more than 0 MiB (4096 bytes) in all; refusing to read it");
  // The same text within the limit is read (the bound counts what aliases add, not the file).
  Diagnostics fine;
  limits.max_expanded_bytes = 8192;
  CHECK(read_yaml(text, "s.yaml", fine, limits));
}

TEST_CASE("a document without aliases over the node limit is not blamed on aliases") {
  std::string text = "list: [";
  for (int i = 0; i < 50; ++i) text += "1, ";
  text += "1]\n";
  YamlLimits limits;
  limits.max_nodes = 20;
  Diagnostics diagnostics;
  CHECK_FALSE(read_yaml(text, "p.yaml", diagnostics, limits));
  CHECK(first_error(diagnostics).find("the document has more than 20 values (each key, value and list entry counts)") !=
        std::string::npos);
  CHECK(first_error(diagnostics).find("alias") == std::string::npos);
}

TEST_CASE("nesting past the limit is named as such, in flow and block style and through aliases") {
  Diagnostics flow;
  CHECK_FALSE(read_yaml("a: " + std::string(600, '[') + std::string(600, ']') + "\n", "f.yaml", flow));
  CHECK(first_error(flow) == "f.yaml:1:68: error: nesting deeper than 64 levels; refusing to read it");
  std::string block = "a:\n";
  for (int level = 1; level <= 600; ++level) block += std::string(static_cast<std::size_t>(level), ' ') + "b:\n";
  Diagnostics deep_block;
  CHECK_FALSE(read_yaml(block, "b.yaml", deep_block));
  CHECK(first_error(deep_block).find("b.yaml:66:66:") == 0); // the 65th level below the top
  CHECK(first_error(deep_block).find("nesting deeper than 64 levels") != std::string::npos);
  std::string chain = "c0: &c0 x\n";
  for (int i = 1; i <= 70; ++i) chain += "c" + std::to_string(i) + ": &c" + std::to_string(i) + " [*c" + std::to_string(i - 1) + "]\n";
  Diagnostics aliases;
  CHECK_FALSE(read_yaml(chain, "c.yaml", aliases));
  CHECK(first_error(aliases).find("a chain of aliases nests deeper than 64 levels") != std::string::npos);
}

TEST_CASE("shapes yaml-cpp reports confusingly get one clear line") {
  Diagnostics tabs;
  CHECK_FALSE(read_yaml("a:\n  b: 1\n\tc: 2\n", "t.yaml", tabs));
  CHECK(first_error(tabs) == "t.yaml:3:1: error: tabs are not allowed in YAML indentation; indent with spaces");
  Diagnostics tab_after_colon; // a tab after ':' is fine
  CHECK(read_yaml("a:\t1\n", "t.yaml", tab_after_colon));

  Diagnostics merge;
  CHECK_FALSE(read_yaml("base: &b {x: 1}\nuse:\n  <<: *b\n  y: 2\n", "m.yaml", merge));
  CHECK(merge.error_count() == 1);
  CHECK(first_error(merge) == "m.yaml:3:3: error: YAML merge keys ('<<: *anchor') are not supported; write the keys out in full");
  Diagnostics quoted_merge; // a quoted "<<" is an ordinary key
  CHECK(read_yaml("\"<<\": 1\n", "m.yaml", quoted_merge));

  Diagnostics tilde;
  CHECK(read_yaml("answers:\n  1: yes\n  ~: yes\n", "k.yaml", tilde));
  CHECK(first_error(tilde) == "k.yaml:3:3: error: an item number is missing before ':' (the key is ~, null or empty); write the item's number");
  Diagnostics null_key;
  CHECK(read_yaml("null: 1\n", "k.yaml", null_key));
  CHECK(first_error(null_key) == "k.yaml:1:1: error: a key is missing before ':' (it is ~, null or empty); write a name");

  Diagnostics after_end;
  CHECK_FALSE(read_yaml("a: 1\n...\nthis is: [not yaml\n", "e.yaml", after_end));
  CHECK(first_error(after_end).find("e.yaml:4:1: error: not valid YAML") == 0);
  Diagnostics second;
  CHECK_FALSE(read_yaml("a: 1\n---\nb: 2\n", "e.yaml", second));
  CHECK(first_error(second).find("e.yaml:3:1: error: a second YAML document starts here") == 0);
  Diagnostics closing_marker;
  CHECK(read_yaml("---\na: 1\n...\n", "e.yaml", closing_marker));
}

TEST_CASE("UTF-16 is named, with the fix") {
  const std::string text = "a: 1\n";
  std::string little = "\xFF\xFE";
  std::string big;
  for (char c : text) {
    little += c;
    little += '\0';
    big += '\0';
    big += c;
  }
  Diagnostics with_bom;
  CHECK_FALSE(read_yaml(little, "u.yaml", with_bom));
  CHECK(first_error(with_bom) == "u.yaml:1:1: error: file is UTF-16 (little-endian), not UTF-8; save it as UTF-8 (in Notepad: Save As, "
                                 "Encoding: UTF-8)");
  Diagnostics without_bom;
  CHECK_FALSE(read_yaml(big, "u.yaml", without_bom));
  CHECK(first_error(without_bom).find("file is UTF-16 (big-endian)") != std::string::npos);
}

TEST_CASE("an alias is a copy of the node it names, with that node's marks, nested aliases included") {
  Diagnostics d;
  const auto tree = read_yaml("base: &b {x: 1, y: [2, 3]}\nmore: &m [*b, 4]\nuse:\n  one: *b\n  two: *m\n", "a.yaml", d);
  REQUIRE(tree);
  CHECK(d.empty());
  CHECK(tree->root()["use"]["one"] == tree->root()["base"]);
  CHECK(tree->root()["use"]["two"][0]["y"][1] == 3);
  CHECK(tree->root()["use"]["two"][1] == 4);
  // Marks are those of the named node (yaml-cpp keeps none for the alias itself).
  CHECK(tree->at("/use/one/x").line == 1);
  CHECK(tree->at("/use/one/x").column == 14);
  CHECK(tree->key_at("/use/one/y").column == 17);
  CHECK(tree->at("/use/two/0/y/1").line == 1);
  CHECK(tree->at("/use/two/0/y/1").column == 24);
  CHECK(tree->at("/use/two/1").line == 2);
  CHECK(tree->at("/use/two/1").column == 15);
}

TEST_CASE("findings from converting wait for the whole text: a later syntax error is the one line reported") {
  Diagnostics d;
  CHECK_FALSE(read_yaml("a: 1\na: 2\nb: [1, 2\n", "s.yaml", d));
  REQUIRE(d.error_count() == 1);
  CHECK(first_error(d).find("not valid YAML") != std::string::npos);
}

namespace {

// Every pointer of a tree, in document order of the JSON (keys sorted).
void every_pointer(const nlohmann::json& value, const std::string& pointer, std::vector<std::string>& out) {
  out.push_back(pointer);
  if (value.is_object()) {
    for (const auto& [key, child] : value.items()) every_pointer(child, child_pointer(pointer, key), out);
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) every_pointer(value[i], child_pointer(pointer, i), out);
  }
}

const char* const k_quick_text = "instrument: self-diagnosis\n"
                                 "organization:\n"
                                 "  name: 株式会社テスト\n"
                                 "answers:\n"
                                 "  1: はい\n"
                                 "  2: {answer: いいえ, note: \"メモ\"}\n"
                                 "list:\n"
                                 "  - 一\n"
                                 "  - [二, 三]\n"
                                 "'a/b~c': 4\n";

} // namespace

TEST_CASE("a valid text is parsed once; its marks are read when one is first asked for") {
  Diagnostics d;
  const std::vector<std::string> kept{"/instrument", "/organization/name", "/answers/2/note", "/absent"};
  auto tree = read_yaml(k_quick_text, "t.yaml", d, {}, kept);
  REQUIRE(tree);
  CHECK(d.empty());
  CHECK_FALSE(tree->marks_read());
  // Kept marks are at hand without a second parse; columns count characters, not bytes.
  CHECK(tree->at("/instrument").column == 13);
  CHECK(tree->at("/organization/name").line == 3);
  CHECK(tree->at("/organization/name").column == 9);
  CHECK(tree->key_at("/organization/name").column == 3);
  CHECK(tree->at("/answers/2/note").line == 6);
  CHECK(tree->at("/answers/2/note").column == 26);
  CHECK(tree->key_at("/answers/2/note").column == 20);
  CHECK_FALSE(tree->marks_read());
  // Any other mark reads them all.
  CHECK(tree->at("/list/1/1").line == 9);
  CHECK(tree->at("/list/1/1").column == 9);
  CHECK(tree->marks_read());
  CHECK(tree->key_at("/a~1b~0c").line == 10);
  CHECK(tree->at("/answers/2/note").column == 26);
  CHECK(tree->key_at("/answers/2/note").column == 20);
}

TEST_CASE("marks read later are the marks a careful read takes at once") {
  // An alias sends a text down the careful read (every mark at once); the same document with the
  // alias only in a comment on the first line reads quickly. Both give the same tree and marks.
  Diagnostics d;
  const std::string text = k_quick_text;
  auto quick = read_yaml(text, "t.yaml", d);
  auto careful = read_yaml("# *\n" + text, "t.yaml", d);
  REQUIRE(quick);
  REQUIRE(careful);
  CHECK(d.empty());
  CHECK_FALSE(quick->marks_read());
  CHECK(careful->marks_read());
  CHECK(quick->root() == careful->root());
  std::vector<std::string> pointers;
  every_pointer(quick->root(), "", pointers);
  CHECK(pointers.size() == 15);
  for (const auto& pointer : pointers) {
    CAPTURE(pointer);
    CHECK(quick->at(pointer).line + 1 == careful->at(pointer).line);
    CHECK(quick->at(pointer).column == careful->at(pointer).column);
    CHECK(quick->key_at(pointer).line + 1 == careful->key_at(pointer).line);
    CHECK(quick->key_at(pointer).column == careful->key_at(pointer).column);
  }
}

TEST_CASE("marks moved before they are read move when they are read") {
  Diagnostics d;
  auto tree = read_yaml("a: 1\nb: {c: 2}\n", "t.yaml", d);
  REQUIRE(tree);
  REQUIRE_FALSE(tree->marks_read());
  tree->move_marks([renamed = std::string("/B")](std::string& pointer) {
    if (pointer.starts_with("/b")) pointer.replace(0, 2, renamed);
    return pointer != "/a"; // dropped
  });
  CHECK_FALSE(tree->marks_read());
  CHECK(tree->at("/B/c").line == 2);
  CHECK(tree->at("/B/c").column == 8);
  CHECK(tree->key_at("/B").column == 1);
  CHECK(tree->at("/a").line == 1); // dropped: falls back to the root
  CHECK(tree->at("/a").column == 1);
  CHECK(tree->marks_read());
}

TEST_CASE("a text with a problem is read carefully: the message is the same as without the quick read") {
  Diagnostics d;
  auto tree = read_yaml("a: 1\nb:\n  c: 2\n  c: 3\n", "t.yaml", d);
  REQUIRE(tree); // a duplicate key leaves a usable tree
  CHECK(tree->marks_read());
  CHECK(first_error(d) == "t.yaml:4:3: error: duplicate key 'c' (first given at line 3); each key may appear only once");
}
