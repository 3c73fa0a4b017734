#include "secaction/interactive/session.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "secaction/core/text.hpp"
#include "secaction/interactive/wrap.hpp"
#include "secaction/questionnaire/guidance.hpp"

namespace secaction::interactive {
namespace {

using questionnaire::ScaleOption;

constexpr std::string_view k_bold = "1";
constexpr std::string_view k_cyan = "36";
constexpr std::string_view k_dim = "2";
constexpr std::string_view k_red = "31";
constexpr std::size_t k_max_choice_keys = 9; // one digit each

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

std::string ascii_lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

const std::string& label_in(const ScaleOption& option, Lang lang) {
  return option.label.in(lang).empty() ? option.label.ja : option.label.in(lang);
}

} // namespace

Session::Session(const questionnaire::Instrument& instrument, questionnaire::AnswerSet answers, SessionOptions options)
    : m_instrument(instrument), m_answers(std::move(answers)), m_options(options) {
  m_answers.instrument = instrument.id;
  m_answers.missing.clear(); // a resumed file's unanswered items are simply unanswered here
  for (const auto& part : instrument.parts) {
    for (const auto& item : part.items) m_items.push_back({&part, &item});
  }
  const std::size_t first = next_unanswered(0, true);
  m_position = first < m_items.size() ? first : 0;
  const bool new_file = m_answers.answers.empty() && m_answers.organization.name.empty() && m_answers.assessor.empty();
  if (new_file) m_details.push_back(Detail::organization);
  if (!m_answers.assessed_on) m_details.push_back(Detail::date);
  if (new_file) m_details.push_back(Detail::assessor);
}

std::string Session::detail_prompt() const {
  switch (m_details.front()) {
  case Detail::organization:
    return style(tr("組織名（空欄のままにするには Enter）:", "Organisation name (Enter leaves it blank):"), k_bold) + "\n";
  case Detail::date:
    if (m_options.default_date) {
      return style(fmt::format(fmt::runtime(tr("診断日 YYYY-MM-DD（Enter で {}）:", "Date of the assessment, YYYY-MM-DD (Enter for {}):")),
                               to_string(*m_options.default_date)),
                   k_bold) +
             "\n";
    }
    return style(tr("診断日 YYYY-MM-DD:", "Date of the assessment, YYYY-MM-DD:"), k_bold) + "\n";
  case Detail::assessor: break;
  }
  return style(tr("回答者（空欄のままにするには Enter）:", "Assessor (Enter leaves it blank):"), k_bold) + "\n";
}

Reply Session::after_details() const {
  if (!m_details.empty()) return {detail_prompt(), true, Outcome::asking};
  if (complete()) return {"", true, Outcome::complete};
  return {(answered_count() == 0 ? guidance_screen() : std::string()) + question_screen(), true, Outcome::asking};
}

Reply Session::take_detail(std::string_view line) {
  const std::string value(trim(line));
  switch (m_details.front()) {
  case Detail::organization: m_answers.organization.name = value; break;
  case Detail::assessor: m_answers.assessor = value; break;
  case Detail::date:
    if (value.empty() && m_options.default_date) {
      m_answers.assessed_on = m_options.default_date;
    } else if (auto date = parse_date(value)) {
      m_answers.assessed_on = date;
    } else if (!value.empty()) {
      return {style(fmt::format(fmt::runtime(tr("「{}」は日付ではありません。YYYY-MM-DD で入力してください。",
                                                "'{}' is not a date; type it as YYYY-MM-DD.")),
                                value),
                    k_red) +
                  "\n" + detail_prompt(),
              false, Outcome::asking};
    }
    break;
  }
  m_details.erase(m_details.begin());
  return after_details();
}

std::size_t Session::answered_count() const {
  return static_cast<std::size_t>(std::count_if(m_items.begin(), m_items.end(), [&](const Entry& entry) {
    return m_answers.answers.count(entry.item->number) > 0;
  }));
}

bool Session::answered(std::size_t index) const { return m_answers.answers.count(m_items[index].item->number) > 0; }

std::size_t Session::next_unanswered(std::size_t from, bool include_from) const {
  const std::size_t count = m_items.size();
  for (std::size_t step = include_from ? 0 : 1; step < count; ++step) {
    const std::size_t index = (from + step) % count;
    if (!answered(index)) return index;
  }
  return count;
}

std::string Session::tr(std::string_view ja, std::string_view en) const { return secaction::tr(m_options.lang, ja, en); }

std::string Session::style(std::string_view text, std::string_view code) const {
  if (!m_options.colour || text.empty()) return std::string(text);
  // Style each line separately so a wrapped block keeps its colour when the terminal scrolls.
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const auto line = text.substr(start, end - start);
    if (!line.empty()) out += fmt::format("\x1b[{}m{}\x1b[0m", code, line);
    if (end < text.size()) out += '\n';
    start = end + 1;
  }
  return out;
}

