#include "secaction/risk/top_threats.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace secaction::risk {
namespace {

std::string previous_text(Lang lang, const TopThreatEntry* entry) {
  if (entry == nullptr) return "";
  if (entry->is_new) return "NEW"; // as IPA's table marks it
  if (!entry->previous) return "—";
  return lang == Lang::ja ? fmt::format("{}位", *entry->previous) : std::to_string(*entry->previous);
}

} // namespace

std::string top_threats_path(int year) { return fmt::format("threats/top10-{}.yaml", year); }

void add_top_threat_lists(report::Document& doc, Lang lang, const TopThreatLists& lists) {
  doc.heading(2, lists.title.in(lang));
  const std::string origin = origin_label(lang, lists.origin, lists.via);
  doc.paragraph(lang == Lang::ja
                    ? fmt::format("{}が前年の事故や攻撃の状況から選んだ10大脅威です。出典：{}（{}）。順位と名称は{}の文言です。",
                                  lists.publisher.ja, lists.source.ja, lists.url, origin)
                    : fmt::format("The top ten threats {} chose from the incidents and attacks of the year before. Source: {} "
                                  "({}). Ranks and names: {}; the English names are secaction's renderings.",
                                  lists.publisher.en, lists.source.en, lists.url, origin));
  report::Table table;
  std::size_t rows = 0;
  table.header = {tr(lang, "順位", "Rank")};
  table.align = {report::Align::right};
  for (const auto& list : lists.lists) {
    table.header.push_back(list.title.in(lang));
    table.header.push_back(tr(lang, "昨年", "Last year"));
    table.align.push_back(report::Align::left);
    table.align.push_back(report::Align::right);
    for (const auto& entry : list.entries) rows = std::max(rows, static_cast<std::size_t>(entry.rank));
  }
  for (std::size_t rank = 1; rank <= rows; ++rank) {
    std::vector<std::string> row{lang == Lang::ja ? fmt::format("{}位", rank) : std::to_string(rank)};
    for (const auto& list : lists.lists) {
      const auto* entry = list.find(static_cast<int>(rank));
      row.push_back(entry == nullptr ? "" : entry->name.in(lang));
      row.push_back(previous_text(lang, entry));
    }
    table.rows.push_back(std::move(row));
  }
  doc.table(std::move(table));
  doc.credit(lists.origin, fmt::format("{}{}", lists.title.in(lang), tr(lang, "の順位と名称", ": ranks and names")),
             lists.source.in(lang), lists.via.in(lang));
}

std::vector<std::string> official_texts(const TopThreatLists& lists) {
  std::vector<std::string> out;
  for (const auto& list : lists.lists) {
    out.push_back(list.title.ja);
    for (const auto& entry : list.entries) out.push_back(entry.name.ja);
  }
  return out;
}

} // namespace secaction::risk
