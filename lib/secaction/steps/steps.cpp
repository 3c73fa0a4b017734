#include "secaction/steps/steps.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/core/text.hpp"
#include "secaction/steps/guide.hpp"

namespace secaction::steps {
namespace {

using history::ItemState;
using history::Snapshot;

const Snapshot* result_of(const Evidence& evidence, const std::string& instrument) {
  const auto found = evidence.results.find(instrument);
  return found == evidence.results.end() ? nullptr : found->second;
}

bool answered_yes(const ItemState& item) { return !item.missing && item.option != nullptr && item.option->id == "yes"; }

LocalText answer_text(const ItemState& item) {
  if (item.missing || item.option == nullptr) return {"未回答", "not answered"};
  return item.option->label;
}

LocalText both(const std::string& ja, const std::string& en) { return {ja, en}; }

// Step 1: each principle from the five-principles checklist, else from the self-diagnosis item
// that refers to it (secaction's cross-reference, content/instruments/self-diagnosis.yaml refs).
Check principle_check(const Evidence& evidence, int number) {
  const std::string wanted = std::to_string(number);
  Check check;
  check.id = fmt::format("principle-{}", number);
  check.label = both(fmt::format("5か条 No.{}", number), fmt::format("Five principles No. {}", number));
  if (const auto* five = result_of(evidence, "five-principles")) {
    for (const auto& item : five->items) {
      if (item.item->number != wanted || item.missing) continue;
      check.given = true;
      check.met = answered_yes(item);
      check.label = both(fmt::format("5か条 No.{} {}", number, item.item->question.ja),
                         fmt::format("Five principles No. {} {}", number, item.item->question.en));
      const LocalText answer = answer_text(item);
      check.detail = both(fmt::format("5か条の回答：{}", answer.ja), fmt::format("five principles: {}", answer.en));
      check.file = five->source;
      return check;
    }
  }
  if (const auto* diagnosis = result_of(evidence, "self-diagnosis")) {
    for (const auto& item : diagnosis->items) {
      const bool covers = std::any_of(item.item->refs.begin(), item.item->refs.end(), [&](const questionnaire::ItemRef& ref) {
        return ref.instrument == "five-principles" && ref.item == wanted;
      });
      if (!covers || item.missing) continue;
      check.given = true;
      check.met = answered_yes(item);
      const LocalText answer = answer_text(item);
      check.detail = both(fmt::format("自社診断 No.{} の回答：{}", item.item->number, answer.ja),
                          fmt::format("self-diagnosis No. {}: {}", item.item->number, answer.en));
      check.file = diagnosis->source;
      return check;
    }
  }
  check.detail = both("回答がありません", "no answer given");
  return check;
}

StepState step1(const Evidence& evidence) {
  StepState state;
  state.number = 1;
  for (int number = 1; number <= 5; ++number) state.checks.push_back(principle_check(evidence, number));
  return state;
}

std::string numbers_of(const std::vector<const ItemState*>& items) {
  std::vector<std::string> numbers;
  for (const auto* item : items) numbers.push_back(item->item->number);
  return fmt::format("{}", fmt::join(numbers, ", "));
}

Check self_diagnosis_check(const Evidence& evidence) {
  Check check;
  check.id = "self-diagnosis";
  check.label = both("自社診断で自社の状況を把握（全項目に回答、「わからない」なし）",
                     "Self-diagnosis: every item answered, none “don't know”");
  const auto* diagnosis = result_of(evidence, "self-diagnosis");
  if (diagnosis == nullptr) {
    check.detail = both("自社診断の結果がありません", "no self-diagnosis result");
    return check;
  }
  check.given = true;
  check.file = diagnosis->source;
  std::vector<const ItemState*> missing;
  std::vector<const ItemState*> unknown;
  for (const auto& item : diagnosis->items) {
    if (item.missing) {
      missing.push_back(&item);
    } else if (item.option != nullptr && item.option->flag == questionnaire::AnswerFlag::unknown) {
      unknown.push_back(&item);
    }
  }
  if (!missing.empty()) {
    check.detail =
        both(fmt::format("未回答の項目：No.{}", numbers_of(missing)), fmt::format("not answered: No. {}", numbers_of(missing)));
  } else if (!unknown.empty()) {
    check.detail = both(fmt::format("「わからない」の項目：No.{}", numbers_of(unknown)),
                        fmt::format("answered “don't know”: No. {}", numbers_of(unknown)));
  } else {
    check.met = true;
    check.detail = both(fmt::format("全{}項目に回答（{}点／{}点）", diagnosis->items.size(), format_number(diagnosis->total),
                                    format_number(diagnosis->max)),
                        fmt::format("all {} items answered ({} of {} points)", diagnosis->items.size(),
                                    format_number(diagnosis->total), format_number(diagnosis->max)));
  }
  return check;
}

Check basic_policy_check(const Evidence& evidence) {
  Check check;
  check.id = "basic-policy";
  check.label = both("情報セキュリティ基本方針を策定", "An information security basic policy is set");
  if (evidence.policy && evidence.policy->established_on) {
    check.given = check.met = true;
    check.file = evidence.policy->file;
    const std::string date = to_string(*evidence.policy->established_on);
    check.detail = both(fmt::format("策定日 {}", date), fmt::format("established on {}", date));
  } else if (const auto draft = evidence.drafts.find("basic-policy"); draft != evidence.drafts.end()) {
    check.given = true;
    check.file = draft->second;
    check.detail = both(
        "草案があります。策定したら、会社プロフィールの established_on か証拠ファイルの policy.established_on に策定日を記入してください",
        "a draft exists; once it is adopted, give the date in the policy profile's established_on or the evidence "
        "file's policy.established_on");
  } else {
    check.detail = both("基本方針の記録がありません", "no record of a basic policy");
  }
  return check;
}

StepState step2(const Evidence& evidence) {
  StepState state;
  state.number = 2;
  state.checks = {self_diagnosis_check(evidence), basic_policy_check(evidence)};
  const auto handbook = evidence.drafts.find("handbook");
  state.notes.push_back(
      handbook == evidence.drafts.end()
          ? both("ハンドブックを従業員に周知したかどうかは、secaction にはわかりません（条件に含めていません）。",
                 "secaction cannot see whether the handbook was made known to employees (not a condition).")
          : both(
                fmt::format(
                    "ハンドブックの草案があります（{}）。従業員に周知したかどうかは、secaction にはわかりません（条件に含めていません）。",
                    handbook->second),
                fmt::format("A handbook draft exists ({}); secaction cannot see whether it was made known to employees "
                            "(not a condition).",
                            handbook->second)));
  return state;
}

Check budget_check(const Evidence& evidence) {
  Check check;
  check.id = "budget-and-people";
  check.label = both("管理の体制と予算：重要7項目 No.2「情報セキュリティ対策のための予算や人材などを確保する」",
                     "Structure and budget: key action No. 2, secure the budget, people and other resources");
  if (const auto* seven = result_of(evidence, "executive-7")) {
    for (const auto& item : seven->items) {
      if (item.item->number != "2" || item.missing) continue;
      check.given = true;
      check.met = answered_yes(item);
      check.file = seven->source;
      const LocalText answer = answer_text(item);
      check.detail = both(fmt::format("回答：{}", answer.ja), fmt::format("answer: {}", answer.en));
      return check;
    }
  }
  check.detail = both("重要7項目の回答がありません", "no answer to the seven key actions");
  return check;
}

Check risk_check(const Evidence& evidence) {
  Check check;
  check.id = "risk-analysis";
  check.label = both("リスクと対策の検討：リスク分析を行い、「大」のリスクすべてに対策を決定",
                     "Risks and measures: a risk analysis, with a treatment decided for every High risk");
  if (!evidence.risk) {
    check.detail = both("リスク分析の結果がありません", "no risk analysis");
    return check;
  }
  const auto& risk = *evidence.risk;
  check.given = true;
  check.file = risk.file;
  check.met = risk.assets > 0 && risk.untreated_high == 0;
  check.detail =
      both(fmt::format("情報資産 {}件、「大」{}件、うち対策が未決定 {}件", risk.assets, risk.high, risk.untreated_high),
           fmt::format("{} assets, {} High, {} of them without a treatment", risk.assets, risk.high, risk.untreated_high));
  return check;
}

Check regulations_check(const Evidence& evidence) {
  Check check;
  check.id = "regulations";
  check.label = both("情報セキュリティ関連規程を作成", "Information security regulations are written");
  if (const auto draft = evidence.drafts.find("regulations"); draft != evidence.drafts.end()) {
    check.given = check.met = true;
    check.file = draft->second;
    check.detail = both("規程の草案があります（採用したかどうかは secaction にはわかりません）",
                        "a draft of the regulations exists (secaction cannot see whether it was adopted)");
  } else {
    check.detail = both("規程の草案がありません", "no draft of the regulations");
  }
  return check;
}

Check outsourcing_check(const Evidence& evidence) {
  Check check;
  check.id = "outsourcing";
  check.label = both("委託時の対策を検討（委託先管理チェックリストに全項目回答）",
                     "Outsourcing measures considered (outsourcing checklist answered in full)");
  if (evidence.outsourcing && !*evidence.outsourcing) {
    check.given = check.met = true;
    check.file = evidence.outsourcing_file;
    check.detail = both("委託していない（会社プロフィール）", "the company does not outsource (policy profile)");
    return check;
  }
  if (const auto* outsourcing = result_of(evidence, "outsourcing")) {
    check.given = true;
    check.file = outsourcing->source;
    const auto missing =
        std::count_if(outsourcing->items.begin(), outsourcing->items.end(), [](const ItemState& i) { return i.missing; });
    check.met = missing == 0;
    check.detail = missing == 0 ? both(fmt::format("全項目に回答（達成率 {}%）", format_number(outsourcing->percent)),
                                       fmt::format("every item answered (completion {}%)", format_number(outsourcing->percent)))
                                : both(fmt::format("未回答 {}件", missing), fmt::format("{} not answered", missing));
    return check;
  }
  check.detail = both("委託先管理チェックリストの回答がありません", "no outsourcing checklist");
  return check;
}

StepState step3(const Evidence& evidence) {
  StepState state;
  state.number = 3;
  state.checks = {budget_check(evidence), risk_check(evidence), regulations_check(evidence), outsourcing_check(evidence)};
  std::vector<std::string> found;
  for (const char* id : {"management", "benchmark"}) {
    if (const auto* result = result_of(evidence, id)) found.push_back(result->source);
  }
  found.insert(found.end(), evidence.benchmark_results.begin(), evidence.benchmark_results.end());
  state.notes.push_back(
      found.empty()
          ? both(
                "「点検や改善」の記録は条件に含めていません。サイバーセキュリティ経営チェックシートやベンチマークの結果、compare と trend で記録できます。",
                "Records of checking and improving are not a condition; the management check sheet, the benchmark, "
                "compare and trend can keep them.")
          : both(fmt::format("点検の記録：{}（条件には含めていません）", fmt::join(found, "、")),
                 fmt::format("Records of checking: {} (not a condition)", fmt::join(found, ", "))));
  return state;
}

TopicState topic(const Evidence& evidence, const TopicText& text) {
  TopicState state;
  state.id = text.id;
  state.command = text.command;
  if (text.command.empty() && !text.shown.ja.empty()) {
    state.detail = text.shown;
  } else if (text.command.empty()) {
    state.detail = both("secaction にはこの方策の機能がまだありません", "secaction has nothing for this topic yet");
  } else if (!text.instrument.empty()) {
    if (const auto* result = result_of(evidence, text.instrument)) {
      state.file = result->source;
      state.detail = both(fmt::format("達成率 {}%", format_number(result->percent)),
                          fmt::format("completion {}%", format_number(result->percent)));
    } else {
      state.detail = both("結果がありません", "no result");
    }
  } else if (text.id == "risk-analysis" && evidence.risk) {
    state.file = evidence.risk->file;
    state.detail =
        both(fmt::format("情報資産 {}件を分析", evidence.risk->assets), fmt::format("{} assets analysed", evidence.risk->assets));
  } else {
    state.detail = both("結果がありません", "no result");
  }
  return state;
}

} // namespace

Progress assess_steps(const Evidence& evidence) {
  Progress progress;
  progress.steps = {step1(evidence), step2(evidence), step3(evidence)};
  for (auto& step : progress.steps) {
    step.done = std::all_of(step.checks.begin(), step.checks.end(), [](const Check& c) { return c.met; });
  }
  progress.reached = 4;
  for (const auto& step : progress.steps) {
    if (!step.done) {
      progress.reached = step.number;
      break;
    }
  }
  for (const auto& text : step4_topics()) progress.topics.push_back(topic(evidence, text));
  progress.organization = evidence.organization;
  progress.inputs = evidence.inputs;
  return progress;
}

} // namespace secaction::steps
