// The content embedded in the binary is trusted (its schema check skipped) only when the library
// is told to trust the build's check, only for embedded files, and instruments load one at a time.
#include <doctest/doctest.h>

#include <map>

#include "secaction/content/embedded.hpp"
#include "secaction/content/library.hpp"
#include "secaction/load/yaml_reader.hpp"

using namespace secaction;

namespace {

// A valid instrument plus a key no schema allows: the converter ignores the key, the schema does not.
std::string instrument_with_stray_key(const std::string& id) {
  return R"(schema: secaction.instrument/v1
id: )" + id + R"(
command: checklist
title: {ja: デモ, en: Demo}
summary: {ja: デモ, en: Demo}
source: {publisher: {ja: 私, en: me}, document: {ja: 文書, en: doc}, edition: {ja: '1', en: '1'}}
scale:
  - {id: "yes", label: {ja: はい, en: Yes}, points: 1}
  - {id: "no", label: {ja: いいえ, en: No}, points: 0}
scoring: {method: completion, max_points_per_item: 1, band_basis: percent}
bands:
  - {id: a, min: 0, max: 49, status: {ja: a, en: a}}
  - {id: b, min: 50, max: 100, status: {ja: b, en: b}}
parts:
  - id: p
    title: {ja: p, en: p}
    items:
      - {number: 1, id: )" + id + R"(.1, question: {ja: q, en: q}}
not_in_the_schema: true
)";
}

// In-memory content whose files say they are (or are not) the embedded copy; counts reads.
class FakeSource final : public content::ContentSource {
public:
  FakeSource(std::map<std::string, std::string> files, bool embedded, std::map<std::string, int>& reads)
      : m_files(std::move(files)), m_embedded(embedded), m_reads(reads) {}
  std::optional<content::SourceFile> read(const std::string& relative) const override {
    auto found = m_files.find(relative);
    if (found == m_files.end()) return std::nullopt;
    ++m_reads[relative];
    return content::SourceFile{"content/" + relative, found->second, m_embedded, {}};
  }
  std::vector<std::string> list(const std::string& subdir, const std::string& suffix) const override {
    std::vector<std::string> names;
    for (const auto& [name, text] : m_files) {
      if (name.starts_with(subdir + "/") && name.ends_with(suffix)) names.push_back(name);
    }
    return names;
  }
  std::string describe() const override { return "fake content"; }

private:
  std::map<std::string, std::string> m_files;
  bool m_embedded;
  std::map<std::string, int>& m_reads;
};

std::unique_ptr<content::ContentSource> fake(bool embedded, std::map<std::string, int>& reads) {
  return std::make_unique<FakeSource>(std::map<std::string, std::string>{{"instruments/one.yaml", instrument_with_stray_key("one")},
                                                                         {"instruments/two.yaml", instrument_with_stray_key("two")}},
                                      embedded, reads);
}

} // namespace

TEST_CASE("embedded content skips its schema check only when the build's check is trusted") {
  std::map<std::string, int> reads;
  content::Library trusting(fake(true, reads), {}, content::EmbeddedCheck::trust_build);
  Diagnostics trusted;
  CHECK(trusting.get("one", trusted) != nullptr);
  CHECK(trusted.empty());

  content::Library checking(fake(true, reads), {}, content::EmbeddedCheck::full);
  Diagnostics checked;
  CHECK(checking.get("one", checked) == nullptr);
  REQUIRE(checked.error_count() == 1);
  INFO(format_diagnostic(checked.all()[0]));
  CHECK(format_diagnostic(checked.all()[0]).starts_with("content/instruments/one.yaml:"));
  CHECK(format_diagnostic(checked.all()[0]).find("unknown key 'not_in_the_schema'") != std::string::npos);
}

TEST_CASE("content that is not the embedded copy is checked in full even when the build's check is trusted") {
  std::map<std::string, int> reads;
  content::Library library(fake(false, reads), {}, content::EmbeddedCheck::trust_build);
  Diagnostics d;
  CHECK(library.get("one", d) == nullptr);
  CHECK(d.error_count() == 1);
}

TEST_CASE("a command reads only the instruments it uses, each once") {
  std::map<std::string, int> reads;
  content::Library library(fake(true, reads), {}, content::EmbeddedCheck::trust_build);
  CHECK(reads.empty()); // listing the ids reads no file
  Diagnostics d;
  REQUIRE(library.get("one", d) != nullptr);
  REQUIRE(library.get("one", d) != nullptr);
  CHECK(reads["instruments/one.yaml"] == 1);
  CHECK(reads.count("instruments/two.yaml") == 0);
}

TEST_CASE("every embedded YAML file carries its packed tree, the very tree read_yaml makes of it") {
  const auto source = content::embedded_content();
  int yaml_files = 0;
  for (const auto& embedded : content::embedded_files()) {
    if (!embedded.path.ends_with(".yaml")) continue;
    ++yaml_files;
    const auto file = source->read(std::string(embedded.path.substr(std::string_view("content/").size())));
    REQUIRE(file);
    CHECK(file->embedded);
    REQUIRE_FALSE(file->packed.empty());
    Diagnostics d;
    const auto tree = load::read_yaml(file->text, file->display_name, d);
    REQUIRE(tree);
    CHECK(nlohmann::json::from_msgpack(file->packed) == tree->root());
  }
  CHECK(yaml_files >= 15);
}
