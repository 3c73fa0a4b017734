#include <doctest/doctest.h>

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