const ScaleOption* Session::choice_for(std::string_view input) const {
  if (input.size() == 1 && input[0] >= '1' && input[0] <= '9') {
    const auto index = static_cast<std::size_t>(input[0] - '1');
    if (index < m_instrument.scale.size() && index < k_max_choice_keys) return &m_instrument.scale[index];
  }
  if (const auto* option = m_instrument.match_answer(std::string(input))) return option;
  return m_instrument.match_answer(ascii_lower(input));
}

std::string Session::choices_text() const {
  std::string out;
  for (std::size_t i = 0; i < m_instrument.scale.size(); ++i) {
    const auto& option = m_instrument.scale[i];
    const std::string key = i < k_max_choice_keys ? std::to_string(i + 1) : std::string(" ");
    out += fmt::format("  {}  {} ({})\n", style(key, k_bold), label_in(option, m_options.lang), option.id);
  }
  return out;
}

std::string Session::keys_text() const {
  return style(wrap_text(tr("? 説明と対策   b 戻る   s 飛ばす   n メモ   q 中断", "? explain   b back   s skip   n note   q quit"),
                         m_options.width, "  "),
               k_dim);
}

std::string Session::guidance_screen() const {
  // The source's guidance comes before the items, as in the report, each block saying whose words it is.
  const Lang lang = m_options.lang;
  std::string out;
  for (const auto* block : questionnaire::guidance_blocks(m_instrument)) {
    out += "\n" + style(wrap_text(block->title.in(lang), m_options.width), k_bold);
    out += style(wrap_text(questionnaire::guidance_provenance(lang, *block), m_options.width), k_dim);
    if (!block->intro.in(lang).empty()) out += wrap_text(block->intro.in(lang), m_options.width);
    for (const auto& entry : block->entries)
      out += wrap_text("・" + questionnaire::guidance_entry(lang, entry), m_options.width, "  ");
  }
  return out;
}

std::string Session::question_screen() const {
  const Entry& entry = m_items[m_position];
  const auto& item = *entry.item;
  std::string out = "\n";
  out += style(fmt::format("[{}/{}] {}", m_position + 1, m_items.size(), entry.part->title.in(m_options.lang)), k_cyan) + "\n";
  out += style(wrap_text(fmt::format("{}. {}", item.number, item.question.in(m_options.lang)), m_options.width), k_bold);
  out += choices_text();
  if (const auto found = m_answers.answers.find(item.number); found != m_answers.answers.end()) {
    const auto* option = m_instrument.find_option_by_id(found->second.option_id);
    out += fmt::format("  {}: {}\n", tr("現在の回答", "Current answer"), option ? label_in(*option, m_options.lang) : found->second.option_id);
    if (!found->second.note.empty()) out += wrap_text(fmt::format("{}: {}", tr("メモ", "Note"), found->second.note), m_options.width, "  ");
  } else if (const auto pending = m_pending_notes.find(item.number); pending != m_pending_notes.end()) {
    out += wrap_text(fmt::format("{}: {}", tr("メモ", "Note"), pending->second), m_options.width, "  ");
  }
  out += keys_text();
  return out;
}

std::string Session::explanation() const {
  const auto& item = current_item();
  const Lang lang = m_options.lang;
  std::string out = "\n";
  // Labelled as the report labels them: secaction's explanations and examples, the source's criteria.
  if (!item.why.in(lang).empty()) {
    out += style(tr("なぜ必要か（secaction の解説）", "Why it matters (secaction's explanation)"), k_bold) + "\n" +
           wrap_text(item.why.in(lang), m_options.width, "  ");
  }
  for (const auto& block : item.criteria) {
    const std::string origin = origin_label(lang, block.origin, block.via);
    out += style(wrap_text(lang == Lang::ja ? fmt::format("{}（{}）", block.title.ja, origin)
                                            : fmt::format("{} ({})", block.title.en, origin),
                           m_options.width),
                 k_bold);
    for (const auto& point : block.points.in(lang)) out += wrap_text("・" + point, m_options.width, "  ");
  }
  if (!item.measures.in(lang).empty()) {
    out += style(tr("対策（secaction の例）", "Measures (secaction's examples)"), k_bold) + "\n";
    for (const auto& measure : item.measures.in(lang)) out += wrap_text("・" + measure, m_options.width, "  ");
  }
  if (!item.if_neglected.in(lang).empty()) {
    out += style(tr("放置すると（secaction の説明）", "If neglected (secaction's text)"), k_bold) + "\n" +
           wrap_text(item.if_neglected.in(lang), m_options.width, "  ");
  }
  // The source's own texts: criteria (and guidance) blocks, the level descriptions and the target.
  for (const auto& block : item.criteria) {
    out += style(block.title.in(lang), k_bold) + "\n";
    for (const auto& point : block.points.in(lang)) out += wrap_text("・" + point, m_options.width, "  ");
  }
  if (!item.levels.empty()) {
    out += style(tr("各レベルの状態", "The levels"), k_bold) + "\n";
    for (const auto& [level, text] : item.levels) out += wrap_text(level + ": " + text.in(lang), m_options.width, "  ");
  }
  if (const auto* target = m_instrument.target_option(item)) {
    out += fmt::format("  {}: {}\n", tr("目標レベル", "Target level"), label_in(*target, lang));
  }
  if (out == "\n") out += tr("  この設問には説明がありません。", "  This item has no explanation.") + "\n";
  return out + "\n" + choices_text() + keys_text();
}

