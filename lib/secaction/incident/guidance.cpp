#include "secaction/incident/guidance.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/report/vocabulary.hpp"

namespace secaction::incident {
namespace {

constexpr const char* k_months[] = {"January", "February", "March",     "April",   "May",      "June",
                                    "July",    "August",   "September", "October", "November", "December"};

// "2016-12" or "2022-04-01" (checked by the schema) as a reader writes it.
std::string date_text(Lang lang, const std::string& date) {
  const int year = std::stoi(date.substr(0, 4));
  const int month = std::stoi(date.substr(5, 2));
  const std::string month_en = k_months[(month - 1) % 12];
  if (date.size() == 7) return lang == Lang::ja ? fmt::format("{}年{}月", year, month) : fmt::format("{} {}", month_en, year);
  const int day = std::stoi(date.substr(8, 2));
  return lang == Lang::ja ? fmt::format("{}年{}月{}日", year, month, day) : fmt::format("{} {} {}", day, month_en, year);
}

bool contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::string joined(Lang lang, const std::vector<std::string>& items) {
  return fmt::format("{}", fmt::join(items, report::list_separator(lang)));
}

std::string laws_cell(Lang lang, const IncidentLaws& laws, const IncidentKind& kind) {
  std::vector<std::string> names;
  for (const auto& id : kind.laws) {
    const auto* law = laws.law(id);
    if (law == nullptr) continue; // the loader refuses unknown ids
    std::string name = law->name.in(lang);
    if (id == "penal-code" && !kind.offences.empty()) {
      std::vector<std::string> offences;
      for (const auto& offence_id : kind.offences) {
        if (const auto* offence = laws.offence(offence_id)) offences.push_back(offence->name.in(lang));
      }
      name += lang == Lang::ja ? fmt::format("（{}）", joined(lang, offences)) : fmt::format(" ({})", joined(lang, offences));
    }
    names.push_back(std::move(name));
  }
  return joined(lang, names);
}

std::string source_cell(Lang lang, const SupportContacts& contacts, const Contact& entry) {
  const std::string label = origin_label(lang, entry.origin);
  const auto* source = contacts.source(entry.source);
  if (entry.origin == Origin::secaction || source == nullptr) return label;
  return lang == Lang::ja ? fmt::format("{}：{}（{}）", label, source->title.ja, date_text(lang, source->as_of))
                          : fmt::format("{}: {} ({})", label, source->title.en, date_text(lang, source->as_of));
}

std::string what_cell(Lang lang, const Contact& entry) {
  std::vector<std::string> parts;
  if (!entry.what.in(lang).empty()) parts.push_back(entry.what.in(lang));
  const auto& kinds = lang == Lang::ja ? entry.kinds_ja : entry.kinds_en;
  if (!kinds.empty()) parts.push_back(joined(lang, kinds));
  if (!entry.note.in(lang).empty()) {
    parts.push_back(lang == Lang::ja ? fmt::format("補足（secaction）：{}", entry.note.ja)
                                     : fmt::format("Note (secaction's): {}", entry.note.en));
  }
  return parts.empty() ? std::string("-") : fmt::format("{}", fmt::join(parts, " "));
}

} // namespace

const Named* IncidentLaws::law(const std::string& id) const {
  for (const auto& entry : laws) {
    if (entry.id == id) return &entry;
  }
  return nullptr;
}

const Named* IncidentLaws::offence(const std::string& id) const {
  for (const auto& entry : offences) {
    if (entry.id == id) return &entry;
  }
  return nullptr;
}

const ContactSource* SupportContacts::source(const std::string& id) const {
  for (const auto& entry : sources) {
    if (entry.id == id) return &entry;
  }
  return nullptr;
}

bool Guidance::shown_with(const std::string& instrument_id) const {
  return (laws && contains(laws->shown_with, instrument_id)) || (contacts && contains(contacts->shown_with, instrument_id));
}

void add_guidance(report::Document& doc, Lang lang, const Guidance& guidance, const std::string& instrument_id) {
  if (guidance.laws && contains(guidance.laws->shown_with, instrument_id)) add_incident_laws(doc, lang, *guidance.laws);
  if (guidance.contacts && contains(guidance.contacts->shown_with, instrument_id))
    add_support_contacts(doc, lang, *guidance.contacts);
}

void add_incident_laws(report::Document& doc, Lang lang, const IncidentLaws& laws) {
  doc.heading(2, laws.title.in(lang));
  doc.paragraph(laws.notice.in(lang));
  const std::string as_of = date_text(lang, laws.as_of);
  doc.paragraph(
      lang == Lang::ja
          ? fmt::format(
                "法令名と刑法の罪名は{}の表記です（公式の文言）。事故の種類、法令との対応づけ、義務と対応の要約は secaction "
                "独自のもので、{}時点の法令に基づいています。",
                laws.names_source.ja, as_of)
          : fmt::format("The law and offence names are as {} gives them (official; the English names are secaction's "
                        "renderings). The incident kinds, which laws each may involve, and the summaries of duties are "
                        "secaction's own, written from the law as it stood on {}.",
                        laws.names_source.en, as_of));
  report::Table table;
  table.header = {tr(lang, "事故の種類", "Kind of incident"), tr(lang, "関係しうる法令", "Laws it may involve")};
  for (const auto& kind : laws.kinds) table.rows.push_back({kind.title.in(lang), laws_cell(lang, laws, kind)});
  doc.table(std::move(table));
  doc.heading(3, lang == Lang::ja ? fmt::format("種類ごとの主な義務と対応（secaction の要約、{}時点）", as_of)
                                  : fmt::format("Main duties and steps by kind (secaction's summary, as of {})", as_of));
  for (const auto& kind : laws.kinds) {
    doc.paragraph(kind.title.in(lang));
    doc.bullets(lang == Lang::ja ? kind.duties_ja : kind.duties_en);
  }
  doc.credit(Origin::official, tr(lang, "法令名と刑法の罪名", "law and offence names"), laws.names_source.in(lang));
  doc.credit(Origin::secaction, tr(lang, "事故の種類、関係しうる法令の対応づけ、義務と対応の要約",
                                   "the incident kinds, which laws each may involve, and the summaries of duties"));
}

void add_support_contacts(report::Document& doc, Lang lang, const SupportContacts& contacts) {
  doc.heading(2, contacts.title.in(lang));
  doc.paragraph(contacts.notice.in(lang));
  doc.paragraph(
      lang == Lang::ja
          ? "「出典」が「公式」の行の名称と内容は、その出典の文言です。「secaction 独自」の行と「補足」は secaction が書いたものです。"
          : "Where the source column says official, the name and description are that source's words (the "
            "English renderings are secaction's). Rows marked secaction's own, and the notes, are secaction's.");
  std::vector<std::string> credited;
  for (const auto& group : contacts.groups) {
    doc.heading(3, group.title.in(lang));
    report::Table table;
    table.header = {tr(lang, "窓口・制度", "Desk or scheme"), tr(lang, "内容", "What it is"), "URL", tr(lang, "出典", "Source")};
    for (const auto& entry : group.entries) {
      table.rows.push_back({entry.name.in(lang), what_cell(lang, entry), entry.url.empty() ? std::string("-") : entry.url,
                            source_cell(lang, contacts, entry)});
      if (entry.origin == Origin::official && !contains(credited, entry.source)) credited.push_back(entry.source);
    }
    doc.table(std::move(table));
    for (const auto& entry : group.entries) {
      if (entry.teams.empty()) continue;
      doc.paragraph(entry.teams_title.in(lang));
      std::vector<std::string> teams;
      for (const auto& team : entry.teams) {
        teams.push_back(lang == Lang::ja ? fmt::format("{}：{}", team.area.ja, team.lead)
                                         : fmt::format("{}: {}", team.area.en, team.lead));
      }
      doc.bullets(std::move(teams));
    }
  }
  for (const auto& id : credited) {
    if (const auto* source = contacts.source(id)) {
      doc.credit(Origin::official, tr(lang, "相談・届出先と支援の名称と内容", "names and descriptions of desks and schemes"),
                 fmt::format("{}{}", source->title.in(lang),
                             lang == Lang::ja ? fmt::format("（{}）", date_text(lang, source->as_of))
                                              : fmt::format(" ({})", date_text(lang, source->as_of))));
    }
  }
  doc.credit(Origin::secaction, tr(lang, "相談・届出先の注意書き、補足と secaction 独自の行",
                                   "the notice, notes and rows on desks marked secaction's own"));
}

std::vector<std::string> official_texts(const IncidentLaws& laws) {
  std::vector<std::string> out;
  for (const auto& law : laws.laws) out.push_back(law.name.ja);
  for (const auto& offence : laws.offences) out.push_back(offence.name.ja);
  return out;
}

std::vector<std::string> official_texts(const SupportContacts& contacts) {
  std::vector<std::string> out;
  for (const auto& group : contacts.groups) {
    for (const auto& entry : group.entries) {
      if (entry.origin != Origin::official) continue;
      out.push_back(entry.name.ja);
      if (!entry.what.ja.empty()) out.push_back(entry.what.ja);
      out.insert(out.end(), entry.kinds_ja.begin(), entry.kinds_ja.end());
      if (!entry.teams_title.ja.empty()) out.push_back(entry.teams_title.ja);
      for (const auto& team : entry.teams) {
        out.push_back(team.area.ja);
        out.push_back(team.lead);
      }
    }
  }
  return out;
}

} // namespace secaction::incident
