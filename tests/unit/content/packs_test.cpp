// Content packs layered over the built-in content: additions, collisions, replacements, editions
// side by side, and files that replace the built-in ones.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "secaction/content/editions.hpp"
#include "secaction/content/library.hpp"
#include "secaction/load/answers_loader.hpp"

using namespace secaction;
namespace fs = std::filesystem;

namespace {

// A directory of this process's own, removed when the test case ends.
struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& name)
      : path(fs::temp_directory_path() / ("secaction-unit-" + std::to_string(::getpid()) + "-packs-" + name)) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

// A small checklist instrument; `extra` adds top-level lines (edition, maps_from, replaces).
std::string instrument(const std::string& id, const std::string& extra, const std::string& items = "1: 一\n2: 二\n") {
  std::string text = "schema: secaction.instrument/v1\nid: " + id + "\ncommand: checklist\n" + extra +
                     "title: {ja: パック, en: Pack}\nsummary: {ja: パック, en: Pack}\n"
                     "source: {publisher: {ja: 私, en: me}, document: {ja: 文書, en: doc}, edition: {ja: 版, en: ed}}\n"
                     "scale:\n  - {id: \"yes\", label: {ja: はい, en: Yes}, points: 1}\n  - {id: \"no\", label: {ja: いいえ, en: No}, points: 0}\n"
                     "scoring: {method: completion, max_points_per_item: 1, band_basis: percent}\n"
                     "parts:\n  - id: p\n    title: {ja: p, en: p}\n    items:\n";
  std::size_t start = 0;
  while (start < items.size()) {
    const auto end = items.find('\n', start);
    const std::string line = items.substr(start, end - start);
    const auto colon = line.find(':');
    const std::string number = line.substr(0, colon);
    text += "      - {number: \"" + number + "\", id: " + id + "." + number + ", question: {ja: \"" + line.substr(colon + 2) +
            "\", en: q}}\n";
    start = end + 1;
  }
  return text;
}

std::string messages(const Diagnostics& d) {
  std::string all;
  for (const auto& diagnostic : d.all()) all += format_diagnostic(diagnostic) + "\n";
  return all;
}

} // namespace

TEST_CASE("packs: a pack's instrument is added beside the built-in ones, and listed with its pack") {
  const TempDir dir("add");
  const auto pack = dir.path / "extra";
  write(pack / "instruments/extra-check.yaml", instrument("extra-check", "edition: \"2025\"\n"));
  content::Library library(content::embedded_content(), {pack});
  CHECK(library.problems().empty());
  Diagnostics d;
  const auto* extra = library.get("extra-check", d);
  REQUIRE(extra != nullptr);
  CHECK(extra->edition == "2025");
  CHECK(library.get("extra-check@2025", d) == extra);
  CHECK(library.pack_of(*extra) == "extra");
  CHECK(library.get("cloud", d) != nullptr);
  CHECK(library.pack_of(*library.get("cloud", d)).empty());
  bool listed = false;
  for (const auto& entry : library.installed()) listed = listed || (entry.key() == "extra-check@2025" && entry.pack == "extra");
  CHECK(listed);
}

TEST_CASE("packs: an id the built-in content has is an error unless the pack replaces the named built-in edition") {
  const TempDir dir("collide");
  const auto& root = dir.path;
  write(root / "a/instruments/cloud.yaml", instrument("cloud", "edition: \"4.0\"\n"));
  {
    content::Library library(content::embedded_content(), {root / "a"});
    CHECK(messages(library.problems()).find("instrument 'cloud' is also built in (edition 第3.1版（2023年4月）); a pack adds "
                                            "instruments") != std::string::npos);
  }
  write(root / "b/instruments/cloud.yaml", instrument("cloud", "edition: \"4.0\"\nreplaces: {edition: \"3.0\"}\n"));
  {
    content::Library library(content::embedded_content(), {root / "b"});
    CHECK(messages(library.problems()).find("replaces: the built-in 'cloud' is edition '第3.1版（2023年4月）' (3.1 (April 2023)), not "
                                            "'3.0'") != std::string::npos);
  }
  write(root / "c/instruments/cloud.yaml", instrument("cloud", "edition: \"4.0\"\nreplaces: {edition: \"3.1 (April 2023)\"}\n"));
  {
    content::Library library(content::embedded_content(), {root / "c"});
    CHECK(library.problems().empty());
    Diagnostics d;
    const auto* cloud = library.get("cloud", d);
    REQUIRE(cloud != nullptr);
    CHECK(cloud->edition == "4.0");
    CHECK(cloud->item_count() == 2);
  }
  write(root / "d/instruments/no-such.yaml", instrument("no-such", "replaces: {edition: x}\n"));
  content::Library library(content::embedded_content(), {root / "d"});
  CHECK(messages(library.problems()).find("replaces: there is no built-in instrument 'no-such' to replace") != std::string::npos);
}