Reply Session::start() const {
  if (!m_details.empty()) return {detail_prompt(), false, Outcome::asking};
  if (complete()) return {"", false, Outcome::complete};
  // A resumed session has shown the guidance before; a fresh one starts with it.
  return {(answered_count() == 0 ? guidance_screen() : std::string()) + question_screen(), false, Outcome::asking};
}

Reply Session::answer(const ScaleOption& option) {
  const std::string& number = current_item().number;
  auto& stored = m_answers.answers[number]; // keeps the note and evidence of an earlier answer
  stored.option_id = option.id;
  if (const auto pending = m_pending_notes.find(number); pending != m_pending_notes.end()) {
    stored.note = pending->second;
    m_pending_notes.erase(pending);
  }
  const std::size_t next = next_unanswered(m_position, false);
  if (next == m_items.size()) {
    return {fmt::format(fmt::runtime(tr("\n全 {} 問に回答しました。\n", "\nAll {} items are answered.\n")), m_items.size()), true,
            Outcome::complete};
  }
  m_position = next;
  return {question_screen(), true, Outcome::asking};
}

Reply Session::take_note(std::string_view line) {
  m_awaiting_note = false;
  const std::string note(trim(line));
  const std::string& number = current_item().number;
  if (note.empty()) return {tr("メモは取り消しました。\n", "Note cancelled.\n") + question_screen(), false, Outcome::asking};
  if (auto found = m_answers.answers.find(number); found != m_answers.answers.end()) {
    found->second.note = note;
    return {tr("メモを保存しました。\n", "Note saved.\n") + question_screen(), true, Outcome::asking};
  }
  m_pending_notes[number] = note;
  return {tr("メモは回答と一緒に保存されます。\n", "The note is saved with the answer.\n") + question_screen(), false,
          Outcome::asking};
}

Reply Session::handle(std::string_view line) {
  if (m_details.empty() && complete()) return {"", false, Outcome::complete};
  if (find_invalid_utf8(line)) {
    return {style(tr("UTF-8 ではない入力です。入力し直してください。", "That input is not UTF-8; please type it again."), k_red) +
                "\n",
            false, Outcome::asking};
  }
  if (!m_details.empty()) return take_detail(line);
  if (m_awaiting_note) return take_note(line);
  const std::string_view input = trim(line);
  const std::string command = ascii_lower(input);
  if (command == "?") return {explanation(), false, Outcome::asking};
  if (command == "q") return {"", false, Outcome::quit};
  if (command == "n") {
    m_awaiting_note = true;
    return {tr("メモを入力してください（空行で取り消し）:\n", "Type the note (an empty line cancels):\n"), false, Outcome::asking};
  }
  if (command == "b") {
    if (m_position == 0) return {tr("これが最初の設問です。\n", "This is the first item.\n") + question_screen(), false, Outcome::asking};
    --m_position;
    return {question_screen(), false, Outcome::asking};
  }
  if (command == "s") {
    const std::size_t next = next_unanswered(m_position, false);
    if (next == m_items.size()) {
      return {tr("ほかに未回答の設問はありません。\n", "No other item is left unanswered.\n") + question_screen(), false,
              Outcome::asking};
    }
    m_position = next;
    return {question_screen(), false, Outcome::asking};
  }
  if (input.empty()) return {choices_text() + keys_text(), false, Outcome::asking}; // Enter alone: ask again, no complaint
  if (const auto* option = choice_for(input)) return answer(*option);
  std::vector<std::string> values;
  for (const auto& option : m_instrument.scale) values.push_back(option.id);
  const std::string keys = m_instrument.scale.size() > 1
                               ? fmt::format("1–{}", std::min(m_instrument.scale.size(), k_max_choice_keys))
                               : std::string("1");
  return {style(fmt::format(fmt::runtime(tr("「{}」は選べません。{} の数字、{}、または ? b s n q を入力してください。",
                                            "'{}' is not a choice; type {}, one of {}, or ? b s n q.")),
                            input, keys, fmt::join(values, ", ")),
                k_red) +
              "\n" + choices_text() + keys_text(),
          false, Outcome::asking};
}

} // namespace secaction::interactive
