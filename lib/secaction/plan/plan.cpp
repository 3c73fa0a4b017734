#include "secaction/plan/plan.hpp"

#include <algorithm>
#include <map>
#include <numeric>

#include <fmt/format.h>

namespace secaction::plan {
namespace {

using questionnaire::AnswerFlag;
using questionnaire::Instrument;
using questionnaire::Item;

using Key = std::pair<std::string, std::string>; // instrument id, item number

// A small union-find over item keys, for the groups that refs link together.
class Groups {
public:
  std::size_t add(const Key& key) {
    const auto [it, inserted] = m_index.try_emplace(key, m_parent.size());
    if (inserted) m_parent.push_back(m_parent.size());
    return it->second;
  }
  std::size_t find(std::size_t at) {
    while (m_parent[at] != at) at = m_parent[at] = m_parent[m_parent[at]];
    return at;
  }
  void join(const Key& a, const Key& b) {
    const std::size_t ra = find(add(a));
    const std::size_t rb = find(add(b));
    if (ra != rb) m_parent[std::max(ra, rb)] = std::min(ra, rb);
  }
  std::size_t group(const Key& key) { return find(add(key)); }

private:
  std::map<Key, std::size_t> m_index;
  std::vector<std::size_t> m_parent;
};

// Step order, then position in content.
struct Position {
  int step = 0;
  std::size_t source = 0;
  std::size_t item = 0;
  auto operator<=>(const Position&) const = default;
};

bool higher_priority(const Finding& a, const Position& pa, const Finding& b, const Position& pb) {
  if (a.share_lost != b.share_lost) return a.share_lost > b.share_lost;
  if (a.points_lost != b.points_lost) return a.points_lost > b.points_lost;
  return pa < pb;
}

void append_unique(std::vector<std::string>& to, const std::vector<std::string>& from) {
  for (const auto& text : from) {
    if (std::find(to.begin(), to.end(), text) == to.end()) to.push_back(text);
  }
}

} // namespace

int step_order(const std::string& instrument_id) {
  static const std::map<std::string, int> k_steps = {
      {"five-principles", 1}, {"self-diagnosis", 2}, {"executive-7", 2}, {"management", 3}, {"benchmark", 3},
      {"cloud", 4},           {"telework", 4},       {"outsourcing", 4}, {"incident-response", 4}};
  const auto found = k_steps.find(instrument_id);
  return found == k_steps.end() ? 5 : found->second;
}

Finding assess_finding(const Instrument& instrument, const Item& item, const std::string& option_id) {
  Finding finding{&instrument, &item, option_id, 0, 0, false};
  const auto* option = instrument.find_option_by_id(option_id);
  if (option == nullptr || option->flag == AnswerFlag::not_applicable) return finding;
  const double max = instrument.goal_points(item); // the maximum, or the item's target level (maturity)
  finding.points_lost = std::max(0.0, max - option->points);
  finding.share_lost = max > 0 ? finding.points_lost / max : 0;
  finding.open = finding.points_lost > 0;
  return finding;
}

Plan make_plan(const std::vector<Source>& sources, Diagnostics& diagnostics) {
  Plan plan;
  const std::size_t errors_before = diagnostics.error_count();
  // Sources in step order (stable: ties keep the order given).
  std::vector<std::size_t> order(sources.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return step_order(sources[a].instrument->id) < step_order(sources[b].instrument->id);
  });

  for (std::size_t i = 0; i < sources.size(); ++i) {
    const auto& source = sources[i];
    for (std::size_t j = 0; j < i; ++j) {
      if (sources[j].instrument->id == source.instrument->id) {
        diagnostics.error(source.answers.instrument_at,
                          fmt::format("a second answer file for {}; combine them first with `secaction merge`", source.instrument->id));
      }
    }
    if (!absorb_organization(plan.organization, source.answers.organization)) {
      diagnostics.error(source.answers.organization_at,
                        fmt::format("organisation \"{}\" differs from \"{}\" in an earlier file; a plan is for one organisation",
                                    source.answers.organization.name, plan.organization.name));
    }
    if (source.answers.assessed_on && (!plan.assessed_on || *plan.assessed_on < *source.answers.assessed_on)) {
      plan.assessed_on = source.answers.assessed_on;
    }
  }
  if (diagnostics.error_count() != errors_before) return plan;

  // Every answered item, and the groups content's refs make of them.
  Groups groups;
  struct Entry {
    Finding finding;
    Position position;
    std::size_t group = 0;
  };
  std::vector<Entry> entries;
  for (const std::size_t s : order) {
    const auto& source = sources[s];
    if (source.instrument->classification_only) {
      plan.skipped.push_back(source.instrument);
      continue;
    }
    plan.instruments.push_back(source.instrument);
    std::size_t index = 0;
    for (const auto& part : source.instrument->parts) {
      for (const auto& item : part.items) {
        const Key key{source.instrument->id, item.number};
        groups.add(key);
        for (const auto& ref : item.refs) groups.join(key, {ref.instrument, ref.item});
        const auto found = source.answers.answers.find(item.number);
        if (found != source.answers.answers.end()) {
          entries.push_back({assess_finding(*source.instrument, item, found->second.option_id),
                             {step_order(source.instrument->id), s, index}, 0});
        }
        ++index;
      }
    }
  }
  for (auto& entry : entries) {
    entry.group = groups.group({entry.finding.instrument->id, entry.finding.item->number});
    if (entry.finding.open) ++plan.open_findings;
  }

  // One action per group with an open member, led by its highest-priority open member.
  std::map<std::size_t, std::vector<const Entry*>> by_group;
  for (const auto& entry : entries) by_group[entry.group].push_back(&entry);
  struct Ranked {
    Action action;
    Position position;
  };
  std::vector<Ranked> ranked;
  for (const auto& [group, members] : by_group) {
    const Entry* lead = nullptr;
    for (const auto* member : members) {
      if (!member->finding.open) continue;
      if (lead == nullptr || higher_priority(member->finding, member->position, lead->finding, lead->position)) lead = member;
    }
    if (lead == nullptr) continue;
    Ranked entry{{lead->finding, {}, {}, {}}, lead->position};
    append_unique(entry.action.measures_ja, lead->finding.item->measures.ja);
    append_unique(entry.action.measures_en, lead->finding.item->measures.en);
    std::vector<const Entry*> others;
    for (const auto* member : members) {
      if (member != lead) others.push_back(member);
    }
    std::stable_sort(others.begin(), others.end(), [](const Entry* a, const Entry* b) { return a->position < b->position; });
    for (const auto* other : others) {
      entry.action.related.push_back(other->finding);
      if (!other->finding.open) continue;
      append_unique(entry.action.measures_ja, other->finding.item->measures.ja);
      append_unique(entry.action.measures_en, other->finding.item->measures.en);
    }
    ranked.push_back(std::move(entry));
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    return higher_priority(a.action.primary, a.position, b.action.primary, b.position);
  });
  for (auto& entry : ranked) plan.actions.push_back(std::move(entry.action));
  return plan;
}

} // namespace secaction::plan
