#pragma once
// IPA's 情報セキュリティ10大脅威 of one year: both lists (組織 and 個人) with last year's ranks, from a
// dated content file (content/threats/top10-<year>.yaml), so a newer year is added as content.
#include <optional>
#include <string>
#include <vector>

#include "secaction/core/lang.hpp"
#include "secaction/core/provenance.hpp"
#include "secaction/report/document.hpp"

namespace secaction::risk {

struct TopThreatEntry {
  int rank = 0;
  LocalText name;
  std::optional<int> previous; // last year's rank; none when the list marks it new
  bool is_new = false;
};

struct TopThreatList {
  std::string id; // organization | individual
  LocalText title;
  std::vector<TopThreatEntry> entries;

  [[nodiscard]] const TopThreatEntry* find(int rank) const {
    for (const auto& entry : entries) {
      if (entry.rank == rank) return &entry;
    }
    return nullptr;
  }
};

struct TopThreatLists {
  int year = 0;
  Origin origin = Origin::official;
  LocalText via; // for official-secondary
  LocalText title;
  LocalText publisher;
  LocalText source; // the document the lists are quoted from, as reports name it
  std::string url;
  std::vector<TopThreatList> lists; // in file order

  [[nodiscard]] const TopThreatList* find(const std::string& id) const {
    for (const auto& list : lists) {
      if (list.id == id) return &list;
    }
    return nullptr;
  }
};

/// The content path of a year's lists: "threats/top10-2020.yaml".
std::string top_threats_path(int year);

/// Adds a section with both lists side by side (rank, 組織, last year, 個人, last year), the source
/// and its URL, and credits the names as the source's words.
void add_top_threat_lists(report::Document& doc, Lang lang, const TopThreatLists& lists);

/// Every Japanese name, for the verbatim content test.
std::vector<std::string> official_texts(const TopThreatLists& lists);

} // namespace secaction::risk
