#pragma once
// A neutral report: what to say, not how it looks. Engines' presenters build it; renderers
// (Markdown, CSV, …) turn it into text. All text here is plain: renderers do the escaping.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "secaction/core/provenance.hpp"

namespace secaction::report {

enum class Align { left, right };

struct Heading {
  int level = 2; // 1 is the document title
  std::string text;
};

struct Paragraph {
  std::string text;
};

struct BulletList {
  std::vector<std::string> items;
};

struct Table {
  std::vector<std::string> header;
  std::vector<Align> align; // per column; missing entries mean left
  std::vector<std::vector<std::string>> rows;
};

/// "label: value" lines, e.g. the organisation and the date.
struct FieldList {
  std::vector<std::pair<std::string, std::string>> fields;
};

/// A picture in a file beside the report (e.g. a chart); formats that cannot show it leave it out.
struct Image {
  std::string alt;    // what the picture shows, for readers who cannot see it
  std::string target; // a relative path or URL
};

using Block = std::variant<Heading, Paragraph, BulletList, Table, FieldList, Image>;

/// Where a result falls among its instrument's bands (the self-diagnosis has IPA's four), for the
/// formats that colour it (HTML, XLSX). The label is always shown too: the colour only repeats it.
struct Band {
  std::string label;     // 対策が不十分
  std::size_t rank = 0;  // 0: the best band
  std::size_t count = 1; // how many bands the instrument has
};

/// Whose words a text the report shows is (docs/CONTENT.md): the footer that add_credits_section
/// writes lists them, one line per source.
struct Credit {
  Origin origin = Origin::secaction;
  std::string source; // the document quoted, as the report names it; empty for secaction's texts
  std::string via;    // the secondary source the text is quoted from (official-secondary)
  std::string what;   // what the report shows of it, e.g. 設問文

  bool operator==(const Credit&) const = default;
};

struct Document {
  std::string title;
  std::vector<Block> blocks;
  /// The machine-readable rows (one per item) that the CSV format writes.
  Table records;
  /// Set by cmd from the result (presenters leave it empty); Markdown and CSV do not use it.
  std::optional<Band> band;
  /// Whose words the report shows, in the order first credited (see add_credits_section).
  std::vector<Credit> credits;

  void heading(int level, std::string text) { blocks.emplace_back(Heading{level, std::move(text)}); }
  void paragraph(std::string text) { blocks.emplace_back(Paragraph{std::move(text)}); }
  void bullets(std::vector<std::string> items) { blocks.emplace_back(BulletList{std::move(items)}); }
  void table(Table table) { blocks.emplace_back(std::move(table)); }
  void fields(std::vector<std::pair<std::string, std::string>> fields) { blocks.emplace_back(FieldList{std::move(fields)}); }
  void image(std::string alt, std::string target) { blocks.emplace_back(Image{std::move(alt), std::move(target)}); }
  /// Records that the report shows `what`, written by `origin` (`source` names the document
  /// quoted, `via` the secondary source); a credit given twice is kept once.
  void credit(Origin origin, std::string what, std::string source = {}, std::string via = {}) {
    Credit credit{origin, origin == Origin::secaction ? std::string() : std::move(source),
                  origin == Origin::official_secondary ? std::move(via) : std::string(), std::move(what)};
    if (std::find(credits.begin(), credits.end(), credit) == credits.end()) credits.push_back(std::move(credit));
  }
  /// Appends the blocks of `other` and its credits not given yet (its records stay behind).
  void append(const Document& other) {
    blocks.insert(blocks.end(), other.blocks.begin(), other.blocks.end());
    for (const auto& credit : other.credits) {
      if (std::find(credits.begin(), credits.end(), credit) == credits.end()) credits.push_back(credit);
    }
  }
};

} // namespace secaction::report
