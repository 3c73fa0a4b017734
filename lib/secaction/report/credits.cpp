#include "secaction/report/credits.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/report/vocabulary.hpp"

namespace secaction::report {
namespace {

struct Line {
  Origin origin;
  std::string source;
  std::string via;
  std::vector<std::string> what;
};

std::string prefix(Lang lang, const Line& line) {
  switch (line.origin) {
  case Origin::official:
    return lang == Lang::ja ? fmt::format("公式（{}）", line.source) : fmt::format("Official ({})", line.source);
  case Origin::official_secondary:
    if (line.via.empty()) {
      return lang == Lang::ja ? fmt::format("公式・二次資料による（{}）", line.source)
                              : fmt::format("Official, as quoted in a secondary source ({})", line.source);
    }
    return lang == Lang::ja ? fmt::format("公式・二次資料による（{}。引用元：{}）", line.source, line.via)
                            : fmt::format("Official, as quoted in {} ({})", line.via, line.source);
  case Origin::secaction: return std::string(tr(lang, "secaction 独自", "secaction's own"));
  }
  return {};
}

} // namespace

void add_credits_section(Document& doc, Lang lang) {
  if (doc.credits.empty()) return;
  std::vector<Line> lines;
  for (const Origin origin : {Origin::official, Origin::official_secondary, Origin::secaction}) {
    for (const auto& credit : doc.credits) {
      if (credit.origin != origin) continue;
      auto line = std::find_if(lines.begin(), lines.end(), [&](const Line& l) {
        return l.origin == credit.origin && l.source == credit.source && l.via == credit.via;
      });
      if (line == lines.end()) line = lines.insert(lines.end(), Line{credit.origin, credit.source, credit.via, {}});
      line->what.push_back(credit.what);
    }
  }
  std::vector<std::string> bullets;
  for (const auto& line : lines) {
    bullets.push_back(fmt::format("{}{}{}", prefix(lang, line), lang == Lang::ja ? "：" : ": ",
                                  fmt::join(line.what, lang == Lang::ja ? "、" : "; ")));
  }
  doc.heading(2, tr(lang, "文言の出典", "Whose words these are"));
  doc.bullets(std::move(bullets));
}

} // namespace secaction::report