TEST_CASE("packs: two editions side by side; a bare id means the newest by maps_from") {
  const TempDir dir("editions");
  const auto& root = dir.path;
  write(root / "old/instruments/star.yaml", instrument("star", "edition: \"2025\"\n"));
  write(root / "new/instruments/star.yaml", instrument("star", "edition: \"2026\"\nmaps_from: {edition: \"2025\", items: {\"3\": \"2\"}}\n",
                                                       "1: 一\n3: 三\n"));
  content::Library library(content::embedded_content(), {root / "new", root / "old"});
  CHECK(library.problems().empty());
  Diagnostics d;
  const auto* current = library.get("star", d);
  REQUIRE(current != nullptr);
  CHECK(current->edition == "2026");
  const auto* older = library.get("star@2025", d);
  REQUIRE(older != nullptr);
  CHECK(library.get("star@2024", d) == nullptr);
  CHECK(messages(d).find("edition '2024' of 'star' is not installed; installed: 2026, 2025") != std::string::npos);
  // The chain, and a map that names an item the older edition lacks.
  Diagnostics chain_d;
  const auto chain = content::edition_chain(library, *older, *current, {}, chain_d);
  REQUIRE(chain);
  CHECK(chain->size() == 2);
  Diagnostics check;
  library.check_all(check);
  CHECK(check.empty());
  // An answer file names its edition.
  Diagnostics answers_d;
  auto loaded = load::load_answer_file("instrument: star\nedition: \"2025\"\nanswers: {1: \"yes\", 2: \"no\"}\n", "a.yaml", library, {},
                                       answers_d);
  REQUIRE(loaded);
  CHECK(loaded->instrument == older);
  CHECK(loaded->answers.edition == "2025");
  auto missing = load::load_answer_file("instrument: star\nedition: \"2030\"\nanswers: {1: \"yes\"}\n", "b.yaml", library, {}, answers_d);
  CHECK_FALSE(missing);
  CHECK(messages(answers_d).find("b.yaml:2:10: error: edition '2030' of 'star' is not installed") != std::string::npos);
}

TEST_CASE("packs: two editions that are not connected by maps_from make a bare id ambiguous") {
  const TempDir dir("ambiguous");
  const auto& root = dir.path;
  write(root / "a/instruments/star.yaml", instrument("star", "edition: \"a\"\n"));
  write(root / "b/instruments/star.yaml", instrument("star", "edition: \"b\"\n"));
  write(root / "c/instruments/star.yaml", instrument("star", "edition: \"b\"\n"));
  content::Library library(content::embedded_content(), {root / "a", root / "b", root / "c"});
  CHECK(messages(library.problems()).find("edition 'b' of 'star' is also in pack 'b'") != std::string::npos);
  Diagnostics d;
  CHECK(library.get("star", d) == nullptr);
  CHECK(messages(d).find("several editions of 'star' are installed and none is the newest by their maps_from (star@a, star@b)") !=
        std::string::npos);
}

TEST_CASE("packs: maps_from naming items the older edition lacks fails check_all") {
  const TempDir dir("badmap");
  const auto& root = dir.path;
  write(root / "old/instruments/star.yaml", instrument("star", "edition: \"1\"\n"));
  write(root / "new/instruments/star.yaml", instrument("star", "edition: \"2\"\nmaps_from: {edition: \"1\", items: {\"1\": \"9\"}}\n"));
  content::Library library(content::embedded_content(), {root / "old", root / "new"});
  Diagnostics d;
  library.check_all(d);
  CHECK(messages(d).find("maps_from.items: 1 maps to item 9, which edition 1 does not have") != std::string::npos);
}

TEST_CASE("packs: templates and policy templates are layered; replacing a built-in one must be declared") {
  const TempDir dir("files");
  const auto& root = dir.path;
  write(root / "a/policy/basic-policy.ja.md.mustache", "# 私たちの方針\n");
  {
    content::Library library(content::embedded_content(), {root / "a"});
    CHECK(messages(library.problems()).find("policy/basic-policy.ja.md.mustache is also in the content below this pack; list it under "
                                            "`replaces:`") != std::string::npos);
  }
  write(root / "a/pack.yaml", "schema: secaction.pack/v1\nname: our-policy\nreplaces: [policy/basic-policy.ja.md.mustache]\n");
  write(root / "a/templates/extra.txt", "new file\n");
  content::Library library(content::embedded_content(), {root / "a"});
  CHECK(library.problems().empty());
  CHECK(library.packs().front().name == "our-policy");
  CHECK(library.read_text("policy/basic-policy.ja.md.mustache").text == "# 私たちの方針\n");
  CHECK(library.read_text("templates/extra.txt").text == "new file\n");
  CHECK(library.read_text("policy/basic-policy.en.md.mustache").text.find("{{") != std::string::npos); // still built in
  write(root / "b/pack.yaml", "schema: secaction.pack/v1\nreplaces: [templates/nothing.txt]\n");
  content::Library broken(content::embedded_content(), {root / "b"});
  CHECK(messages(broken.problems()).find("replaces: 'templates/nothing.txt' is not a file of this pack") != std::string::npos);
}

TEST_CASE("packs: a broken pack instrument is a problem of the pack, reported with its file") {
  const TempDir dir("broken");
  const auto& root = dir.path;
  write(root / "p/instruments/bad.yaml", "schema: secaction.instrument/v1\nid: other\n");
  content::Library library(content::embedded_content(), {root / "p"});
  CHECK(library.problems().has_errors());
  CHECK(messages(library.problems()).find((root / "p/instruments/bad.yaml").string()) != std::string::npos);
}
